package dev.qa.build;

import dev.qa.check.SnippetCheck;
import dev.qa.check.SnippetResults;
import dev.qa.index.SearchIndexer;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.Site;
import dev.qa.render.Page;
import dev.qa.render.Renderer;
import dev.qa.render.Templates;
import dev.qa.write.AtomicSiteWriter;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One build: load, check, render, index, write. Each stage is its own package; this class only wires them. */
public final class Pipeline {
    private final SnippetCheck check;

    public Pipeline(SnippetCheck check) {
        this.check = check;
    }

    /**
     * The site in memory, as {@link #build} would write it: the problems that fail the build (none
     * when it can be written), the snippet results, the rendered pages and the search index files.
     * {@code qa serve} serves this without writing it.
     */
    public record Assembled(List<Problem> problems, SnippetResults snippets, List<Page> pages, List<Page> index, long millis) {

        public Assembled {
            problems = List.copyOf(problems);
            pages = List.copyOf(pages);
            index = List.copyOf(index);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        private static Assembled failed(List<Problem> problems, SnippetResults snippets, long start) {
            return new Assembled(problems, snippets, List.of(), List.of(), millisSince(start));
        }
    }

    public BuildResult build(BuildRequest request) throws IOException {
        long start = System.nanoTime();
        Assembled assembled = assemble(request);
        if (!assembled.ok()) {
            return new BuildResult(assembled.problems(), assembled.snippets(), 0, millisSince(start));
        }
        long assembledAt = System.nanoTime();
        List<Page> files = new ArrayList<>(assembled.pages());
        files.addAll(assembled.index());
        new AtomicSiteWriter().write(request.output(), files, request.templates().resolve("assets"));
        if (Boolean.getBoolean("qa.timings")) {
            System.err.printf("qa timings: write %d ms%n", millisSince(assembledAt));
        }
        return new BuildResult(List.of(), assembled.snippets(), assembled.pages().size(), millisSince(start));
    }

    /** Load, check, render and index; writes nothing. */
    public Assembled assemble(BuildRequest request) {
        long start = System.nanoTime();
        Loaded loaded = new SiteLoader().load(request.source());
        if (!loaded.ok()) {
            return Assembled.failed(loaded.problems(), SnippetResults.none(), start);
        }
        Site site = request.baseUrl()
                .map(url -> new Site(loaded.site().root(), loaded.site().config().withBaseUrl(url.endsWith("/") ? url : url + "/"),
                        loaded.site().home(), loaded.site().sections()))
                .orElse(loaded.site());
        if (!Files.isDirectory(request.templates())) {
            return Assembled.failed(List.of(Problem.at(Position.of(Path.of("templates"), 1),
                    "there is no theme folder at " + request.templates(),
                    "add a templates/ folder to the site, or pass --templates DIR")), SnippetResults.none(), start);
        }
        long loadedAt = System.nanoTime();
        SnippetResults snippets = check.check(site);
        long checkedAt = System.nanoTime();
        List<Problem> failures = snippets.failures();
        if (!failures.isEmpty()) {
            return Assembled.failed(failures, snippets, start);
        }
        Renderer.Rendered rendered;
        try {
            rendered = new Renderer(new Templates(request.templates())).render(site, snippets);
        } catch (Templates.TemplateProblem e) {
            return Assembled.failed(List.of(e.problem()), snippets, start);
        }
        if (!rendered.problems().isEmpty()) {
            return Assembled.failed(rendered.problems(), snippets, start);
        }
        long renderedAt = System.nanoTime();
        List<Page> index = new SearchIndexer().index(site, rendered.pages());
        if (Boolean.getBoolean("qa.timings")) {
            System.err.printf("qa timings: load %d ms, check %d ms, render %d ms, index %d ms%n", (loadedAt - start) / 1_000_000,
                    (checkedAt - loadedAt) / 1_000_000, (renderedAt - checkedAt) / 1_000_000, millisSince(renderedAt));
        }
        return new Assembled(List.of(), snippets, rendered.pages(), index, millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
