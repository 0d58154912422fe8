package dev.qa.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders of the site, recursively, and reports each burst of changes once.
 *
 * <p>The JDK's WatchService (inotify on Linux) rather than a library: it is what
 * directory-watcher uses on Linux too, and its pitfalls are few and handled here. It watches one
 * folder, not a tree: new folders are registered as they appear, and the files already in them
 * reported. Editors that save by writing a temporary file and renaming it over the original show as
 * a create (or delete and create) of the original name, which counts as a change like any other.
 * A save is several events in a row: they are gathered until the folders have been quiet for
 * {@code quiet}, then delivered as one set. An overflow means events were lost: the listener is told
 * to rebuild everything.
 */
final class SiteWatcher implements AutoCloseable {

    /** Receives each burst of changes: absolute paths, and whether events were lost. */
    interface Listener {
        void changed(Set<Path> files, boolean lostEvents);
    }

    private static final Duration LONGEST_BURST = Duration.ofMillis(500);

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Set<Path> trees;
    private final Path root;
    private final Duration quiet;
    private final Listener listener;
    private final Thread thread;

    /**
     * @param root  the source folder: watched on its own for the appearance of {@code trees} and for {@code qa.yml}
     * @param trees folders watched with everything under them (they may not exist yet, if they are in {@code root})
     */
    SiteWatcher(Path root, List<Path> trees, Duration quiet, Listener listener) throws IOException {
        this.root = root;
        this.trees = new HashSet<>(trees);
        this.quiet = quiet;
        this.listener = listener;
        this.service = root.getFileSystem().newWatchService();
        register(root);
        for (Path tree : trees) {
            if (Files.isDirectory(tree)) {
                registerTree(tree, new HashSet<>());
            }
        }
        this.thread = new Thread(this::loop, "qa-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loop() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> changed = new HashSet<>();
                boolean[] lost = {false};
                WatchKey key = service.take();
                long deadline = System.nanoTime() + LONGEST_BURST.toNanos();
                while (key != null) {
                    drain(key, changed, lost);
                    long left = Math.min(quiet.toNanos(), deadline - System.nanoTime());
                    key = left > 0 ? service.poll(left, TimeUnit.NANOSECONDS) : null;
                }
                if (!changed.isEmpty() || lost[0]) {
                    listener.changed(Set.copyOf(changed), lost[0]);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the preview is stopping
        }
    }

    private void drain(WatchKey key, Set<Path> changed, boolean[] lost) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                lost[0] = true;
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            if (folder.equals(root) && !trees.contains(file)) {
                // The two files at the top that the site is built from besides its folders.
                if (Set.of("qa.yml", "search-synonyms.yml").contains(file.getFileName().toString())) {
                    changed.add(file);
                }
                continue;
            }
            if (ignored(file)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file)) {
                try {
                    registerTree(file, changed);
                } catch (IOException | UncheckedIOException e) {
                    lost[0] = true;
                }
            }
            changed.add(file);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Editor droppings that are never part of the site: swap files, backups, lock files. */
    private static boolean ignored(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith("~") || name.startsWith(".#")
                || name.equals("4913") || name.equals(".DS_Store");
    }

    /**
     * Registers a folder and everything under it; the files found are changes (they appeared with the
     * folder). Each folder is registered before it is listed, so a file written meanwhile is seen one way or the other.
     */
    private void registerTree(Path tree, Set<Path> found) throws IOException {
        Files.walkFileTree(tree, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) throws IOException {
                register(folder);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                found.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(Path folder) throws IOException {
        folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            service.close();
            thread.join(2_000);
        } catch (IOException e) {
            // closing a watch service releases inotify handles; nothing to report on the way out
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
