package dev.qa.pipeline;

import dev.qa.text.RacyStamp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * What the file system says of every source file of a site (inode, size, modification time), so that
 * a warm JVM that was not watching (the build daemon between two commands) can tell which files
 * changed since its last build, as git tells from its index. A file modified so shortly before the
 * snapshot that a later edit could keep its time and size counts as changed once more.
 *
 * <p>Paths are relative to the source folder; theme files are under {@code templates/} wherever the
 * theme folder is, as the preview's watcher names them.
 */
final class SourceStamps {
    /** Folders of the source that hold inputs; {@code site/}, {@code .qa-cache/} and {@code .git/} are not among them. */
    private static final List<String> FOLDERS = List.of("content", "snippets", "assets");
    private static final Path TEMPLATES = Path.of("templates");

    private record Stamp(Object fileKey, long size, long modified, boolean racy) {
    }

    private final Map<Path, Stamp> stamps;

    private SourceStamps(Map<Path, Stamp> stamps) {
        this.stamps = stamps;
    }

    /** The stamps of the site's files now: its input folders, the files at its top, and the theme. */
    static SourceStamps of(Path root, Path templates) {
        long now = System.currentTimeMillis() * 1_000_000L;
        Map<Path, Stamp> stamps = new HashMap<>();
        try (var top = Files.list(root)) {
            for (Path file : top.toList()) {
                BasicFileAttributes attributes = attributes(file);
                if (attributes != null && attributes.isRegularFile()) {
                    stamps.put(root.relativize(file), stamp(attributes, now));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String folder : FOLDERS) {
            walk(root.resolve(folder), relative -> Path.of(folder).resolve(relative), stamps, now);
        }
        walk(templates, TEMPLATES::resolve, stamps, now);
        return new SourceStamps(stamps);
    }

    /** Files added, removed or changed since {@code before}. */
    Set<Path> changedSince(SourceStamps before) {
        Set<Path> changed = new HashSet<>();
        stamps.forEach((file, stamp) -> {
            Stamp old = before.stamps.get(file);
            if (old == null || old.racy() || !old.fileKey().equals(stamp.fileKey()) || old.size() != stamp.size()
                    || old.modified() != stamp.modified()) {
                changed.add(file);
            }
        });
        before.stamps.keySet().stream().filter(file -> !stamps.containsKey(file)).forEach(changed::add);
        return changed;
    }

    private static void walk(Path folder, UnaryOperator<Path> naming, Map<Path, Stamp> stamps, long now) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        stamps.put(naming.apply(folder.relativize(file)), stamp(attributes, now));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // removed while walking: the next snapshot sees it gone
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stamp stamp(BasicFileAttributes attributes, long now) {
        long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        Object key = attributes.fileKey() == null ? "" : attributes.fileKey();
        return new Stamp(key, attributes.size(), modified, RacyStamp.racy(modified, now));
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
