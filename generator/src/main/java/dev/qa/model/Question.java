package dev.qa.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One question page.
 *
 * @param file        the markdown file, relative to the source folder
 * @param slug        the page's name in its section's URL ({@code cap-theorem})
 * @param lastUpdated the date of the file's last commit; empty outside a git checkout
 * @param date        the front matter's {@code date}, when it has one
 * @param aliases     other names readers search the question by ({@code aliases:} in its front matter);
 *                    only the search index reads them
 */
public record Question(Path file, String slug, String id, String title, List<String> tags, Status status,
                       Markdown body, Optional<LocalDate> lastUpdated, Optional<LocalDate> date, List<String> aliases) {

    public Question {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
    }

    /** A question without a front-matter date or aliases. */
    public Question(Path file, String slug, String id, String title, List<String> tags, Status status,
                    Markdown body, Optional<LocalDate> lastUpdated) {
        this(file, slug, id, title, tags, status, body, lastUpdated, Optional.empty(), List.of());
    }

    public Question withBody(Markdown body) {
        return new Question(file, slug, id, title, tags, status, body, lastUpdated, date, aliases);
    }

    /** When the question last changed: its last commit, else the date its front matter gives. */
    public Optional<LocalDate> changed() {
        return lastUpdated.or(() -> date);
    }
}
