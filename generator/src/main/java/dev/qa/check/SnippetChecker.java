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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
    /** Snippets a check thread takes at least at once (see {@link #share}), and at first. */
    private static final int SMALLEST_CHUNK = 8;
    /** Chunks a check thread holds: the one running and two its worker compiles meanwhile. */
    private static final int CHUNKS_HELD = 3;
    private final WorkerPool pool;
    private final CheckOptions options;
    private final CompileHints hints = new CompileHints();

    /**
     * When the check will surely compile something (no cache to answer from: {@code --no-cache}, or
     * a source folder checked for the first time, and a Java fence in its markdown), workers start
     * now, while the site loads: one per markdown file with a Java fence, up to the pool's size (a
     * README alone gets one, a site of many pages all of them); the rest, if any, when the pages are
     * known, and only as many as there are pages to share.
     */
    public SnippetChecker(WorkerPool pool, CheckOptions options) {
        this.pool = pool;
        this.options = options;
        if (!options.useCache() || ResultCache.isEmpty(options.cacheFolder())) {
            // Counted once, by the first start thread to ask; each worker starts if enough pages need it.
            Path source = options.cacheFolder().getParent();
            CompletableFuture<Integer> pages = new CompletableFuture<>();
            pool.startInBackground(pool.size(), before -> {
                synchronized (pages) {
                    if (!pages.isDone()) {
                        pages.complete(JavaFences.pages(source, pool.size()));
                    }
                }
                return pages.join() > before;
            });
        }
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
        PageRunner runner = new PageRunner(timeout);
        int threads = Math.min(pool.size(), jobs.size());
        pool.startInBackground(threads);
        Deque<PageJob> queue = new ArrayDeque<>(jobs);
        ExecutorService executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "qa-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(executor.submit(() -> {
                    try (WorkerLease lease = new WorkerLease(pool, requireSandbox)) {
                        // The first chunk is small, so that the agent starts running while javac, still
                        // cold, compiles the next ones; two chunks go ahead of the one running, so that
                        // javac never waits for the agent to finish a chunk before it compiles another.
                        Deque<List<PageJob>> taken = new ArrayDeque<>();
                        List<PageJob> first = chunk(queue, SMALLEST_CHUNK);
                        runner.prepare(jdkOnly(first), lease);
                        taken.add(first);
                        while (!taken.isEmpty()) {
                            while (taken.size() < CHUNKS_HELD) {
                                List<PageJob> next = chunk(queue, share(queue, threads));
                                if (next.isEmpty()) {
                                    break;
                                }
                                runner.prepareAhead(jdkOnly(next), lease);
                                taken.add(next);
                            }
                            for (PageJob job : taken.poll()) {
                                Map<Position, Result> page = runner.run(job.snippets(), job.classPath(), lease);
                                results.putAll(page);
                                if (page.values().stream().noneMatch(SnippetChecker::unstable)) {
                                    cache.put(job.key(), page);
                                }
                            }
                        }
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

    /** The pages that need no library: only those are compiled ahead, as units of the JDK alone. */
    private static List<List<Snippet>> jdkOnly(List<PageJob> chunk) {
        return chunk.stream().filter(job -> job.classPath().isEmpty()).map(PageJob::snippets).toList();
    }

    /**
     * How many snippets a check thread takes next, compiled together by its worker: a share of those
     * left, so chunks are large while much is left (fewer compilations) and small at the end (no
     * thread left waiting long for another), but never fewer than {@link #SMALLEST_CHUNK} snippets: a
     * javac task costs about 35 ms on its own in a warm worker and a page about 6 ms more in a batch,
     * while a page compiled as a unit runs in about 15 ms, so pages one by one at the end spent more on
     * compiling than they could save in waiting. Pages come longest first, so a long page is a chunk
     * of its own and starts first, while the other threads take the rest.
     */
    private static int share(Deque<PageJob> queue, int threads) {
        synchronized (queue) {
            int left = queue.stream().mapToInt(job -> job.snippets().size()).sum();
            return Math.max(SMALLEST_CHUNK, left / (2 * threads));
        }
    }

    /** Pages from the front of the queue, at least one, until they hold {@code share} snippets. */
    private static List<PageJob> chunk(Deque<PageJob> queue, int share) {
        synchronized (queue) {
            List<PageJob> chunk = new ArrayList<>();
            int taken = 0;
            while (taken < share && !queue.isEmpty()) {
                PageJob job = queue.poll();
                chunk.add(job);
                taken += job.snippets().size();
            }
            return chunk;
        }
    }

    /** A timeout or a dead worker may depend on the machine's load: such a page is checked again next time. */
    private static boolean unstable(Result result) {
        return result.failure().filter(Result.Failure::unstable).isPresent();
    }
}
