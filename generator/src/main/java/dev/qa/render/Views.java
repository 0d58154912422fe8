package dev.qa.render;

import java.util.List;

/** The small records templates read; every URL in them is already relative to the page. */
public final class Views {
    private Views() {
    }

    public record Link(String title, String url) {
    }

    public record QuestionItem(String id, String title, String url, boolean draft, boolean current) {

        QuestionItem withBase(String base) {
            return new QuestionItem(id, title, base + url, draft, current);
        }
    }

    /** @param partial whether {@code questions} is a window of the section's questions, not all of them */
    public record SectionItem(String title, String icon, String summary, String url, int count, int answered,
                              boolean current, List<QuestionItem> questions, boolean partial) {

        /** The same item with absolute links, for the 404 page, which is served at any depth. */
        SectionItem withBase(String base) {
            return new SectionItem(title, icon, summary, base + url, count, answered, current,
                    questions.stream().map(question -> question.withBase(base)).toList(), partial);
        }
    }

    public record TagItem(String name, String url, int count) {
    }

    /** A heading of an answer, for the page's table of contents. */
    public record Heading(int level, String id, String text) {
    }

    /** One question on the print page: its title, section and answer HTML. */
    public record PrintedQuestion(String id, String title, String section, boolean draft, String content) {
    }
}
