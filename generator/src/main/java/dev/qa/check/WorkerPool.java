package dev.qa.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Warm worker JVMs, one per core by default, kept between checks (a test suite or a {@code serve}
 * session reuses them). A worker that misbehaved is closed and a new one started in its place.
 *
 * <p>Workers map a class-data archive of JShell and javac when there is one ({@link WorkerArchive});
 * when there is none yet, the first worker this pool starts dumps it when the pool closes, after
 * doing real work, so that the archive holds the classes checking snippets needs.
 */
public final class WorkerPool implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    /** How long closing waits for the archiving worker to write its archive (a second or two when quiet). */
    private static final Duration DUMP_TIMEOUT = Duration.ofSeconds(60);

    private final int size;
    private final WorkerArchive archive;
    private final ConcurrentLinkedQueue<WorkerProcess> idle = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean dumping = new AtomicBoolean();
    /** The worker that dumps the archive at its exit, and the file it dumps to. */
    private final Map<WorkerProcess, Path> dumpers = new ConcurrentHashMap<>();

    public WorkerPool(int size) {
        this(size, WorkerArchive.forThisJvm(WorkerProcess.java(), WorkerProcess.absoluteClassPath()));
    }

    WorkerPool(int size, WorkerArchive archive) {
        if (size < 1) {
            throw new IllegalArgumentException("a worker pool needs at least one worker");
        }
        this.size = size;
        this.archive = archive;
    }

    /** A worker per core. */
    public static WorkerPool perCore() {
        return new WorkerPool(Runtime.getRuntime().availableProcessors());
    }

    public int size() {
        return size;
    }

    WorkerProcess take() {
        WorkerProcess worker = idle.poll();
        return worker != null ? worker : start();
    }

    private WorkerProcess start() {
        Optional<Path> usable = archive.usable();
        if (usable.isPresent()) {
            return WorkerProcess.start(START_TIMEOUT, List.of("-XX:SharedArchiveFile=" + usable.get()));
        }
        Optional<Path> dump = archive.wanted() && dumping.compareAndSet(false, true) ? archive.dumpTarget() : Optional.empty();
        if (dump.isEmpty()) {
            return WorkerProcess.start(START_TIMEOUT);
        }
        WorkerProcess worker;
        try {
            worker = WorkerProcess.start(START_TIMEOUT, List.of("-XX:ArchiveClassesAtExit=" + dump.get()));
        } catch (RuntimeException e) {
            // Perhaps this JVM cannot dump at all: the next worker starts without, as before.
            WorkerArchive.discard(dump.get());
            throw e;
        }
        dumpers.put(worker, dump.get());
        return worker;
    }

    void give(WorkerProcess worker) {
        idle.add(worker);
    }

    @Override
    public void close() {
        List<WorkerProcess> all = new ArrayList<>();
        WorkerProcess worker;
        while ((worker = idle.poll()) != null) {
            all.add(worker);
        }
        for (WorkerProcess each : all) {
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
    }
}
