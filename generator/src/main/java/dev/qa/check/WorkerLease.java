package dev.qa.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The worker one check thread holds from page to page, so that pages it had compiled together run
 * where they were compiled. A worker that misbehaved is discarded and the next page gets a fresh one.
 */
final class WorkerLease implements AutoCloseable {
    private final WorkerPool pool;
    private final boolean requireSandbox;
    private WorkerProcess worker;

    WorkerLease(WorkerPool pool, boolean requireSandbox) {
        this.pool = pool;
        this.requireSandbox = requireSandbox;
    }

    /**
     * The held worker when its class path holds exactly these library jars, else a warm one from the
     * pool that does (the held one goes back): a page never sees another page's libraries.
     */
    WorkerProcess worker(List<Path> libraries) {
        if (worker != null && !worker.libraries().equals(libraries)) {
            pool.give(worker);
            worker = null;
        }
        if (worker == null) {
            worker = pool.take(requireSandbox, libraries);
        }
        return worker;
    }

    /** The worker held now, if any. */
    Optional<WorkerProcess> held() {
        return Optional.ofNullable(worker);
    }

    /** The held worker misbehaved: it is killed with its agents. */
    void discard() {
        if (worker != null) {
            pool.discard(worker);
            worker = null;
        }
    }

    /** Back to the pool. */
    @Override
    public void close() {
        if (worker != null) {
            pool.give(worker);
            worker = null;
        }
    }
}
