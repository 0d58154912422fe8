package dev.qa.model;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything that was loaded from a source folder: the model every later stage reads.
 *
 * @param root the source folder; every path in the model is relative to it
 */
public record Site(Path root, SiteConfig config, Home home, List<Section> sections) {

    public Site {
        sections = List.copyOf(sections);
    }

    /** Every markdown body of the site: the home page, then each section's intro and its questions, in order. */
    public Stream<Markdown> bodies() {
        return Stream.concat(Stream.of(home.body()), sections.stream()
                        .flatMap(section -> Stream.concat(Stream.of(section.intro()), section.questions().stream().map(Question::body))))
                .filter(java.util.Objects::nonNull);
    }

    public Stream<Question> questions() {
        return sections.stream().flatMap(section -> section.questions().stream());
    }
}
