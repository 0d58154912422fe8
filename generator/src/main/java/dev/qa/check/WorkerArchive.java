package dev.qa.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A class-data-sharing archive for worker JVMs. Most of a worker's start-up is loading, parsing and
 * verifying JShell's and javac's classes; a JVM that maps them from an archive starts several times
 * faster. The archive is dumped once by a worker that does real work ({@code -XX:ArchiveClassesAtExit},
 * JDK 13+), then mapped by every later worker ({@code -XX:SharedArchiveFile}).
 *
 * <p>It is kept beside the qa jar (in the git-ignored {@code target/}), named by a hash of the java
 * binary, the JVM's version and the jar's path, size and time: a rebuilt jar or another JDK gets its
 * own archive, never a stale one (the JVM would refuse a stale one anyway, but silently slow). When qa
 * does not run from a single jar (tests run from class folders, which CDS cannot archive) or the
 * folder is not writable, workers simply start without an archive.
 */
final class WorkerArchive {
    private static final String PREFIX = "qa-worker-";
    private static final String SUFFIX = ".jsa";

    /**
     * CDS and every other JVM message off standard output: the worker's standard output is the
     * protocol channel, so a warning about a refused archive must go to the worker's log instead.
     */
    static final List<String> QUIET = List.of("-Xlog:disable", "-Xlog:all=warning:stderr");

    private final Optional<Path> file;

    private WorkerArchive(Optional<Path> file) {
        this.file = file;
    }

    /** No archive: workers start as they would without CDS. */
    static WorkerArchive none() {
        return new WorkerArchive(Optional.empty());
    }

    /** An archive in a given file, whatever the class path (for tests). */
    static WorkerArchive at(Path file) {
        return new WorkerArchive(Optional.of(file));
    }

    /** The archive for workers of this JVM and class path, usable or not yet made. */
    static WorkerArchive forThisJvm(String java, String classPath) {
        if (classPath.contains(System.getProperty("path.separator")) || !classPath.endsWith(".jar")) {
            return none();
        }
        Path jar = Path.of(classPath);
        try {
            if (!Files.isRegularFile(jar) || !Files.isWritable(jar.getParent())) {
                return none();
            }
            String identity = String.join("\n", java, System.getProperty("java.vm.version"), jar.toString(),
                    Long.toString(Files.size(jar)), Long.toString(Files.getLastModifiedTime(jar).toMillis()));
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
            return new WorkerArchive(Optional.of(jar.getParent().resolve(PREFIX + hash + SUFFIX)));
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return none();
        }
    }

    /** The archive to map, when it has been made. */
    Optional<Path> usable() {
        return file.filter(path -> Files.isRegularFile(path));
    }

    /** Whether a worker should dump the archive: there could be one, and there is none yet. */
    boolean wanted() {
        return file.isPresent() && usable().isEmpty();
    }

    /** A fresh name for a worker to dump into, beside the archive, so that no reader sees half a file. */
    Optional<Path> dumpTarget() {
        return file.map(path -> path.resolveSibling(path.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + ".tmp"));
    }

    /**
     * Puts a finished dump in place and deletes the archives of older jars and JDKs. Best effort: two
     * qa processes may both dump, and the last one's archive wins, which is as good as the first's.
     */
    void install(Path dump) {
        Path target = file.orElseThrow();
        try {
            if (Files.size(dump) == 0) {
                Files.deleteIfExists(dump);
                return;
            }
            try {
                Files.move(dump, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(dump, target, StandardCopyOption.REPLACE_EXISTING);
            }
            try (DirectoryStream<Path> old = Files.newDirectoryStream(target.getParent(), PREFIX + "*" + SUFFIX)) {
                for (Path path : old) {
                    if (!path.equals(target)) {
                        Files.deleteIfExists(path);
                    }
                }
            }
        } catch (IOException e) {
            discard(dump);
        }
    }

    static void discard(Path dump) {
        try {
            Files.deleteIfExists(dump);
        } catch (IOException e) {
            // A temporary file in target/: the next clean build removes it.
        }
    }
}
