package dev.qa.check;

import dev.qa.model.Library;
import dev.qa.model.Snippet;
import dev.qa.model.SnippetAttributes;
import dev.qa.model.Result;
import dev.qa.model.Results;

import dev.qa.model.Position;
import dev.qa.model.Site;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The check stage: every Java snippet of a site compiled and run through JShell in worker JVMs, a
 * page per session, pages in parallel, unchanged pages answered from the cache.
 */
public final class SnippetChecker implements SnippetCheck {
    private final WorkerPool pool;
    private final CheckOptions options;
    private final CompileHints hints = new CompileHints();

    public SnippetChecker(WorkerPool pool, CheckOptions options) {
        this.pool = pool;
        this.options = options;
    }

    @Override
    public Results check(Site site) {
        Map<Position, Result> results = new ConcurrentHashMap<>();
        Duration timeout = site.config().snippetTimeout();
        ResultCache cache = new ResultCache(options.cacheFolder(), CacheKey.load(options.cacheKey()));
        boolean requireSandbox = options.requireSandbox() || site.config().requireSandbox();
        int feature = Runtime.version().feature();
        SessionImports imports = new SessionImports(site.config());
        List<PageJob> jobs = new ArrayList<>();
        site.bodies().forEach(body -> {
            List<Snippet> runnable = new ArrayList<>();
            for (Snippet snippet : body.snippets()) {
                SnippetAttributes attributes = snippet.attributes();
                if (snippet.invalid().isPresent()) {
                    results.put(snippet.fence(), Verdict.invalid(snippet.invalid().get()));
                } else if (attributes.requires().orElse(0) > feature) {
                    results.put(snippet.fence(), Result.skipped());
                } else if (attributes.ignore()) {
                    results.put(snippet.fence(), Result.ignored());
                } else {
                    runnable.add(snippet);
                }
            }
            if (runnable.isEmpty()) {
                return;
            }
            List<Snippet> session = imports.session(runnable);
            List<Library> libraries = site.dependenciesOf(body.file()).libraries();
            String key = ResultCache.key(session, timeout, libraries);
            var cached = options.useCache() ? cache.get(key) : java.util.Optional.<Map<Position, Result>>empty();
            if (cached.isPresent()) {
                results.putAll(cached.get());
            } else {
                jobs.add(new PageJob(body.file(), session, key, libraries.stream().map(Library::jar).toList()));
            }
        });
        run(jobs, timeout, requireSandbox, cache, results);
        imports.forget(results);
        return new Results(hints.apply(results));
    }

    /** @param classPath the jars of the page's libraries, which its worker has on its class path */
    private record PageJob(Path file, List<Snippet> snippets, String key, List<Path> classPath) {
    }

    private void run(List<PageJob> jobs, Duration timeout, boolean requireSandbox, ResultCache cache, Map<Position, Result> results) {
        if (jobs.isEmpty()) {
            return;
        }
        // Longest pages first, so that no core is left with one long page at the end; pages with the same
        // libraries together among equals, so that a worker for those libraries serves them in a row.
        jobs.sort(Comparator.comparingInt((PageJob job) -> job.snippets().size()).reversed()
                .thenComparing(job -> job.classPath().toString()));
        PageRunner runner = new PageRunner(pool, timeout, requireSandbox);
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(pool.size(), jobs.size()), task -> {
            Thread thread = new Thread(task, "qa-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (PageJob job : jobs) {
                futures.add(executor.submit(() -> {
                    Map<Position, Result> page = runner.run(job.snippets(), job.classPath());
                    results.putAll(page);
                    if (page.values().stream().noneMatch(SnippetChecker::unstable)) {
                        cache.put(job.key(), page);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the check was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    /** A timeout or a dead worker may depend on the machine's load: such a page is checked again next time. */
    private static boolean unstable(Result result) {
        return result.failure().filter(Result.Failure::unstable).isPresent();
    }
}
