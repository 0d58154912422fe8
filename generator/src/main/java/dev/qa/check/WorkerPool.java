package dev.qa.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Warm worker JVMs, one per core by default, kept between checks (a test suite or a {@code serve}
 * session reuses them). A worker that misbehaved is closed and a new one started in its place.
 */
public final class WorkerPool implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final int size;
    private final ConcurrentLinkedQueue<WorkerProcess> idle = new ConcurrentLinkedQueue<>();

    public WorkerPool(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a worker pool needs at least one worker");
        }
        this.size = size;
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
        return worker != null ? worker : WorkerProcess.start(START_TIMEOUT);
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
        all.forEach(WorkerProcess::close);
    }
}
