package dev.qa.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Whether a source folder's markdown holds a Java fence, looked for before load has read it: a worker
 * started early for a site without snippets is a JVM and a sandbox nobody uses, on a machine that has
 * the site to load. A guess, never a verdict: the check runs what load finds either way.
 */
final class JavaFences {
    private JavaFences() {
    }

    /** Whether any markdown file under {@code source}'s {@code content/} (or its top level) has a {@code java} fence. */
    static boolean likely(Path source) {
        return pages(source, 1) > 0;
    }

    /**
     * How many markdown files under {@code source}'s {@code content/} (or at its top level) have a
     * {@code java} fence, counted up to {@code most}: a page is checked on one worker, so a site of one
     * such page (a README) is worth one early worker and a site of many is worth the pool. When it cannot
     * tell, {@code most}.
     */
    static int pages(Path source, int most) {
        Path content = source.resolve("content");
        try (Stream<Path> files = Files.isDirectory(content) ? Files.walk(content) : Files.list(source)) {
            return (int) files.filter(file -> file.toString().endsWith(".md") && Files.isRegularFile(file))
                    .filter(JavaFences::hasFence).limit(most).count();
        } catch (IOException | UncheckedIOException e) {
            return most;
        }
    }

    private static boolean hasFence(Path file) {
        try {
            String text = Files.readString(file);
            return text.contains("```java") || text.contains("~~~java");
        } catch (IOException e) {
            return false;
        }
    }
}
