package dev.qa.model;

import java.time.Duration;
import java.util.Optional;

/**
 * Site-wide settings from {@code qa.yml}.
 *
 * @param baseUrl        absolute URL the site is published at, used only for absolute links (sitemap, canonical)
 * @param editUrl        prefix of "Edit this page" links; the file's path relative to the source folder is appended
 * @param snippetTimeout run time limit of one snippet unless it sets {@code timeout=}
 * @param requireSandbox snippets must run in the OS sandbox or not at all ({@code require-sandbox: true}, for CI)
 */
public record SiteConfig(Optional<String> baseUrl, Optional<String> editUrl, Duration snippetTimeout, boolean requireSandbox) {

    public static final Duration DEFAULT_SNIPPET_TIMEOUT = Duration.ofSeconds(10);

    public SiteConfig(Optional<String> baseUrl, Optional<String> editUrl, Duration snippetTimeout) {
        this(baseUrl, editUrl, snippetTimeout, false);
    }

    public static SiteConfig defaults() {
        return new SiteConfig(Optional.empty(), Optional.empty(), DEFAULT_SNIPPET_TIMEOUT);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(Optional.of(url), editUrl, snippetTimeout, requireSandbox);
    }
}
