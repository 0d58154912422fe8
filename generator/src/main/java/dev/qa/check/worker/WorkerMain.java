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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The worker JVM, the trusted side of checking: reads pages from standard input, compiles their
 * snippets with JShell in this JVM, has an agent JVM ({@link AgentProcess}, sandboxed where the machine
 * allows) run them, and writes events to standard output. No snippet code runs in this JVM, so nothing
 * a snippet does can write to this process's output. Started by the build, never by users; it exits
 * with its input, and when the build is gone (killed with -9, say) it kills its agents, deletes its
 * folder and exits.
 */
public final class WorkerMain {
    /** The system property that names the worker's own temporary folder; agents get folders inside it. */
    public static final String DIRECTORY = "qa.worker.dir";
    /** The system property that lists folders to hide from agents (the cache key's), separated by the path separator. */
    public static final String HIDDEN = "qa.worker.hidden";
    /** The system property with the agent JVM's options, separated by spaces. */
    public static final String AGENT_OPTIONS = "qa.agent.options";
    private static final int OUTPUT_LIMIT = 1 << 20;
    private static final Duration AGENT_START = Duration.ofSeconds(60);
    private static final String OOM = "java.lang.OutOfMemoryError";

    private final DataInputStream in;
    private final DataOutputStream out;
    private final CapturedOutput stdout = new CapturedOutput(OUTPUT_LIMIT);
    private final PrintStream captured = new PrintStream(stdout, true, StandardCharsets.UTF_8);
    private final PrintStream discarded = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    private final AgentLauncher launcher;
    private JShellSession session;

    private WorkerMain(DataInputStream in, DataOutputStream out, AgentLauncher launcher) {
        this.in = in;
        this.out = out;
        this.launcher = launcher;
    }

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(System.getProperty(DIRECTORY, System.getProperty("user.dir")));
        // kill -9 of the build leaves no shutdown hook to stop this worker: notice it here.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
            Folders.delete(directory);
            Runtime.getRuntime().halt(1);
        }));
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        // Nothing else in this JVM may write to the protocol channel.
        System.setIn(new ByteArrayInputStream(new byte[0]));
        System.setOut(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        List<Path> hidden = new ArrayList<>();
        for (String entry : System.getProperty(HIDDEN, "").split(java.io.File.pathSeparator)) {
            if (!entry.isEmpty()) {
                hidden.add(Path.of(entry));
            }
        }
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> options = List.of(System.getProperty(AGENT_OPTIONS, "").split(" ")).stream().filter(o -> !o.isEmpty()).toList();
        AgentProcess.Recipe recipe = new AgentProcess.Recipe(java, System.getProperty("java.class.path"), options);
        AgentLauncher launcher = new AgentLauncher(recipe, directory, Sandbox.ofThisMachine(hidden), AGENT_START);
        WorkerMain worker = new WorkerMain(in, out, launcher);
        try {
            worker.serve();
        } finally {
            worker.closeSession();
            ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        }
        // A snippet's threads live in the agent, but JShell's must not keep a finished worker alive either.
        Runtime.getRuntime().halt(0);
    }

    private void serve() throws IOException {
        session = newSession();
        session.warmUp();
        out.writeByte(Protocol.READY);
        Protocol.writeString(out, launcher.unsandboxedBecause().orElse(""));
        out.flush();
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
            runPage(Protocol.readPage(in));
        }
    }

    private void runPage(List<Task> tasks) throws IOException {
        // An agent that ended between pages (a process of the last page killed it, say) is replaced
        // before this page runs, so that its end is never this page's failure.
        if (session.agentLost()) {
            replaceSession();
        }
        try {
            session.reset();
        } catch (IllegalStateException e) {
            replaceSession();
        }
        Folders.empty(session.agent().folder());
        Map<Long, Task> started = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        boolean replace = false;
        for (Task task : tasks) {
            out.writeByte(Protocol.STARTED);
            out.writeInt(task.id());
            out.flush();
            Optional<Outcome> outcome = run(task);
            if (outcome.isEmpty()) {
                // The agent ended while this task ran: its exit is this task's failure; the page goes on in a fresh session.
                int code = session.agent().exitCode(2000);
                out.writeByte(Protocol.EXITED);
                out.writeInt(task.id());
                out.writeInt(code);
                out.flush();
                replaceSession();
                started.clear();
                names.clear();
                continue;
            }
            try {
                for (String thread : session.threads()) {
                    String[] parts = thread.split(" ", 3);
                    long id = Long.parseLong(parts[0]);
                    if (parts[1].equals("user") && !started.containsKey(id)) {
                        started.put(id, task);
                        names.put(id, parts[2]);
                    }
                }
            } catch (JShellSession.AgentLost e) {
                replace = true;
            }
            replace |= outcome.get().exceptionClass().equals(OOM);
            out.writeByte(Protocol.DONE);
            out.writeInt(task.id());
            Protocol.writeOutcome(out, outcome.get());
            out.flush();
        }
        replace |= !awaitThreads(started, names);
        try {
            // A page that changed the agent (a daemon thread still running, System.setOut, a default
            // locale) must not change what the next page sees: it gets a fresh agent.
            replace |= session.agentLost() || !session.clean();
        } catch (JShellSession.AgentLost e) {
            replace = true;
        }
        out.writeByte(Protocol.PAGE_DONE);
        out.flush();
        if (replace) {
            replaceSession();
        }
    }

    /** What the task did, or empty when the agent ended while it ran. */
    private Optional<Outcome> run(Task task) {
        if (session.agentLost()) {
            return Optional.empty();
        }
        try {
            Outcome outcome = session.run(task);
            return session.agentLost() ? Optional.empty() : Optional.of(outcome);
        } catch (IllegalStateException e) {
            // JShell closes itself when its engine is gone.
            return Optional.empty();
        }
    }

    /**
     * A program ends when its last non-daemon thread ends: wait for the threads a page started, each as
     * long as its snippet may run. The first one still running then is reported.
     */
    private boolean awaitThreads(Map<Long, Task> started, Map<Long, String> names) throws IOException {
        for (Map.Entry<Long, Task> entry : started.entrySet()) {
            Task task = entry.getValue();
            boolean ended;
            try {
                ended = session.await(entry.getKey(), Math.max(1, task.timeoutMillis()));
            } catch (JShellSession.AgentLost e) {
                return false;
            }
            if (!ended) {
                out.writeByte(Protocol.LEAKED);
                out.writeInt(task.id());
                Protocol.writeString(out, names.get(entry.getKey()));
                out.flush();
                return false;
            }
        }
        return true;
    }

    private JShellSession newSession() {
        return new JShellSession(launcher.start(), stdout, captured, discarded);
    }

    private void replaceSession() {
        closeSession();
        session = newSession();
    }

    private void closeSession() {
        if (session != null) {
            session.close();
            session = null;
        }
    }
}
