package dev.qa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {
    @TempDir
    Path root;

    private final BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();
    private SiteWatcher watcher;
    private Path content;

    /** Longer than the preview's 50 ms, so that a loaded test machine does not split one burst in two. */
    @BeforeEach
    void watch() throws IOException {
        content = Files.createDirectories(root.resolve("content/01-a"));
        Files.writeString(content.resolve("q.md"), "one");
        watcher = new SiteWatcher(root, List.of(root.resolve("content"), root.resolve("snippets")), Duration.ofMillis(250),
                (files, lost) -> bursts.add(files));
        watcher.start();
    }

    @AfterEach
    void stop() {
        watcher.close();
    }

    @Test
    void aBurstOfWritesIsOneChange() throws Exception {
        for (int i = 0; i < 5; i++) {
            Files.writeString(content.resolve("q.md"), "edit " + i);
        }

        assertEquals(Set.of(content.resolve("q.md")), next());
        assertNull(bursts.poll(300, TimeUnit.MILLISECONDS), "one burst, one rebuild");
    }

    @Test
    void aSaveByRenameIsAChangeOfTheFileAndTheTemporaryFileIsLeftOut() throws Exception {
        Path swap = Files.writeString(content.resolve(".q.md.swp"), "swap");
        Files.delete(swap);
        Path temporary = Files.writeString(content.resolve("q.md~"), "renamed over");
        Files.move(temporary, content.resolve("q.md"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        assertEquals(Set.of(content.resolve("q.md")), next());
    }

    @Test
    void aNewFolderIsWatchedAndAFolderThatAppearsLaterToo() throws Exception {
        Path section = Files.createDirectories(root.resolve("content/02-b"));
        Files.writeString(section.resolve("new.md"), "new");
        reported(section.resolve("new.md"));

        Files.writeString(section.resolve("new.md"), "edited in the new folder");
        assertEquals(Set.of(section.resolve("new.md")), next());

        Path snippets = Files.createDirectories(root.resolve("snippets"));
        Files.writeString(snippets.resolve("A.java"), "class A {}");
        reported(snippets.resolve("A.java"));
        Files.writeString(snippets.resolve("A.java"), "class A { int a; }");
        assertEquals(Set.of(snippets.resolve("A.java")), next());
    }

    @Test
    void theSiteConfigurationIsWatchedButNotTheOutput() throws Exception {
        Files.createDirectories(root.resolve("site"));
        Files.writeString(root.resolve("site/index.html"), "output");
        Files.writeString(root.resolve("qa.yml"), "title: x");

        assertEquals(Set.of(root.resolve("qa.yml")), next());
    }

    @Test
    void theSearchSynonymsAreWatchedToo() throws Exception {
        Files.writeString(root.resolve("search-synonyms.yml"), "- [k8s, kubernetes]\n");

        assertEquals(Set.of(root.resolve("search-synonyms.yml")), next());
    }

    /** Waits for a burst that holds {@code file}: a folder and the file written into it may come as one burst or two. */
    private void reported(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Set<Path> burst = bursts.poll(100, TimeUnit.MILLISECONDS);
            if (burst != null && burst.contains(file)) {
                return;
            }
        }
        throw new AssertionError(file + " was not reported within 10 s");
    }

    private Set<Path> next() throws InterruptedException {
        Set<Path> burst = bursts.poll(10, TimeUnit.SECONDS);
        assertNotNull(burst, "no change reported within 10 s");
        return burst;
    }
}
