package dev.qa.model;

import java.nio.file.Path;

/** Path helpers shared by every stage, so that reports read the same on every OS. */
public final class PathText {
    private PathText() {
    }

    /** The path with forward slashes, as it is shown in reports and URLs. */
    public static String slashed(Path path) {
        return path == null ? "" : path.toString().replace('\\', '/');
    }
}
