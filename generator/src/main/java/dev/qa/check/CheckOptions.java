package dev.qa.check;

import java.nio.file.Path;

/**
 * How to check.
 *
 * @param cacheFolder    where results of unchanged pages are kept ({@code .qa-cache/} in the source folder)
 * @param useCache       reuse the results of unchanged pages from the cache
 * @param cacheKey       the file with the secret that signs cache entries ({@link CacheKey}), outside the repository
 * @param requireSandbox fail instead of running snippets without a sandbox ({@code --require-sandbox})
 */
public record CheckOptions(Path cacheFolder, boolean useCache, Path cacheKey, boolean requireSandbox) {
    /** The folder of the result cache, in the source folder. */
    public static final String CACHE_FOLDER = ".qa-cache";

    public CheckOptions(Path cacheFolder, boolean useCache) {
        this(cacheFolder, useCache, CacheKey.location(), false);
    }

    /** Cached, with the cache in {@code source}'s {@code .qa-cache/}. */
    public static CheckOptions defaults(Path source) {
        return new CheckOptions(source.resolve(CACHE_FOLDER), true);
    }

    public CheckOptions withoutCache() {
        return new CheckOptions(cacheFolder, false, cacheKey, requireSandbox);
    }

    public CheckOptions withCacheKey(Path file) {
        return new CheckOptions(cacheFolder, useCache, file, requireSandbox);
    }

    /** Snippets must run in the sandbox, or not at all. */
    public CheckOptions requiringSandbox() {
        return new CheckOptions(cacheFolder, useCache, cacheKey, true);
    }
}
