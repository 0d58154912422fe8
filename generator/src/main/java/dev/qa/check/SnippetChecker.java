package dev.qa.check;

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
    /** The folder of the result cache, in the source folder. */
    public static final String CACHE_FOLDER = ".qa-cache";

    private final WorkerPool pool;
    private final CheckOptions options;

    public SnippetChecker(WorkerPool pool, CheckOptions options) {
        this.pool = pool;
        this.options = options;
    }

    @Override
    public SnippetResults check(Site site) {
        SnippetExtractor.Extracted extracted = new SnippetExtractor(site.root()).extract(site);
        Map<Position, SnippetResult> results = new ConcurrentHashMap<>();
        extracted.invalid().forEach((fence, problem) -> results.put(fence, Verdict.invalid(problem)));
        Duration timeout = site.config().snippetTimeout();
        ResultCache cache = new ResultCache(site.root().resolve(CACHE_FOLDER));
        int feature = Runtime.version().feature();
        List<PageJob> jobs = new ArrayList<>();
        for (PageSnippets page : extracted.pages()) {
            boolean chosen = options.only().map(only -> only.normalize().equals(page.file().normalize())).orElse(true);
            List<Snippet> runnable = new ArrayList<>();
            for (Snippet snippet : page.snippets()) {
                SnippetAttributes attributes = snippet.attributes();
                if (!chosen || attributes.requires().orElse(0) > feature) {
                    results.put(snippet.fence(), skipped());
                } else if (attributes.ignore()) {
                    results.put(snippet.fence(), new SnippetResult(SnippetResult.Status.IGNORED,
                            java.util.Optional.empty(), "", java.util.Optional.empty(), 0));
                } else {
                    runnable.add(snippet);
                }
            }
            if (runnable.isEmpty()) {
                continue;
            }
            String key = ResultCache.key(runnable, timeout);
            var cached = options.useCache() ? cache.get(key) : java.util.Optional.<Map<Position, SnippetResult>>empty();
            if (cached.isPresent()) {
                results.putAll(cached.get());
            } else {
                jobs.add(new PageJob(page.file(), runnable, key));
            }
        }
        run(jobs, timeout, cache, results);
        return new SnippetResults(new HashMap<>(results));
    }

    private record PageJob(Path file, List<Snippet> snippets, String key) {
    }

    private void run(List<PageJob> jobs, Duration timeout, ResultCache cache, Map<Position, SnippetResult> results) {
        if (jobs.isEmpty()) {
            return;
        }
        // Longest pages first, so that no core is left with one long page at the end.
        jobs.sort(Comparator.comparingInt((PageJob job) -> job.snippets().size()).reversed());
        PageRunner runner = new PageRunner(pool, timeout);
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(pool.size(), jobs.size()), task -> {
            Thread thread = new Thread(task, "qa-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (PageJob job : jobs) {
                futures.add(executor.submit(() -> {
                    Map<Position, SnippetResult> page = runner.run(job.snippets());
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
    private static boolean unstable(SnippetResult result) {
        return result.failure().filter(kind -> kind.equals("timeout") || kind.equals("exit")).isPresent();
    }

    private static SnippetResult skipped() {
        return new SnippetResult(SnippetResult.Status.SKIPPED, java.util.Optional.empty(), "", java.util.Optional.empty(), 0);
    }
}
