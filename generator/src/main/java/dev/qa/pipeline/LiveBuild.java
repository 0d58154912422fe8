package dev.qa.pipeline;

import dev.qa.check.CheckOptions;
import dev.qa.check.SnippetCheck;
import dev.qa.check.SnippetChecker;
import dev.qa.check.WorkerPool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The pipeline in a warm JVM ({@code qa serve}): every rebuild is told which files changed, and redoes
 * only what they touch. Snippets of unchanged pages keep their results. Not thread-safe: one rebuild
 * at a time.
 */
public final class LiveBuild implements AutoCloseable {
    private final IncrementalCheck check;
    private final Pipeline pipeline;
    /** The source files as the last {@link #build} found them, with the theme folder it used; null before the first. */
    private SourceStamps stamps;
    private Path stampedTemplates;

    /** A live build with this check; closing it closes nothing. */
    public LiveBuild(SnippetCheck check) {
        this(check, () -> { }, Optional.empty());
    }

    /** @param cacheFolder where resolved snippet dependencies are kept ({@code .qa-cache/}), if anywhere */
    private LiveBuild(SnippetCheck check, AutoCloseable owned, Optional<Path> cacheFolder) {
        this.check = new IncrementalCheck(check);
        this.pipeline = Pipeline.remembering(this.check, owned, cacheFolder);
    }

    /** A live build that runs snippets in worker JVMs of its own, started when first needed. */
    public static LiveBuild withWorkers(CheckOptions options) {
        return withWorkers(options, WorkerPool.perCore());
    }

    /** The same, with the workers' warning (snippets run without a sandbox) to {@code warnings} instead of standard error. */
    public static LiveBuild withWorkers(CheckOptions options, Consumer<String> warnings) {
        return withWorkers(options, WorkerPool.perCore(warnings));
    }

    private static LiveBuild withWorkers(CheckOptions options, WorkerPool pool) {
        return new LiveBuild(new SnippetChecker(pool, options), pool,
                options.useCache() ? Optional.of(options.cacheFolder()) : Optional.empty());
    }

    /**
     * Builds again in memory after these files (relative to the source folder; theme files under
     * {@code templates/}) changed; {@code lostEvents} when the watcher may have missed some.
     */
    public Pipeline.Assembled rebuild(BuildRequest request, Set<Path> changed, boolean lostEvents) {
        prepare(changed, lostEvents);
        try {
            return pipeline.assemble(request);
        } catch (RuntimeException e) {
            forget();
            throw e;
        }
    }

    /**
     * Builds and writes the site as {@code qa build} does, redoing only what changed since the last
     * build of this live build (the build daemon): nobody told it which files changed, so it compares
     * every source file's stamp with what it saw then.
     */
    public BuildResult build(BuildRequest request, Timings timings) throws IOException {
        SourceStamps now = SourceStamps.of(request.source(), request.templates());
        boolean first = stamps == null || !request.templates().equals(stampedTemplates);
        prepare(first ? Set.of() : now.changedSince(stamps), first);
        try {
            BuildResult result = pipeline.build(request, timings);
            remember(now, request);
            return result;
        } catch (IOException | RuntimeException e) {
            forget();
            throw e;
        }
    }

    /**
     * Makes the site in memory without writing it, so that the next {@link #build} redoes only what
     * changed since: what the build daemon does when it starts. A site with problems is made as far as it goes.
     */
    public void warm(BuildRequest request) {
        SourceStamps now = SourceStamps.of(request.source(), request.templates());
        prepare(Set.of(), true);
        try {
            pipeline.assemble(request);
            remember(now, request);
        } catch (RuntimeException e) {
            forget();
            throw e;
        }
    }

    /** What the next build compares the source files with: {@code now}, taken before this build read them. */
    private void remember(SourceStamps now, BuildRequest request) {
        stamps = now;
        stampedTemplates = request.templates();
    }

    private void prepare(Set<Path> changed, boolean everything) {
        if (everything) {
            check.forgetAll();
        }
        check.changed(changed);
        if (everything || changed.stream().anyMatch(file -> file.startsWith("templates"))) {
            pipeline.forgetTheme();
        }
    }

    private void forget() {
        check.forgetAll();
        pipeline.forgetTheme();
        stamps = null;
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
