package dev.qa.model;

import java.util.List;

/**
 * The libraries one page's snippets run with.
 *
 * @param declared  what {@code qa.yml}, the section and the page declare, in that order; a later one
 *                  with the same group and artifact replaces an earlier one
 * @param libraries the jars Maven resolved for them, dependencies of dependencies included, in class
 *                  path order; empty until the resolve step ran
 */
public record SnippetDependencies(List<Dependency> declared, List<Library> libraries) {

    public SnippetDependencies {
        declared = List.copyOf(declared);
        libraries = List.copyOf(libraries);
    }

    public static SnippetDependencies declared(List<Dependency> declared) {
        return new SnippetDependencies(declared, List.of());
    }

    public SnippetDependencies withLibraries(List<Library> resolved) {
        return new SnippetDependencies(declared, resolved);
    }

    /** The declared coordinates in order: what identifies a set to resolve. */
    public List<String> coordinates() {
        return declared.stream().map(Dependency::coordinate).toList();
    }
}
