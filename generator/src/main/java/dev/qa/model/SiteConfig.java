package dev.qa.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Site-wide settings from {@code qa.yml}, and the search synonyms from {@code search-synonyms.yml}.
 *
 * @param baseUrl        absolute URL the site is published at, used only for absolute links (sitemap, canonical)
 * @param editUrl        prefix of "Edit this page" links; the file's path relative to the source folder is appended
 * @param snippetTimeout run time limit of one snippet unless it sets {@code timeout=}
 * @param snippetImports import declarations every page's session starts with ({@code import java.time.*;}),
 *                       each at the place that asked for it ({@code qa.yml}, or {@code --import})
 * @param requireSandbox snippets must run in the OS sandbox or not at all ({@code require-sandbox: true}, for CI)
 * @param searchSynonyms words the search takes for one another, from {@code search-synonyms.yml}
 * @param snippetDependencies libraries every page's snippets run with ({@code snippet-dependencies:}), each at its line
 */
public record SiteConfig(Optional<String> baseUrl, Optional<String> editUrl, Duration snippetTimeout,
                         List<SourceLine> snippetImports, boolean requireSandbox, SearchSynonyms searchSynonyms,
                         List<Dependency> snippetDependencies) {

    public static final Duration DEFAULT_SNIPPET_TIMEOUT = Duration.ofSeconds(10);

    public SiteConfig {
        snippetImports = List.copyOf(snippetImports);
        snippetDependencies = List.copyOf(snippetDependencies);
    }

    /** Settings without site-wide snippet dependencies. */
    public SiteConfig(Optional<String> baseUrl, Optional<String> editUrl, Duration snippetTimeout,
                      List<SourceLine> snippetImports, boolean requireSandbox, SearchSynonyms searchSynonyms) {
        this(baseUrl, editUrl, snippetTimeout, snippetImports, requireSandbox, searchSynonyms, List.of());
    }

    /** Settings that do not require the sandbox and have no search synonyms. */
    public SiteConfig(Optional<String> baseUrl, Optional<String> editUrl, Duration snippetTimeout, List<SourceLine> snippetImports) {
        this(baseUrl, editUrl, snippetTimeout, snippetImports, false, SearchSynonyms.NONE);
    }

    public static SiteConfig defaults() {
        return new SiteConfig(Optional.empty(), Optional.empty(), DEFAULT_SNIPPET_TIMEOUT, List.of());
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(Optional.of(url), editUrl, snippetTimeout, snippetImports, requireSandbox, searchSynonyms, snippetDependencies);
    }

    public SiteConfig withSearchSynonyms(SearchSynonyms synonyms) {
        return new SiteConfig(baseUrl, editUrl, snippetTimeout, snippetImports, requireSandbox, synonyms, snippetDependencies);
    }

    /** The same settings with these imports after the configured ones. */
    public SiteConfig withSnippetImports(List<SourceLine> more) {
        List<SourceLine> all = new ArrayList<>(snippetImports);
        all.addAll(more);
        return new SiteConfig(baseUrl, editUrl, snippetTimeout, all, requireSandbox, searchSynonyms, snippetDependencies);
    }

    /** What every page's JShell session starts with: one import declaration a line. */
    public String importsText() {
        return SourceLine.join(snippetImports);
    }
}
