package dev.qa.pipeline;

import dev.qa.check.CheckOptions;
import dev.qa.check.SnippetCheck;
import dev.qa.check.SnippetChecker;
import dev.qa.check.WorkerPool;
import dev.qa.index.SearchIndexer;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.Page;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import dev.qa.model.Result;
import dev.qa.model.Results;
import dev.qa.model.Site;
import dev.qa.render.Renderer;
import dev.qa.render.Templates;
import dev.qa.resolve.DependencyResolver;
import dev.qa.resolve.Resolution;
import dev.qa.write.AtomicSiteWriter;
import dev.qa.write.LastWrite;
import dev.qa.write.OutputGuard;
import dev.qa.write.SiteWriteFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The only orchestrator: load, check, render, index, write, for {@code build}, {@code check} and
 * {@code serve} alike. Each stage is its own package; this class wires them and owns what they share
 * across runs (the snippet workers).
 */
public final class Pipeline implements AutoCloseable {
    private final SnippetCheck check;
    private final AutoCloseable owned;
    private final boolean remembering;
    /**
     * Where a one-shot build keeps what it parsed, rendered and indexed for the next one ({@code .qa-cache/},
     * as {@code parse.bin}, {@code render.bin} and {@code index.bin}); empty without a cache.
     */
    private final Optional<Path> stores;
    /** The renderer of the build under way, which keeps its outputs once the site is written. */
    private Renderer lastRenderer;
    /** The site of the last assembly, whose JBake files (if any) the build copies. */
    private Site lastSite;
    /** A live build's renderer, kept between builds with what it rendered; remade when the theme changes. */
    private Renderer renderer;
    /** A live build's indexer, which keeps the text of every page it read. */
    private final SearchIndexer indexer;
    /** What a live build wrote last, so that its next build links the pages it kept instead of comparing them. */
    private LastWrite lastWrite = LastWrite.none();
    /** A live build removes the site it replaced after the build, on a thread of its own; a one-shot build before it ends. */
    private final AtomicSiteWriter writer;
    private final Optional<ExecutorService> remover;
    /** A live build's loader, which keeps the parse of every file it read. */
    private final SiteLoader loader;
    /** The step after load: Maven coordinates of pages to the jars their snippets run with. */
    private final DependencyResolver resolver;

    /**
     * A pipeline with this check; closing it closes nothing (tests pass fakes). Snippet dependencies are
     * not resolved: a stand-in check runs no snippet, and a test must not reach for Maven Central.
     */
    public Pipeline(SnippetCheck check) {
        this(check, DependencyResolver.none());
    }

    /** A pipeline with this check and this resolution of snippet dependencies (tests pass a fixture repository). */
    public Pipeline(SnippetCheck check, DependencyResolver resolver) {
        this(check, () -> { }, false, Optional.empty(), resolver);
    }

    private Pipeline(SnippetCheck check, AutoCloseable owned, boolean remembering, Optional<Path> stores) {
        this(check, owned, remembering, stores, DependencyResolver.ofThisMachine(stores));
    }

    private Pipeline(SnippetCheck check, AutoCloseable owned, boolean remembering, Optional<Path> stores, DependencyResolver resolver) {
        this.resolver = resolver;
        this.check = check;
        this.owned = owned;
        this.remembering = remembering;
        this.stores = stores;
        this.indexer = remembering ? SearchIndexer.remembering()
                : stores.map(folder -> SearchIndexer.stored(folder.resolve("index.bin"))).orElseGet(SearchIndexer::new);
        this.remover = remembering ? Optional.of(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "qa-remove-old-site");
            thread.setDaemon(true);
            return thread;
        })) : Optional.empty();
        this.writer = remover.map(AtomicSiteWriter::removingLater).orElseGet(AtomicSiteWriter::new);
        this.loader = remembering ? SiteLoader.remembering()
                : stores.map(folder -> SiteLoader.storing(folder.resolve("parse.bin"))).orElseGet(SiteLoader::new);
    }

    /** A pipeline for a warm JVM: it keeps what it rendered and redoes only outputs whose inputs changed. */
    static Pipeline remembering(SnippetCheck check, AutoCloseable owned, Optional<Path> cacheFolder) {
        return new Pipeline(check, owned, true, Optional.empty(), DependencyResolver.ofThisMachine(cacheFolder));
    }

    /** The theme changed: the next build loads the templates again and renders every page. */
    void forgetTheme() {
        renderer = null;
    }

    private Renderer renderer(Path templates, Path output) {
        if (!remembering) {
            return stores.map(folder -> Renderer.stored(new Templates(templates), folder.resolve("render.bin"), output))
                    .orElseGet(() -> new Renderer(new Templates(templates)));
        }
        if (renderer == null) {
            renderer = Renderer.remembering(new Templates(templates));
        }
        return renderer;
    }

    /** A pipeline that runs snippets in worker JVMs of its own, one per core, started when first needed. */
    public static Pipeline withWorkers(CheckOptions options) {
        WorkerPool pool = WorkerPool.perCore();
        return new Pipeline(new SnippetChecker(pool, options), pool, false,
                options.useCache() ? Optional.of(options.cacheFolder()) : Optional.empty());
    }

    /**
     * Why the request's output folder must not be written, if it must not (it is or holds an input, the
     * home folder, or a folder qa did not make). Asked before anything runs.
     */
    public static Optional<String> outputRefusal(BuildRequest request) {
        Path source = request.source();
        return OutputGuard.refusal(request.output(), source, List.of(source.resolve(SiteLoader.CONTENT), source.resolve("snippets"),
                request.templates(), source.resolve("qa.yml"), source.resolve(".git"), source.resolve(CheckOptions.CACHE_FOLDER)));
    }

    /** The load stage, then the resolution of the snippet dependencies pages declare (a coordinate Maven cannot resolve is a problem). */
    public Loaded load(Path source) {
        return load(source, Timings.ofThisJvm());
    }

    private Loaded load(Path source, Timings timings) {
        return resolved(loader.load(source), timings);
    }

    /** The load stage for plain markdown files and folders outside the Q&A layout, relative to {@code root}; then resolution. */
    public Loaded loadFiles(Path root, List<Path> files) {
        return resolved(loader.loadFiles(root, files), Timings.ofThisJvm());
    }

    /** Only a sound site is resolved: its problems come first, and a build that fails anyway starts no resolution. */
    private Loaded resolved(Loaded loaded, Timings timings) {
        if (!loaded.ok() || loaded.site() == null) {
            return loaded;
        }
        long start = System.nanoTime();
        Resolution resolution = resolver.resolve(loaded.site());
        timings.report("resolve %d ms, %d of %d dependency sets resolved by Maven", millisSince(start),
                resolution.resolutions(), loaded.site().dependencies().values().stream().map(d -> d.coordinates()).distinct().count());
        return new Loaded(resolution.site(), resolution.problems());
    }

    /**
     * The check stage; with {@code only} non-empty, just those pages (files relative to the source
     * folder) run and every other snippet is skipped.
     */
    public Results check(Site site, Set<Path> only) {
        if (only.isEmpty()) {
            return check.check(site);
        }
        Map<Position, Result> results = new HashMap<>();
        site.bodies().filter(body -> !only.contains(body.file()))
                .forEach(body -> body.snippets().forEach(snippet -> results.put(snippet.fence(), Result.skipped())));
        results.putAll(check.check(site.only(only)).byFence());
        return new Results(results);
    }

    @Override
    public void close() {
        remover.ifPresent(executor -> {
            executor.shutdown();
            try {
                executor.awaitTermination(30, TimeUnit.SECONDS); // an old site half removed is only a leftover
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            owned.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the snippet workers", e);
        }
    }

    /**
     * The site in memory, as {@link #build} would write it: the problems that fail the build (none
     * when it can be written), the snippet results, the rendered pages and the search index files.
     * {@code qa serve} serves this without writing it.
     */
    /**
     * @param questionPagesRendered how many question pages were rendered, not remembered (live builds remember)
     * @param pagesIndexed          how many pages the index stage read, not remembered
     */
    public record Assembled(List<Problem> problems, Results snippets, List<Page> pages, List<Page> index, long millis,
                            int questionPagesRendered, int pagesIndexed) {

        public Assembled {
            problems = List.copyOf(problems);
            pages = List.copyOf(pages);
            index = List.copyOf(index);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        private static Assembled failed(List<Problem> problems, Results snippets, long start) {
            return new Assembled(problems, snippets, List.of(), List.of(), millisSince(start), 0, 0);
        }
    }

    public BuildResult build(BuildRequest request) throws IOException {
        return build(request, Timings.ofThisJvm());
    }

    /** Builds and writes the site, reporting stage times to {@code timings}. */
    public BuildResult build(BuildRequest request, Timings timings) throws IOException {
        Optional<String> refusal = outputRefusal(request);
        if (refusal.isPresent()) {
            // The command line asks first and exits 2; this keeps any other caller from deleting a user's files.
            throw new IllegalArgumentException(refusal.get());
        }
        long start = System.nanoTime();
        Assembled assembled;
        try {
            assembled = assemble(request, timings);
        } catch (Page.Gone e) {
            return new BuildResult(List.of(), Results.none(), 0, millisSince(start), Optional.of(e.getMessage()), List.of());
        }
        if (!assembled.ok()) {
            return new BuildResult(assembled.problems(), assembled.snippets(), 0, millisSince(start));
        }
        long assembledAt = System.nanoTime();
        List<Page> files = new ArrayList<>(assembled.pages());
        files.addAll(assembled.index());
        List<String> warnings;
        try {
            warnings = new ArrayList<>(writer.write(request.output(), lastWrite.reuse(request.output(), files),
                    request.templates().resolve("assets"), JBakeFiles.copied(request.source(), lastSite)));
        } catch (SiteWriteFailure e) {
            return new BuildResult(List.of(), assembled.snippets(), 0, millisSince(start), Optional.of(e.getMessage()), List.of());
        }
        lastRenderer.keep();
        indexer.keep();
        if (remembering) {
            lastWrite = LastWrite.of(request.output(), files, lastWrite);
        }
        warnings.addAll(JBakeFiles.unsupported(lastSite));
        timings.report("write %d ms", millisSince(assembledAt));
        return new BuildResult(List.of(), assembled.snippets(), assembled.pages().size(), millisSince(start), Optional.empty(), warnings);
    }

    /** Load, check, render and index; writes nothing. */
    public Assembled assemble(BuildRequest request) {
        return assemble(request, Timings.ofThisJvm());
    }

    private Assembled assemble(BuildRequest request, Timings timings) {
        long start = System.nanoTime();
        Loaded loaded = load(request.source(), timings);
        if (!loaded.ok()) {
            return Assembled.failed(loaded.problems(), Results.none(), start);
        }
        Site site = request.baseUrl()
                .map(url -> loaded.site().withConfig(loaded.site().config().withBaseUrl(url.endsWith("/") ? url : url + "/")))
                .orElse(loaded.site());
        if (!Files.isDirectory(request.templates())) {
            return Assembled.failed(List.of(Problem.at(Position.of(Path.of("templates"), 1),
                    "there is no theme folder at " + request.templates(),
                    "add a templates/ folder to the site, or pass --templates DIR")), Results.none(), start);
        }
        lastSite = site;
        long loadedAt = System.nanoTime();
        Results snippets = check.check(site);
        long checkedAt = System.nanoTime();
        List<Problem> failures = snippets.failures();
        if (!failures.isEmpty()) {
            return Assembled.failed(failures, snippets, start);
        }
        Renderer.Rendered rendered;
        try {
            lastRenderer = renderer(request.templates(), request.output());
            rendered = lastRenderer.render(site, snippets);
        } catch (Templates.TemplateProblem e) {
            return Assembled.failed(List.of(e.problem()), snippets, start);
        }
        if (!rendered.problems().isEmpty()) {
            return Assembled.failed(rendered.problems(), snippets, start);
        }
        long renderedAt = System.nanoTime();
        // A JBake project's templates have no search box to read an index.
        List<Page> index = site.jbake().isPresent() ? List.of() : indexer.index(site, rendered.pages());
        timings.report("load %d ms, check %d ms, render %d ms, index %d ms", (loadedAt - start) / 1_000_000,
                (checkedAt - loadedAt) / 1_000_000, (renderedAt - checkedAt) / 1_000_000, millisSince(renderedAt));
        return new Assembled(List.of(), snippets, rendered.pages(), index, millisSince(start), rendered.questionPagesRendered(),
                indexer.pagesRead());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
