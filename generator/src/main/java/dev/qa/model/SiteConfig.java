package dev.qa.model;

import java.time.Duration;
import java.util.Optional;

/**
 * Site-wide settings from {@code qa.yml}, and the search synonyms from {@code search-synonyms.yml}.
 *
 * @param baseUrl        absolute URL the site is published at, used only for absolute links (sitemap, canonical)
 * @param editUrl        prefix of "Edit this page" links; the file's path relative to the source folder is appended
 * @param snippetTimeout run time limit of one snippet unless it sets {@code timeout=}
 * @param searchSynonyms words the search takes for one another, from {@code search-synonyms.yml}
 */
public record SiteConfig(Optional<String> baseUrl, Optional<String> editUrl, Duration snippetTimeout, SearchSynonyms searchSynonyms) {

    /** Settings without search synonyms. */
    public SiteConfig(Optional<String> baseUrl, Optional<String> editUrl, Duration snippetTimeout) {
        this(baseUrl, editUrl, snippetTimeout, SearchSynonyms.NONE);
    }

    public static final Duration DEFAULT_SNIPPET_TIMEOUT = Duration.ofSeconds(10);

    public static SiteConfig defaults() {
        return new SiteConfig(Optional.empty(), Optional.empty(), DEFAULT_SNIPPET_TIMEOUT);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(Optional.of(url), editUrl, snippetTimeout, searchSynonyms);
    }

    public SiteConfig withSearchSynonyms(SearchSynonyms synonyms) {
        return new SiteConfig(baseUrl, editUrl, snippetTimeout, synonyms);
    }
}
