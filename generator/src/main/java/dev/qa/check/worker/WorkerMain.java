package dev.qa.check.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The worker JVM: reads pages from standard input, runs their snippets in a JShell session in this JVM
 * and writes events to standard output. Started by the build, never by users; it exits with its input.
 */
public final class WorkerMain {
    /** The system property that names the worker's own temporary folder, emptied before every page. */
    public static final String DIRECTORY = "qa.worker.dir";
    private static final int OUTPUT_LIMIT = 1 << 20;

    private final DataInputStream in;
    private final DataOutputStream out;
    private final CapturedOutput stdout = new CapturedOutput(OUTPUT_LIMIT);
    private final Path directory;

    private WorkerMain(DataInputStream in, DataOutputStream out, Path directory) {
        this.in = in;
        this.out = out;
        this.directory = directory;
    }

    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        String dir = System.getProperty(DIRECTORY);
        new WorkerMain(in, out, dir == null ? null : Path.of(dir)).serve();
        // A snippet's non-daemon threads or shutdown hooks must not keep a finished worker alive.
        Runtime.getRuntime().halt(0);
    }

    private void serve() throws IOException {
        // Snippets get an empty standard input and their own output streams: the protocol's are not theirs.
        System.setIn(new ByteArrayInputStream(new byte[0]));
        PrintStream captured = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        PrintStream discarded = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(discarded);
        try (JShellSession session = new JShellSession(stdout, captured, discarded)) {
            session.warmUp();
            out.writeByte(Protocol.READY);
            out.flush();
            Set<Thread> baseline = liveThreads();
            while (true) {
                byte type;
                try {
                    type = in.readByte();
                } catch (EOFException e) {
                    return;
                }
                if (type != Protocol.PAGE) {
                    throw new IOException("unexpected message " + type);
                }
                List<Task> tasks = Protocol.readPage(in);
                emptyDirectory();
                session.reset();
                Map<Thread, Task> started = new HashMap<>();
                for (Task task : tasks) {
                    out.writeByte(Protocol.STARTED);
                    out.writeInt(task.id());
                    out.flush();
                    Outcome outcome = session.run(task);
                    for (Thread thread : liveThreads()) {
                        if (!baseline.contains(thread) && !started.containsKey(thread)) {
                            started.put(thread, task);
                        }
                    }
                    out.writeByte(Protocol.DONE);
                    out.writeInt(task.id());
                    Protocol.writeOutcome(out, outcome);
                    out.flush();
                }
                if (!awaitThreads(started)) {
                    return;
                }
                out.writeByte(Protocol.PAGE_DONE);
                out.flush();
            }
        }
    }

    /**
     * A program ends when its last non-daemon thread ends: wait for the threads a page started, each as
     * long as its snippet may run. A thread still running then is reported, and this worker is done.
     */
    private boolean awaitThreads(Map<Thread, Task> started) throws IOException {
        for (Map.Entry<Thread, Task> entry : started.entrySet()) {
            Thread thread = entry.getKey();
            try {
                thread.join(Math.max(1, entry.getValue().timeoutMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (thread.isAlive()) {
                out.writeByte(Protocol.LEAKED);
                out.writeInt(entry.getValue().id());
                Protocol.writeString(out, thread.getName());
                out.flush();
                return false;
            }
        }
        return true;
    }

    private static Set<Thread> liveThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && !thread.isDaemon())
                .collect(Collectors.toSet());
    }

    /** What one page wrote in the working folder is gone before the next page starts. */
    private void emptyDirectory() throws IOException {
        if (directory == null || !Files.isDirectory(directory)) {
            return;
        }
        try (var entries = Files.list(directory)) {
            for (Path entry : entries.toList()) {
                Files.walkFileTree(entry, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        Files.deleteIfExists(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            }
        }
    }
}
