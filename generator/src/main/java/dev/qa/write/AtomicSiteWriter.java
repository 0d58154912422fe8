package dev.qa.write;

import dev.qa.model.Page;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * The write stage: writes the whole site into a new folder beside the output folder, then swaps it
 * in with two renames, so that a build that fails half-way leaves the last good site untouched.
 */
public final class AtomicSiteWriter {
    private static final String TEMP_MARK = ".tmp-";
    private static final String OLD_MARK = ".old-";

    /**
     * Replaces {@code output} with {@code pages} plus a copy of {@code assets} (when it exists) under
     * {@code assets/}, holding a lock beside the output so that two builds never write it at once.
     *
     * @return what the user should know although the site was written (a copy of the old site that could
     *         not be removed); empty when all went well
     * @throws SiteWriteFailure when the site could not be written; the previous site is then untouched
     */
    public List<String> write(Path output, List<Page> pages, Path assets) throws SiteWriteFailure {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new SiteWriteFailure("cannot create " + parent + ": " + reason(e), e);
        }
        Path lockFile = parent.resolve("." + target.getFileName() + ".qa-lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new SiteWriteFailure("another qa build is writing " + target + " right now; run this one again when it has finished",
                        null);
            }
            try (lock) {
                return writeLocked(target, parent, pages, assets);
            }
        } catch (IOException e) {
            throw new SiteWriteFailure("cannot write beside " + target + " (" + lockFile.getFileName() + "): " + reason(e), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // another build in this very JVM holds it
        }
    }

    private List<String> writeLocked(Path target, Path parent, List<Page> pages, Path assets) throws SiteWriteFailure {
        try {
            removeLeftovers(parent, target.getFileName().toString());
        } catch (IOException e) {
            // A leftover that cannot be removed costs disk space, not correctness.
        }
        String stamp = ProcessHandle.current().pid() + "-" + System.nanoTime();
        Path fresh = parent.resolve(target.getFileName() + TEMP_MARK + stamp);
        Path old = parent.resolve(target.getFileName() + OLD_MARK + stamp);
        try {
            Files.createDirectory(fresh);
            Files.writeString(fresh.resolve(OutputGuard.STAMP), "This folder is a site written by qa; qa replaces it on every build.\n");
            writePages(fresh, pages);
            if (assets != null && Files.isDirectory(assets)) {
                copyTree(assets, fresh.resolve("assets"));
            }
            swap(fresh, target, old);
        } catch (IOException | UncheckedIOException e) {
            try {
                deleteTree(fresh);
            } catch (IOException ignored) {
                // Its name and stamp mark it as a leftover: the next build removes it.
            }
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            throw new SiteWriteFailure("cannot write the new site beside " + target + ": " + reason(cause), cause);
        }
        try {
            deleteTree(old);
            return List.of();
        } catch (IOException e) {
            return List.of("the new site is in place, but the previous one could not be removed (" + reason(e) + "); it is in " + old
                    + ", and the next build removes it once it can");
        }
    }

    /** What went wrong, in words: the exception's own message names only a path. */
    private static String reason(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied on " + e.getMessage();
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
        }
        return String.valueOf(e.getMessage());
    }

    private static void writePages(Path folder, List<Page> pages) {
        pages.parallelStream().forEach(page -> {
            Path file = folder.resolve(page.path()).normalize();
            if (!file.startsWith(folder)) {
                throw new IllegalArgumentException("page path leaves the site: " + page.path());
            }
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, page.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void swap(Path fresh, Path target, Path old) throws IOException {
        boolean hadOld = Files.exists(target);
        if (hadOld) {
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadOld) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
    }

    /**
     * Folders a killed build of this qa left behind: named as this writer names them, holding its stamp,
     * and made by a process that is gone. Anything else beside the output (a user's {@code site.old-backup},
     * a build running at the same time) is left alone.
     */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        java.util.regex.Pattern ours = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(name) + "\\.(?:tmp|old)-(\\d+)-\\d+");
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.toList()) {
                java.util.regex.Matcher matcher = ours.matcher(sibling.getFileName().toString());
                boolean ownerRuns = matcher.matches()
                        && ProcessHandle.of(Long.parseLong(matcher.group(1))).map(ProcessHandle::isAlive).orElse(false);
                if (matcher.matches() && !ownerRuns && Files.isDirectory(sibling, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.isRegularFile(sibling.resolve(OutputGuard.STAMP))) {
                    deleteTree(sibling);
                }
            }
        }
    }

    /** Copies the theme's assets; a link that leads outside the assets folder is refused, never published. */
    static void copyTree(Path from, Path to) throws IOException {
        Path realFrom = from.toRealPath();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.toRealPath().startsWith(realFrom)) {
                    throw new IOException("the theme file " + from.relativize(file) + " is a link to a file outside "
                            + from + "; qa does not publish it (copy the file in, or remove the link)");
                }
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
