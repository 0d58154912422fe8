package dev.qa.index;

import java.util.List;

/**
 * One searchable question.
 *
 * @param id       its number in the index (its position in the site's order)
 * @param url      its page, as a path in the site ({@code caching/cache-aside.html})
 * @param segments its text by sub-heading; the first is the top of the page
 * @param aliases  other names of the question ({@code aliases:} in its front matter), which weigh as its title
 */
public record SearchDocument(int id, String title, String url, String section, List<String> tags, List<Segment> segments,
                             List<String> aliases) {

    public SearchDocument {
        tags = List.copyOf(tags);
        segments = List.copyOf(segments);
        aliases = List.copyOf(aliases);
    }

    /** A question without aliases. */
    public SearchDocument(int id, String title, String url, String section, List<String> tags, List<Segment> segments) {
        this(id, title, url, section, tags, segments, List.of());
    }
}
