package dev.qa.model;

import java.nio.file.Path;
import java.util.List;

/**
 * One question page.
 *
 * @param file  the markdown file, relative to the source folder
 * @param slug  the page's name in its section's URL ({@code cap-theorem})
 */
public record Question(Path file, String slug, String id, String title, List<String> tags, Status status,
                       Markdown body) {

    public Question {
        tags = List.copyOf(tags);
    }
}
