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
 * @param aliases other names readers search the question by ({@code aliases:} in its front matter);
 *                only the search index reads them
 */
public record Question(Path file, String slug, String id, String title, List<String> tags, Status status,
                       Markdown body, Optional<LocalDate> lastUpdated, List<String> aliases) {

    public Question {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
    }

    /** A question without aliases. */
    public Question(Path file, String slug, String id, String title, List<String> tags, Status status,
                    Markdown body, Optional<LocalDate> lastUpdated) {
        this(file, slug, id, title, tags, status, body, lastUpdated, List.of());
    }

    public Question withBody(Markdown body) {
        return new Question(file, slug, id, title, tags, status, body, lastUpdated, aliases);
    }
}
