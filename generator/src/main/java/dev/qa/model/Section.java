package dev.qa.model;

import java.nio.file.Path;
import java.util.List;

/**
 * A folder of questions.
 *
 * @param folder the folder, relative to the source folder ({@code content/01-architecture})
 * @param slug   the section's URL segment ({@code architecture})
 */
public record Section(Path folder, String slug, String title, int order, String icon, String summary,
                      Markdown intro, List<Question> questions) {

    public Section {
        questions = List.copyOf(questions);
    }
}
