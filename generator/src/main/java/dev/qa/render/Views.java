package dev.qa.render;

import java.util.List;

/** The small records templates read; every URL in them is already relative to the page. */
public final class Views {
    private Views() {
    }

    public record Link(String title, String url) {
    }

    public record QuestionItem(String id, String title, String url, boolean draft, boolean current) {
    }

    public record SectionItem(String title, String icon, String summary, String url, int count, int answered,
                              boolean current, List<QuestionItem> questions) {
    }

    public record TagItem(String name, String url, int count) {
    }
}
