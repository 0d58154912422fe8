package dev.qa.check;

import dev.qa.check.worker.Folders;
import dev.qa.check.worker.Outcome;
import dev.qa.check.worker.Sandbox;
import dev.qa.check.worker.Protocol;
import dev.qa.check.worker.Task;
import dev.qa.check.worker.WorkerMain;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.time.Duration;

/**
 * One worker JVM seen from the build: started with the build's own java and class path, in a fresh
 * temporary folder, with a heap limit; its events arrive on a queue so that the build can time out.
 * The worker runs snippets in agent JVMs of its own; killing the worker with its descendants ends them.
 */
final class WorkerProcess implements AutoCloseable {
    /** The worker only compiles: JShell's javac and its symbol tables. */
    static final String WORKER_HEAP = "-Xmx256m";
    /**
     * The agent JVM runs snippet code: a heap limit (OutOfMemoryError is an exception, not a dead
     * machine), bounded direct memory, no attach mechanism (a snippet could otherwise start a process
     * that loads an agent into its own JVM), and no JVM message on the agent's standard streams.
     */
    static final List<String> AGENT_OPTIONS = List.of("-Xmx256m", "-XX:MaxDirectMemorySize=64m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto", "-XX:+DisableAttachMechanism",
            "-Xlog:disable", "-Xlog:all=warning:stderr", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
            "-Djava.awt.headless=true");

    sealed interface Event permits Ready, Started, Done, Leaked, PageDone, AgentExited, Died {
    }

    /** @param unsandboxedBecause why the worker's agents run without a sandbox; empty when they run in one */
    record Ready(Optional<String> unsandboxedBecause) implements Event {
    }

    /** The agent ended while the task ran; the worker goes on with the page in a fresh session. */
    record AgentExited(int task, int exitCode) implements Event {
    }

    record Started(int task) implements Event {
    }

    record Done(int task, Outcome outcome) implements Event {
    }

    record Leaked(int task, String thread) implements Event {
    }

    record PageDone() implements Event {
    }

    /** The worker's output ended: it exited, was killed, or wrote something that is not a message. */
    record Died(int exitCode) implements Event {
    }

    private final Process process;
    private final Path directory;
    private final Path log;
    private final DataOutputStream input;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private Optional<String> unsandboxedBecause = Optional.empty();
    /** The jars of snippet libraries this worker has on its class path, after qa's own entries. */
    private final List<Path> libraries;

    private WorkerProcess(Process process, Path directory, Path log, List<Path> libraries) {
        this.process = process;
        this.libraries = List.copyOf(libraries);
        this.directory = directory;
        this.log = log;
        this.input = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        Thread reader = new Thread(this::readEvents, "qa-worker-reader-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** The java binary that runs the build: workers run on the same. */
    static String java() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** Starts a worker and waits until its JShell is warm. */
    static WorkerProcess start(Duration startTimeout) {
        return start(startTimeout, List.of(), List.of(), Optional.empty(), Path.of(System.getProperty("java.io.tmpdir")), List.of());
    }

    /**
     * Starts a worker with extra JVM flags (class-data sharing, see {@link WorkerArchive}) and waits
     * until its JShell and its first agent are ready.
     *
     * @param hidden folders the worker's agents must not see (the cache key's)
     * @param bwrap  the bubblewrap binary ({@code none}: no sandbox); empty: the one on the PATH
     * @param temporary where the worker's folder is made
     * @param libraries jars of the snippets' libraries (resolved by Maven), appended to the worker's class
     *                  path: JShell's compiler reads the worker's class path, the agent JVM is started with
     *                  it, and the sandbox shows what is on it, read-only. Appended, so a class-data archive
     *                  made for qa's own class path still applies.
     */
    static WorkerProcess start(Duration startTimeout, List<String> jvmFlags, List<Path> hidden, Optional<String> bwrap,
                               Path temporary, List<Path> libraries) {
        Path directory;
        try {
            directory = Files.createTempDirectory(temporary, "qa-worker-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for a snippet worker", e);
        }
        // The log is in the worker's folder, so that a worker whose build was killed deletes it with the folder.
        Path log = directory.resolve("worker.log");
        List<String> command = new ArrayList<>();
        command.add(java());
        command.add(WORKER_HEAP);
        command.add("-XX:+UseSerialGC");
        // Snippets are short: C1 alone starts faster and compiles JShell's javac fast enough.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:-UsePerfData");
        command.add("-Xshare:auto");
        command.addAll(WorkerArchive.QUIET);
        command.addAll(jvmFlags);
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Dstdout.encoding=UTF-8");
        command.add("-Djava.awt.headless=true");
        command.add("-Djava.io.tmpdir=" + temporary);
        command.add("-D" + WorkerMain.DIRECTORY + "=" + directory);
        command.add("-D" + WorkerMain.HIDDEN + "=" + hidden.stream().map(Path::toString)
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator)));
        command.add("-D" + WorkerMain.AGENT_OPTIONS + "=" + String.join(" ", AGENT_OPTIONS));
        bwrap.ifPresent(binary -> command.add("-D" + Sandbox.BWRAP_PROPERTY + "=" + binary));
        command.add("-cp");
        command.add(Stream.concat(Stream.of(absoluteClassPath()), libraries.stream().map(jar -> jar.toAbsolutePath().toString()))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator)));
        command.add(WorkerMain.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectError(log.toFile());
        WorkerProcess worker;
        try {
            worker = new WorkerProcess(builder.start(), directory, log, libraries);
        } catch (IOException e) {
            Folders.delete(directory);
            throw new WorkerStartFailure("cannot start a snippet worker (" + command.get(0) + "): " + e.getMessage());
        }
        Optional<Event> first = worker.next(startTimeout.toMillis());
        if (first.isEmpty() || !(first.get() instanceof Ready)) {
            String reason = worker.logTail();
            worker.close();
            throw new WorkerStartFailure("a snippet worker did not start" + (reason.isBlank() ? "" : ": " + reason)
                    + " (qa needs a full JDK 17+ with the jdk.jshell module)");
        }
        worker.unsandboxedBecause = ((Ready) first.get()).unsandboxedBecause();
        return worker;
    }

    /** The jars of snippet libraries on this worker's class path: a page runs on a worker with exactly its own. */
    List<Path> libraries() {
        return libraries;
    }

    /** Why this worker's agents run without a sandbox; empty when they run in one. */
    Optional<String> unsandboxedBecause() {
        return unsandboxedBecause;
    }

    /** The class path of the build, with every entry absolute: the worker runs in another folder. */
    static String absoluteClassPath() {
        String separator = System.getProperty("path.separator");
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.util.regex.Pattern.quote(separator))) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toString());
            }
        }
        return String.join(separator, entries);
    }

    void send(List<Task> tasks) throws IOException {
        Protocol.writePage(input, tasks);
    }

    /** Pages this worker will be sent next, to compile together now. */
    void prepare(List<List<Task>> pages) throws IOException {
        Protocol.writePrepare(input, pages);
    }

    /** The next event, or empty when none came within the time. */
    Optional<Event> next(long millis) {
        try {
            return Optional.ofNullable(events.poll(Math.max(0, millis), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void readEvents() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream()))) {
            while (true) {
                byte type = in.readByte();
                Event event = switch (type) {
                    case Protocol.READY -> new Ready(Optional.of(Protocol.readString(in)).filter(reason -> !reason.isEmpty()));
                    case Protocol.STARTED -> new Started(in.readInt());
                    case Protocol.DONE -> new Done(in.readInt(), Protocol.readOutcome(in));
                    case Protocol.LEAKED -> new Leaked(in.readInt(), Protocol.readString(in));
                    case Protocol.PAGE_DONE -> new PageDone();
                    case Protocol.EXITED -> new AgentExited(in.readInt(), in.readInt());
                    default -> throw new IOException("not a message: " + type);
                };
                events.add(event);
            }
        } catch (IOException | RuntimeException e) {
            events.add(new Died(exitCode()));
        }
    }

    private int exitCode() {
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        return -1;
    }

    private String logTail() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.length() > 400 ? text.substring(text.length() - 400) : text;
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Ends the worker the way it ends by itself, by closing its input, so that the JVM's exit work
     * (dumping a class-data archive) runs; kills it when that takes longer than the time given.
     *
     * @return whether the worker exited by itself with status 0
     */
    boolean closeGently(Duration wait) {
        boolean exited = false;
        try {
            input.close();
            exited = process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            // Its input is already gone: the worker is ending or dead, close() below makes sure.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        close();
        return exited;
    }

    /** Kills the worker with everything it started, and deletes its folder. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Folders.delete(directory);
    }
}
