package dev.qa.check;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to check.
 *
 * @param useCache reuse the results of unchanged pages from {@code .qa-cache/}
 * @param only     check only this page (relative to the source folder); the others are skipped
 */
public record CheckOptions(boolean useCache, Optional<Path> only) {

    public static CheckOptions defaults() {
        return new CheckOptions(true, Optional.empty());
    }

    public CheckOptions withoutCache() {
        return new CheckOptions(false, only);
    }
}
