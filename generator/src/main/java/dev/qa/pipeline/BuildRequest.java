package dev.qa.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build.
 *
 * @param source    the folder that holds {@code content/}
 * @param output    where the site goes ({@code site/} by default)
 * @param templates the theme folder
 * @param baseUrl   overrides {@code base-url} of {@code qa.yml}
 */
public record BuildRequest(Path source, Path output, Path templates, Optional<String> baseUrl) {
}
