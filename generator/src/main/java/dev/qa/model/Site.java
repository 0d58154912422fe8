package dev.qa.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Everything that was loaded from a source folder: the model every later stage reads. Every path in
 * it is relative to the source folder, which travels beside the model, not in it.
 *
 * @param jbake a JBake project's documents and configuration, when the source folder is one
 * @param dependencies the libraries of each page (markdown file) whose snippets run with some; pages
 *                     without any are not in it
 */
public record Site(SiteConfig config, Home home, List<Section> sections, java.util.Optional<JBakeSite> jbake,
                   Map<Path, SnippetDependencies> dependencies) {

    public Site {
        sections = List.copyOf(sections);
        dependencies = Map.copyOf(dependencies);
    }

    /** A site whose snippets use the JDK alone. */
    public Site(SiteConfig config, Home home, List<Section> sections, java.util.Optional<JBakeSite> jbake) {
        this(config, home, sections, jbake, Map.of());
    }

    /** The libraries the snippets of this page (markdown file) run with; none for most pages. */
    public SnippetDependencies dependenciesOf(Path file) {
        return dependencies.getOrDefault(file, SnippetDependencies.declared(List.of()));
    }

    /** The same site with these libraries for its pages. */
    public Site withDependencies(Map<Path, SnippetDependencies> byFile) {
        return new Site(config, home, sections, jbake, byFile);
    }

    /** A Q&A site. */
    public Site(SiteConfig config, Home home, List<Section> sections) {
        this(config, home, sections, java.util.Optional.empty());
    }

    /** The same site with another configuration. */
    public Site withConfig(SiteConfig config) {
        return new Site(config, home, sections, jbake, dependencies);
    }

    /**
     * Every markdown body of the site: the home page, then each section's intro and its questions, in
     * order; then a JBake project's documents.
     */
    public Stream<Markdown> bodies() {
        return Stream.of(Stream.of(home.body()), sections.stream()
                        .flatMap(section -> Stream.concat(Stream.of(section.intro()), section.questions().stream().map(Question::body))),
                        jbake.stream().flatMap(project -> project.documents().stream().map(Document::body)))
                .flatMap(bodies -> bodies)
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
                .toList(), jbake.map(project -> new JBakeSite(project.config(), project.documents().stream()
                        .map(document -> files.contains(document.file()) ? document : document.withBody(document.body().withoutSnippets()))
                        .toList(), project.files(), project.unsupported())), dependencies);
    }

    public Stream<Question> questions() {
        return sections.stream().flatMap(section -> section.questions().stream());
    }
}
