package dev.qa.check;

import dev.qa.check.worker.Sandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Warm worker JVMs, one per two cores by default, kept between checks (a test suite or a {@code serve}
 * session reuses them). A worker that misbehaved is closed and a new one started in its place.
 *
 * <p>Workers map a class-data archive of JShell and javac when there is one ({@link WorkerArchive});
 * when there is none yet, the first worker this pool starts dumps it when the pool closes, after
 * doing real work, so that the archive holds the classes checking snippets needs.
 *
 * <p>Until it is closed, the pool holds a shutdown hook: Ctrl-C or SIGTERM of the build kills every
 * worker with its agents and deletes their folders. (kill -9 runs no hook: then each worker notices
 * that its parent is gone and does the same itself.)
 */
public final class WorkerPool implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** How long closing waits for the archiving worker to write its archive (a second or two when quiet). */
    private static final Duration DUMP_TIMEOUT = Duration.ofSeconds(60);

    private final int size;
    private final WorkerArchive archive;
    private final List<Path> hidden;
    private final ConcurrentLinkedQueue<WorkerProcess> idle = new ConcurrentLinkedQueue<>();
    /** Workers starting in the background ({@link #startInBackground}), in the order they were asked for. */
    private final ConcurrentLinkedQueue<CompletableFuture<WorkerProcess>> warming = new ConcurrentLinkedQueue<>();
    /** Every worker started and not yet closed, idle or busy: what the shutdown hook must stop. */
    private final Set<WorkerProcess> live = ConcurrentHashMap.newKeySet();
    private final Thread shutdownHook = new Thread(this::killAll, "qa-worker-shutdown");
    private final AtomicBoolean warned = new AtomicBoolean();
    private final Consumer<String> warnings;
    private final Optional<String> bwrap;
    private final Path temporary;
    private final List<String> workerFlags;
    private final AtomicBoolean dumping = new AtomicBoolean();
    /** The worker that dumps the archive at its exit, and the file it dumps to. */
    private final Map<WorkerProcess, Path> dumpers = new ConcurrentHashMap<>();

    public WorkerPool(int size) {
        this(size, WorkerArchive.forThisJvm(WorkerProcess.java(), WorkerProcess.absoluteClassPath()));
    }

    WorkerPool(int size, WorkerArchive archive) {
        this(size, archive, System.err::println, Optional.ofNullable(System.getProperty(Sandbox.BWRAP_PROPERTY)),
                Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * @param warnings where the one warning about running without a sandbox goes (standard error)
     * @param bwrap    the bubblewrap binary for the workers' agents ({@code none}: no sandbox); empty: from the PATH
     * @param temporary where the workers' folders are made (the system's temporary folder)
     */
    WorkerPool(int size, WorkerArchive archive, Consumer<String> warnings, Optional<String> bwrap, Path temporary) {
        this(size, archive, warnings, bwrap, temporary, List.of());
    }

    /** @param workerFlags more JVM flags for every worker (tests: {@code -Dqa.check.units=false}) */
    WorkerPool(int size, WorkerArchive archive, Consumer<String> warnings, Optional<String> bwrap, Path temporary,
               List<String> workerFlags) {
        if (size < 1) {
            throw new IllegalArgumentException("a worker pool needs at least one worker");
        }
        this.size = size;
        this.archive = archive;
        this.warnings = warnings;
        this.bwrap = bwrap;
        this.temporary = temporary;
        this.workerFlags = List.copyOf(workerFlags);
        this.hidden = List.of(CacheKey.location().getParent());
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * A worker per two cores, at least one: a worker keeps two cores busy, its compiler thread compiling
     * the next pages while its agent runs these, and each worker pays for its own javac warming up (class
     * loading and about a second of C1 compiling javac). On 2 cores one worker checked the benchmark's
     * 100 pages in 3.6 s against 4.3 s for two (5.6 s of CPU against 7.4 s), and the real site's JShell
     * pages no slower (docs/benchmarks.md).
     */
    public static WorkerPool perCore() {
        return new WorkerPool(forThisMachine());
    }

    /** The size {@link #perCore()} explains. */
    private static int forThisMachine() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    /** The same pool, whose one warning (no sandbox) goes to {@code warnings}: the build daemon tells every build. */
    public static WorkerPool perCore(Consumer<String> warnings) {
        return new WorkerPool(forThisMachine(), WorkerArchive.forThisJvm(WorkerProcess.java(),
                WorkerProcess.absoluteClassPath()), warnings, Optional.ofNullable(System.getProperty(Sandbox.BWRAP_PROPERTY)),
                Path.of(System.getProperty("java.io.tmpdir")));
    }

    public int size() {
        return size;
    }

    /**
     * A warm worker. When its agents run without a sandbox, that is said once on standard error, or,
     * with {@code requireSandbox}, it is an error.
     *
     * @throws SandboxUnavailable when the sandbox is required and cannot start here
     */
    WorkerProcess take(boolean requireSandbox) {
        return take(requireSandbox, List.of());
    }

    /**
     * A warm worker whose class path holds exactly these library jars after qa's own (none: the JDK
     * alone), so that a page never sees another page's libraries. An idle worker for other libraries is
     * closed to make room when the pool is full.
     */
    WorkerProcess take(boolean requireSandbox, List<Path> libraries) {
        WorkerProcess worker = poll(libraries);
        if (worker == null) {
            // Workers started in the background have qa's class path alone: they serve pages without libraries.
            CompletableFuture<WorkerProcess> started = libraries.isEmpty() ? warming.poll() : null;
            worker = started == null ? null : joined(started);
            if (worker == null) {
                if (live.size() >= size) {
                    WorkerProcess other = idle.poll();
                    if (other != null) {
                        discard(other);
                    }
                }
                worker = start(libraries);
            }
        }
        Optional<String> unsandboxed = worker.unsandboxedBecause();
        if (unsandboxed.isPresent()) {
            if (requireSandbox) {
                give(worker);
                throw new SandboxUnavailable(unsandboxed.get());
            }
            if (warned.compareAndSet(false, true)) {
                warnings.accept("qa: snippets run without a sandbox: " + unsandboxed.get());
            }
        }
        return worker;
    }

    /** An idle worker with these libraries, taken out of the idle ones; null when there is none. */
    private WorkerProcess poll(List<Path> libraries) {
        for (WorkerProcess worker : idle) {
            if (worker.libraries().equals(libraries) && idle.remove(worker)) {
                return worker;
            }
        }
        return null;
    }

    /**
     * Starts workers in the background until {@code count} (at most the pool's size) are started or
     * starting, so that their JVM start and warm-up run while the build does something else (loads the
     * site); {@link #take} then gets them warm.
     */
    void startInBackground(int count) {
        startInBackground(count, started -> true);
    }

    /**
     * The same, each worker only if {@code worthIt} says so for the number of workers started before
     * it, asked on the background thread (a look for snippets that costs less than a worker nobody uses).
     */
    void startInBackground(int count, java.util.function.IntPredicate worthIt) {
        synchronized (warming) {
            // A start found not worth it earlier (one page with Java, say) leaves room for one now.
            warming.removeIf(started -> started.isDone() && !started.isCompletedExceptionally() && started.join() == null);
            for (int i = live.size() + warming.size(); i < Math.min(count, size); i++) {
                int before = i;
                warming.add(CompletableFuture.supplyAsync(() -> worthIt.test(before) ? start(List.of()) : null, task -> {
                    Thread thread = new Thread(task, "qa-worker-start");
                    thread.setDaemon(true);
                    thread.start();
                }));
            }
        }
    }

    private static WorkerProcess joined(CompletableFuture<WorkerProcess> started) {
        try {
            return started.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private WorkerProcess start(List<Path> libraries) {
        WorkerProcess worker = startWorker(libraries);
        live.add(worker);
        return worker;
    }

    private WorkerProcess startWorker(List<Path> libraries) {
        Optional<Path> usable = archive.usable();
        if (usable.isPresent()) {
            return WorkerProcess.start(START_TIMEOUT, flags("-XX:SharedArchiveFile=" + usable.get()), hidden, bwrap, temporary, libraries);
        }
        // The archive is made by a worker of qa's class path alone, which any worker's class path extends.
        Optional<Path> dump = libraries.isEmpty() && archive.wanted() && dumping.compareAndSet(false, true)
                ? archive.dumpTarget() : Optional.empty();
        if (dump.isEmpty()) {
            return WorkerProcess.start(START_TIMEOUT, workerFlags, hidden, bwrap, temporary, libraries);
        }
        WorkerProcess worker;
        try {
            worker = WorkerProcess.start(START_TIMEOUT, flags("-XX:ArchiveClassesAtExit=" + dump.get()), hidden, bwrap, temporary, libraries);
        } catch (RuntimeException e) {
            // Perhaps this JVM cannot dump at all: the next worker starts without, as before.
            WorkerArchive.discard(dump.get());
            throw e;
        }
        dumpers.put(worker, dump.get());
        return worker;
    }

    private List<String> flags(String archiveFlag) {
        List<String> flags = new ArrayList<>(workerFlags);
        flags.add(archiveFlag);
        return flags;
    }

    void give(WorkerProcess worker) {
        idle.add(worker);
    }

    /** A worker that misbehaved: killed with its agents, its folder deleted. */
    void discard(WorkerProcess worker) {
        live.remove(worker);
        worker.close();
    }

    /** The shutdown hook: no time for gentleness, every worker is killed. */
    private void killAll() {
        live.forEach(WorkerProcess::close);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook runs (or ran) anyway.
        }
        List<WorkerProcess> all = new ArrayList<>();
        CompletableFuture<WorkerProcess> started;
        while ((started = warming.poll()) != null) {
            try {
                WorkerProcess warm = started.join();
                if (warm != null) {
                    all.add(warm);
                }
            } catch (RuntimeException e) {
                // It did not start: nothing to stop.
            }
        }
        WorkerProcess worker;
        while ((worker = idle.poll()) != null) {
            all.add(worker);
        }
        for (WorkerProcess each : all) {
            live.remove(each);
            Path dump = dumpers.remove(each);
            if (dump == null) {
                each.close();
            } else if (each.closeGently(DUMP_TIMEOUT)) {
                archive.install(dump);
            } else {
                WorkerArchive.discard(dump);
            }
        }
        // An archiving worker that misbehaved was killed before its dump: nothing to keep.
        dumpers.values().forEach(WorkerArchive::discard);
        dumpers.clear();
        // Busy workers of a check that failed half-way.
        live.forEach(WorkerProcess::close);
        live.clear();
    }
}
