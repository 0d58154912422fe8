package dev.qa.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One content file of a JBake project: a post, a page or a document of another type.
 *
 * @param file   the file, relative to the source folder ({@code content/blog/2013/first-post.md})
 * @param uri    its page in the site ({@code blog/2013/first-post.html}; a draft's has the draft suffix)
 * @param date   its header's {@code date}, else the file's last commit, else its modification time
 * @param header every key of its header as written (custom keys included), for templates
 * @param body   its text; a Markdown file's Java snippets are in it, an HTML file has none
 * @param html   whether the body is HTML (published as written) rather than Markdown
 */
public record Document(Path file, String uri, String type, String status, String title, Optional<LocalDate> date,
                       List<String> tags, Map<String, String> header, Markdown body, boolean html) {

    public static final String PUBLISHED = "published";
    public static final String DRAFT = "draft";

    public Document {
        tags = List.copyOf(tags);
        header = Map.copyOf(header);
    }

    public boolean published() {
        return status.equals(PUBLISHED);
    }

    public Document withBody(Markdown body) {
        return new Document(file, uri, type, status, title, date, tags, header, body, html);
    }
}
