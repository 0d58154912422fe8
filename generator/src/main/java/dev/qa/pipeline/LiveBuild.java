package dev.qa.pipeline;

import dev.qa.check.CheckOptions;
import dev.qa.check.SnippetCheck;
import dev.qa.check.SnippetChecker;
import dev.qa.check.WorkerPool;
import java.nio.file.Path;
import java.util.Set;

/**
 * The pipeline in a warm JVM ({@code qa serve}): every rebuild is told which files changed, and redoes
 * only what they touch. Snippets of unchanged pages keep their results. Not thread-safe: one rebuild
 * at a time.
 */
public final class LiveBuild implements AutoCloseable {
    private final IncrementalCheck check;
    private final Pipeline pipeline;

    /** A live build with this check; closing it closes nothing. */
    public LiveBuild(SnippetCheck check) {
        this(check, () -> { });
    }

    private LiveBuild(SnippetCheck check, AutoCloseable owned) {
        this.check = new IncrementalCheck(check);
        this.pipeline = Pipeline.remembering(this.check, owned);
    }

    /** A live build that runs snippets in worker JVMs of its own, started when first needed. */
    public static LiveBuild withWorkers(CheckOptions options) {
        WorkerPool pool = WorkerPool.perCore();
        return new LiveBuild(new SnippetChecker(pool, options), pool);
    }

    /**
     * Builds again in memory after these files (relative to the source folder; theme files under
     * {@code templates/}) changed; {@code lostEvents} when the watcher may have missed some.
     */
    public Pipeline.Assembled rebuild(BuildRequest request, Set<Path> changed, boolean lostEvents) {
        if (lostEvents) {
            check.forgetAll();
        }
        check.changed(changed);
        if (lostEvents || changed.stream().anyMatch(file -> file.startsWith("templates"))) {
            pipeline.forgetTheme();
        }
        try {
            return pipeline.assemble(request);
        } catch (RuntimeException e) {
            check.forgetAll();
            pipeline.forgetTheme();
            throw e;
        }
    }

    /** How many snippets the last rebuild handed to the snippet check (the others kept their results). */
    public int snippetsChecked() {
        return check.lastChecked();
    }

    @Override
    public void close() {
        pipeline.close();
    }
}
