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
import java.util.Set;

/**
 * The worker JVM, the trusted side of checking: reads pages from standard input, compiles their
 * snippets in this JVM (a page as one unit with javac where that gives JShell's own results, with
 * JShell otherwise: see {@link PageUnit}), has an agent JVM ({@link AgentProcess}, sandboxed where the machine
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
    /** The system property that turns pages compiled as one unit off ({@code false}): every snippet through JShell. */
    public static final String UNITS = "qa.check.units";
    private static final int OUTPUT_LIMIT = 1 << 20;
    private static final Duration AGENT_START = Duration.ofSeconds(60);
    private static final String OOM = "java.lang.OutOfMemoryError";

    private final DataInputStream in;
    private final DataOutputStream out;
    private final CapturedOutput stdout = new CapturedOutput(OUTPUT_LIMIT);
    private final PrintStream captured = new PrintStream(stdout, true, StandardCharsets.UTF_8);
    private final PrintStream discarded = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    private final AgentLauncher launcher;
    private final boolean units = Boolean.parseBoolean(System.getProperty(UNITS, "true"));
    private final BackgroundCompiler compiler = new BackgroundCompiler();
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
            // The main thread may be starting an agent right now (a worker started in the background
            // while the build loaded): what it makes after a first sweep goes in a later one.
            for (int sweep = 0; sweep < 20; sweep++) {
                ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
                Folders.delete(directory);
                if (!java.nio.file.Files.exists(directory) && ProcessHandle.current().descendants().findAny().isEmpty() && sweep >= 2) {
                    break;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    break;
                }
            }
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
            // The input ended: the build closed it (and deletes this folder too) or is gone (killed with
            // -9), and then the halt below must not end this JVM before the folder is deleted.
            Folders.delete(directory);
        }
        // A snippet's threads live in the agent, but JShell's must not keep a finished worker alive either.
        Runtime.getRuntime().halt(0);
    }

    private void serve() throws IOException {
        // The agent (bubblewrap and a JVM, a few hundred milliseconds) starts while javac warms up on the
        // compiler's thread with a unit of its own: neither waits for the other. The agent is started
        // from this thread, which lives as long as the worker: bubblewrap's --die-with-parent follows
        // the thread that started it.
        List<Task> warm = List.of(new Task(-1, "int qaWarmUp = 1;\nrecord QaWarm(int a) {}\nString qaText = \"\" + new QaWarm(qaWarmUp);\n",
                Task.Mode.RUN, false, Set.of(), 0));
        if (units) {
            compiler.prepare(List.of(warm));
        }
        session = newSession();
        Optional<UnitCompiler.Compiled> warmUnit = units ? compile(warm) : Optional.empty();
        warmUp(warm, warmUnit);
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
            if (type == Protocol.PREPARE) {
                prepare(Protocol.readPrepare(in));
            } else if (type == Protocol.PAGE) {
                runPage(Protocol.readPage(in));
            } else {
                throw new IOException("unexpected message " + type);
            }
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
        int from = 0;
        Optional<UnitCompiler.Compiled> unit = units ? compile(tasks) : Optional.empty();
        if (unit.isPresent()) {
            from = runUnit(tasks, unit.get());
        }
        boolean replace = false;
        Map<Long, Task> started = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Task task : tasks.subList(from, tasks.size())) {
            out.writeByte(Protocol.STARTED);
            out.writeInt(task.id());
            out.flush();
            Optional<Outcome> outcome = run(task);
            if (outcome.isEmpty()) {
                // The agent ended while this task ran: its exit is this task's failure; the page goes on in a fresh session.
                reportExit(task);
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

    /**
     * Runs something small before the first page, so that it does not pay for loading javac and the
     * agent's classes: the unit compiled while the agent started when pages are compiled as units
     * (JShell then starts with the first page that needs it), through JShell when they are not.
     */
    private void warmUp(List<Task> tasks, Optional<UnitCompiler.Compiled> compiled) {
        if (!units) {
            session.warmUp();
            return;
        }
        compiled.ifPresent(unit -> {
            session.agent().marks().listen(new UnitListener(tasks, unit.unit().mainCalls(), false));
            session.run(unit);
            session.agent().marks().listen(null);
        });
        stdout.take();
        stdout.takeTruncated();
    }

    private void reportExit(Task task) throws IOException {
        int code = session.agent().exitCode(2000);
        out.writeByte(Protocol.EXITED);
        out.writeInt(task.id());
        out.writeInt(code);
        out.flush();
        replaceSession();
    }

    /**
     * Starts compiling the units of pages that come next, in one javac task on the compiler's thread,
     * while this thread goes on running pages; a page that comes as prepared uses its unit.
     */
    private void prepare(List<List<Task>> pages) {
        if (units) {
            compiler.prepare(pages);
        }
    }

    /** The page as one compiled unit, or empty when it must run through JShell snippet by snippet. */
    private Optional<UnitCompiler.Compiled> compile(List<Task> tasks) {
        return compiler.compile(tasks);
    }

    /**
     * Runs a compiled page in the agent, telling the build as each snippet starts and ends (the
     * gate's marks arrive while the page runs, so that time limits stay per snippet).
     *
     * @return the first task still to run through JShell: all of them when the unit did not run to
     *         its end (an exception, a thread left running: JShell's verdicts are exact), the one after
     *         a snippet that ended the agent, or none
     */
    private int runUnit(List<Task> tasks, UnitCompiler.Compiled unit) throws IOException {
        UnitListener listener = new UnitListener(tasks, unit.unit().mainCalls(), true);
        session.agent().marks().listen(listener);
        JShellSession.UnitEnd end;
        try {
            end = session.run(unit);
        } finally {
            session.agent().marks().listen(null);
        }
        int reached = listener.reached();
        if (end == JShellSession.UnitEnd.LOST) {
            if (reached >= 1 && reached <= tasks.size() && !listener.broken()) {
                reportExit(tasks.get(reached - 1));
                return reached;
            }
            replaceSession();
            return reached > tasks.size() ? tasks.size() : 0;
        }
        boolean finished = end == JShellSession.UnitEnd.RAN && !listener.broken() && reached == tasks.size() + 1;
        if (finished && noUserThreads()) {
            return tasks.size();
        }
        // Run the page again through JShell, from a state as fresh as the unit found.
        boolean fresh;
        try {
            fresh = !session.agentLost() && finished && session.clean();
        } catch (JShellSession.AgentLost e) {
            fresh = false;
        }
        if (!fresh) {
            replaceSession();
        }
        Folders.empty(session.agent().folder());
        return 0;
    }

    private boolean noUserThreads() {
        try {
            return session.threads().stream().noneMatch(thread -> thread.split(" ", 3)[1].equals("user"));
        } catch (JShellSession.AgentLost e) {
            return false;
        }
    }

    /**
     * Hears a unit's marks on JShell's channel reader thread, while the worker's main thread waits for
     * the unit: mark {@code i} ends snippet {@code i - 1} (its output is all in) and starts snippet {@code i}.
     */
    private final class UnitListener implements java.util.function.IntConsumer {
        private final List<Task> tasks;
        private final List<String> mainCalls;
        private final boolean report;
        private int reached;
        private boolean broken;

        UnitListener(List<Task> tasks, List<String> mainCalls, boolean report) {
            this.tasks = tasks;
            this.mainCalls = mainCalls;
            this.report = report;
        }

        @Override
        public void accept(int index) {
            synchronized (out) {
                if (broken || index != reached || index > tasks.size()) {
                    broken = true;
                    return;
                }
                String printed = stdout.take();
                boolean truncated = stdout.takeTruncated();
                reached++;
                if (!report) {
                    return;
                }
                try {
                    if (index > 0) {
                        out.writeByte(Protocol.DONE);
                        out.writeInt(tasks.get(index - 1).id());
                        Protocol.writeOutcome(out, new Outcome(Outcome.Result.OK, printed, "", -1, "", "", truncated,
                                mainCalls.get(index - 1)));
                    }
                    if (index < tasks.size()) {
                        out.writeByte(Protocol.STARTED);
                        out.writeInt(tasks.get(index).id());
                    }
                    out.flush();
                } catch (IOException e) {
                    broken = true;
                }
            }
        }

        int reached() {
            synchronized (out) {
                return reached;
            }
        }

        boolean broken() {
            synchronized (out) {
                return broken;
            }
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
