package dev.qa.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a JBake project holds besides what every qa site has: its configuration, its documents, the
 * files it publishes as they are, and the files qa cannot build.
 *
 * @param config      {@code jbake.properties} over JBake 2.7.0's defaults, by key ({@code site.host})
 * @param documents   every post, page and other document, in the order of their files
 * @param files       content and asset files copied into the site as they are
 * @param unsupported documents in a format qa does not render (AsciiDoc), left out of the site
 */
public record JBakeSite(Map<String, String> config, List<Document> documents, List<CopiedFile> files, List<Path> unsupported) {

    public JBakeSite {
        config = Map.copyOf(config);
        documents = List.copyOf(documents);
        files = List.copyOf(files);
        unsupported = List.copyOf(unsupported);
    }

    public boolean flag(String key) {
        return Boolean.parseBoolean(config.getOrDefault(key, "false"));
    }

    public String get(String key) {
        return config.getOrDefault(key, "");
    }

    /**
     * A file published as it is.
     *
     * @param source its path relative to the source folder
     * @param path   its path in the site
     */
    public record CopiedFile(Path source, String path) {
    }
}
