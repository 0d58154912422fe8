package dev.qa.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;

/**
 * One question page.
 *
 * @param file  the markdown file, relative to the source folder
 * @param slug  the page's name in its section's URL ({@code cap-theorem})
 * @param lastUpdated the date of the file's last commit; empty outside a git checkout
 * @param date        the front matter's {@code date}, when it has one
 */
public record Question(Path file, String slug, String id, String title, List<String> tags, Status status,
                       Markdown body, Optional<LocalDate> lastUpdated, Optional<LocalDate> date) {

    public Question {
        tags = List.copyOf(tags);
    }

    public Question withBody(Markdown body) {
        return new Question(file, slug, id, title, tags, status, body, lastUpdated, date);
    }

    /** When the question last changed: its last commit, else the date its front matter gives. */
    public Optional<LocalDate> changed() {
        return lastUpdated.or(() -> date);
    }
}
