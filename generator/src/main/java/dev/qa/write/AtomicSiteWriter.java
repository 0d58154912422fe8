package dev.qa.write;

import dev.qa.model.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The write stage. Every build writes a complete new folder beside the output ({@code .site.qa-build-…}),
 * reusing (hard-linking) each file of the previous build whose bytes did not change, and then makes
 * the output a link to it with one rename: at every instant {@code site} is a complete site, old or
 * new, and a build that fails or is killed half-way leaves the last good one in place.
 *
 * <p>Where links cannot be made (a file system without them), the new folder replaces the old one with
 * two renames instead, which leaves a moment without a site. An output that is still a folder (built
 * by an older qa) becomes a link on its first build, the only other such moment.
 */
public final class AtomicSiteWriter {
    private static final String BUILD_MARK = ".qa-build-";
    private static final String LINK_MARK = ".qa-link-";
    private static final String OLD_MARK = ".old-";

    /** Where the site a build replaced is removed: in the build itself, or (a warm JVM) on a thread of its own after it. */
    private final Optional<Executor> removeLater;

    /** A writer that removes the site it replaced before {@link #write} returns. */
    public AtomicSiteWriter() {
        this(Optional.empty());
    }

    private AtomicSiteWriter(Optional<Executor> removeLater) {
        this.removeLater = removeLater;
    }

    /**
     * A writer that leaves the removal of the site it replaced to {@code executor}: the new site is in
     * place and the build done before hundreds of files are deleted. A removal that fails leaves the old
     * folder, which a build of another process removes later.
     */
    public static AtomicSiteWriter removingLater(Executor executor) {
        return new AtomicSiteWriter(Optional.of(executor));
    }

    /**
     * Replaces {@code output} with {@code pages} plus a copy of {@code assets} (when it exists) under
     * {@code assets/}, holding a lock beside the output so that two builds never write it at once.
     *
     * @return what the user should know although the site was written (a copy of the old site that could
     *         not be removed); empty when all went well
     * @throws SiteWriteFailure when the site could not be written; the previous site is then untouched
     */
    public List<String> write(Path output, List<Page> pages, Path assets) throws SiteWriteFailure {
        return write(output, pages, assets, Map.of());
    }

    /**
     * The same, with {@code files} copied too: each file (an absolute path) to its path in the site; a
     * JBake project's images and other files publish this way.
     */
    public List<String> write(Path output, List<Page> pages, Path assets, Map<String, Path> files) throws SiteWriteFailure {
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
                return writeLocked(target, parent, pages, assets, files);
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

    private List<String> writeLocked(Path target, Path parent, List<Page> pages, Path assets, Map<String, Path> files)
            throws SiteWriteFailure {
        String name = target.getFileName().toString();
        Optional<Path> current = currentBuild(target);
        try {
            removeLeftovers(parent, name, current);
        } catch (IOException e) {
            // A leftover that cannot be removed costs disk space, not correctness.
        }
        String stamp = ProcessHandle.current().pid() + "-" + System.nanoTime();
        Path fresh = parent.resolve("." + name + BUILD_MARK + stamp);
        Optional<Path> previous = current.or(() -> Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? Optional.of(target) : Optional.empty());
        Optional<Path> replaced;
        try {
            Files.createDirectory(fresh);
            Files.writeString(fresh.resolve(OutputGuard.STAMP), "This folder is a site written by qa; qa replaces it on every build.\n");
            writePages(fresh, pages, previous);
            if (assets != null && Files.isDirectory(assets)) {
                copyTree(assets, fresh.resolve("assets"), previous.map(folder -> folder.resolve("assets")));
            }
            for (Map.Entry<String, Path> file : files.entrySet()) {
                Path to = fresh.resolve(file.getKey());
                Files.createDirectories(to.getParent());
                if (!reused(previous.map(old -> old.resolve(file.getKey())), Files.readAllBytes(file.getValue()), to)) {
                    Files.copy(file.getValue(), to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            replaced = swap(fresh, target, parent.resolve(name + OLD_MARK + stamp), parent.resolve("." + name + LINK_MARK + stamp), current);
        } catch (IOException | RuntimeException e) {
            try {
                deleteTree(fresh);
            } catch (IOException ignored) {
                // Its name and stamp mark it as a leftover: the next build removes it.
            }
            if (e instanceof RuntimeException && !(e instanceof UncheckedIOException)) {
                throw (RuntimeException) e;
            }
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            throw new SiteWriteFailure("cannot write the new site beside " + target + ": " + reason(cause), cause);
        }
        if (replaced.isEmpty()) {
            return List.of();
        }
        if (removeLater.isPresent()) {
            Path old = replaced.get();
            removeLater.get().execute(() -> {
                try {
                    deleteTree(old);
                } catch (IOException e) {
                    // left for a later build (see removeLeftovers)
                }
            });
            return List.of();
        }
        try {
            deleteTree(replaced.get());
            return List.of();
        } catch (IOException e) {
            return List.of("the new site is in place, but the previous one could not be removed (" + reason(e) + "); it is in "
                    + replaced.get() + ", and the next build removes it once it can");
        }
    }

    /** The build folder the output links to, when the output is a link this writer made. */
    private static Optional<Path> currentBuild(Path target) {
        if (!Files.isSymbolicLink(target)) {
            return Optional.empty();
        }
        try {
            Path linked = Files.readSymbolicLink(target);
            String prefix = "." + target.getFileName() + BUILD_MARK;
            boolean ours = linked.getNameCount() == 1 && linked.toString().startsWith(prefix);
            return ours && Files.isDirectory(target) ? Optional.of(target.resolveSibling(linked)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Puts {@code fresh} in place of {@code target} and says which folder it replaced, to delete. A link
     * flipped with one rename when the file system has links; two renames otherwise.
     */
    private static Optional<Path> swap(Path fresh, Path target, Path old, Path link, Optional<Path> current) throws IOException {
        boolean linked;
        try {
            Files.createSymbolicLink(link, fresh.getFileName());
            linked = true;
        } catch (UnsupportedOperationException | IOException e) {
            linked = false;
        }
        if (linked) {
            try {
                if (current.isPresent() || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(link, target, StandardCopyOption.ATOMIC_MOVE); // rename(2) replaces the old link at once
                    return current;
                }
                // A folder (or a link of the user's) from before: moved aside once, then the link takes its place.
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                try {
                    Files.move(link, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                    throw e;
                }
                return Optional.of(old);
            } finally {
                Files.deleteIfExists(link);
            }
        }
        boolean hadOld = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
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
        return hadOld ? Optional.of(old) : Optional.empty();
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

    private static void writePages(Path folder, List<Page> pages, Optional<Path> previous) throws IOException {
        Optional<Path> previousFolder = previous.flatMap(AtomicSiteWriter::realPath);
        // Every path is checked before anything is written: a failure inside the parallel writes would race with the clean-up.
        for (Page page : pages) {
            if (!folder.resolve(page.path()).normalize().startsWith(folder)) {
                throw new IllegalArgumentException("page path leaves the site: " + page.path());
            }
            // The render took this page from the build the output led to then; another build has replaced that one since.
            if (page.source() instanceof Page.Kept kept && !previousFolder.map(kept.file().normalize()::startsWith).orElse(false)) {
                throw new IOException(Page.Gone.REPLACED);
            }
        }
        Map<Path, Boolean> folders = new ConcurrentHashMap<>();
        pages.parallelStream().forEach(page -> {
            Path file = folder.resolve(page.path()).normalize();
            try {
                // computeIfAbsent holds other pages of the same folder until the folder exists.
                folders.computeIfAbsent(file.getParent(), parent -> {
                    try {
                        Files.createDirectories(parent);
                        return true;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                if (page.source() instanceof Page.Kept kept && linked(kept, file)) {
                    return;
                }
                byte[] bytes = page.bytes();
                if (!reused(previous.map(old -> old.resolve(page.path())), bytes, file)) {
                    // CREATE_NEW: never write through a name that already exists (it could be a link into the last build).
                    Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Links a page the render took from the previous build (and checked there) to its file, without
     * reading it: on a rebuild after one edit, that is nearly every page.
     */
    private static boolean linked(Page.Kept kept, Path file) {
        try {
            Files.createLink(file, kept.file());
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // a file system without hard links: the page is written from its text
        }
    }

    private static Optional<Path> realPath(Path folder) {
        try {
            return Optional.of(folder.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Links {@code file} to the same file of the previous build when that holds exactly these bytes:
     * most files of a rebuild did not change, and reading one is much cheaper than writing it.
     * Comparing the bytes (not trusting a date) keeps a file that someone changed by hand from being reused.
     */
    private static boolean reused(Optional<Path> old, byte[] bytes, Path file) {
        if (old.isEmpty()) {
            return false;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(old.get(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() != bytes.length || !Arrays.equals(Files.readAllBytes(old.get()), bytes)) {
                return false;
            }
            Files.createLink(file, old.get());
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // gone, unreadable, or a file system without hard links: write it instead
        }
    }

    /**
     * Folders and links a killed build of this qa left behind: named as this writer names them, made by
     * a process that is gone, and (folders) holding its stamp; never the build the output links to.
     * Anything else beside the output (a user's {@code site.old-backup}, a build running at the same
     * time) is left alone.
     */
    private static void removeLeftovers(Path parent, String name, Optional<Path> current) throws IOException {
        String quoted = Pattern.quote(name);
        Pattern ours = Pattern.compile("(?:" + quoted + "\\.(?:tmp|old)|\\." + quoted + "\\.qa-(?:build|link))-(\\d+)-\\d+");
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path sibling : siblings.toList()) {
                Matcher matcher = ours.matcher(sibling.getFileName().toString());
                if (!matcher.matches() || current.map(sibling::equals).orElse(false)
                        || ProcessHandle.of(Long.parseLong(matcher.group(1))).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                if (Files.isSymbolicLink(sibling)) {
                    Files.delete(sibling);
                } else if (Files.isDirectory(sibling, LinkOption.NOFOLLOW_LINKS) && Files.isRegularFile(sibling.resolve(OutputGuard.STAMP))) {
                    deleteTree(sibling);
                }
            }
        }
    }

    /**
     * Copies the theme's assets, linking those the previous build already holds unchanged; a link that
     * leads outside the assets folder is refused, never published.
     */
    static void copyTree(Path from, Path to, Optional<Path> previous) throws IOException {
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
                String relative = from.relativize(file).toString();
                if (!reused(previous.map(old -> old.resolve(relative)), Files.readAllBytes(file), to.resolve(relative))) {
                    Files.copy(file, to.resolve(relative), StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) throws IOException {
        if (Files.isSymbolicLink(root)) {
            Files.delete(root); // the link only, never what it leads to
            return;
        }
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
