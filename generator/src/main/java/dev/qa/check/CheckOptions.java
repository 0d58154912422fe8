package dev.qa.check;

import java.nio.file.Path;

/**
 * How to check.
 *
 * @param cacheFolder where results of unchanged pages are kept ({@code .qa-cache/} in the source folder)
 * @param useCache    reuse the results of unchanged pages from the cache
 */
public record CheckOptions(Path cacheFolder, boolean useCache) {
    /** The folder of the result cache, in the source folder. */
    public static final String CACHE_FOLDER = ".qa-cache";

    /** Cached, with the cache in {@code source}'s {@code .qa-cache/}. */
    public static CheckOptions defaults(Path source) {
        return new CheckOptions(source.resolve(CACHE_FOLDER), true);
    }

    public CheckOptions withoutCache() {
        return new CheckOptions(cacheFolder, false);
    }
}
