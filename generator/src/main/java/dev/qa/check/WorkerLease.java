package dev.qa.check;

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

    /** The held worker, or a warm one from the pool. */
    WorkerProcess worker() {
        if (worker == null) {
            worker = pool.take(requireSandbox);
        }
        return worker;
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
