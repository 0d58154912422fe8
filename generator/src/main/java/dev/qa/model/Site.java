package dev.qa.model;

import java.util.List;
import java.util.stream.Stream;

/**
 * Everything that was loaded from a source folder: the model every later stage reads. Every path in
 * it is relative to the source folder, which travels beside the model, not in it.
 */
public record Site(SiteConfig config, Home home, List<Section> sections) {

    public Site {
        sections = List.copyOf(sections);
    }

    /** Every markdown body of the site: the home page, then each section's intro and its questions, in order. */
    public Stream<Markdown> bodies() {
        return Stream.concat(Stream.of(home.body()), sections.stream()
                        .flatMap(section -> Stream.concat(Stream.of(section.intro()), section.questions().stream().map(Question::body))))
                .filter(java.util.Objects::nonNull);
    }


    /** The same site with the snippets of every page but these (files) left out: what a partial check runs. */
    public Site only(java.util.Set<java.nio.file.Path> files) {
        java.util.function.UnaryOperator<Markdown> keep = body -> body == null || files.contains(body.file()) ? body : body.withoutSnippets();
        return new Site(config, new Home(home.title(), home.description(), keep.apply(home.body())), sections.stream()
                .map(section -> new Section(section.folder(), section.slug(), section.title(), section.order(), section.icon(),
                        section.summary(), keep.apply(section.intro()), section.questions().stream()
                        .map(question -> files.contains(question.file()) ? question : question.withBody(question.body().withoutSnippets()))
                        .toList()))
                .toList());
    }

    public Stream<Question> questions() {
        return sections.stream().flatMap(section -> section.questions().stream());
    }
}
