package dev.qa.build;

import dev.qa.check.SnippetCheck;
import dev.qa.check.SnippetResults;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.Site;
import dev.qa.render.Renderer;
import dev.qa.render.Templates;
import dev.qa.write.AtomicSiteWriter;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One build: load, check, render, write. Each stage is its own package; this class only wires them. */
public final class Pipeline {
    private final SnippetCheck check;

    public Pipeline(SnippetCheck check) {
        this.check = check;
    }

    public BuildResult build(BuildRequest request) throws IOException {
        long start = System.nanoTime();
        Loaded loaded = new SiteLoader().load(request.source());
        if (!loaded.ok()) {
            return new BuildResult(loaded.problems(), SnippetResults.none(), 0, millisSince(start));
        }
        Site site = request.baseUrl()
                .map(url -> new Site(loaded.site().root(), loaded.site().config().withBaseUrl(url.endsWith("/") ? url : url + "/"),
                        loaded.site().home(), loaded.site().sections()))
                .orElse(loaded.site());
        if (!Files.isDirectory(request.templates())) {
            return new BuildResult(List.of(Problem.at(Position.of(Path.of("templates"), 1),
                    "there is no theme folder at " + request.templates(),
                    "add a templates/ folder to the site, or pass --templates DIR")), SnippetResults.none(), 0, millisSince(start));
        }
        long loadedAt = System.nanoTime();
        SnippetResults snippets = check.check(site);
        long checkedAt = System.nanoTime();
        List<Problem> failures = snippets.failures();
        if (!failures.isEmpty()) {
            return new BuildResult(failures, snippets, 0, millisSince(start));
        }
        Renderer.Rendered rendered;
        try {
            rendered = new Renderer(new Templates(request.templates())).render(site, snippets);
        } catch (Templates.TemplateProblem e) {
            return new BuildResult(List.of(e.problem()), snippets, 0, millisSince(start));
        }
        if (!rendered.problems().isEmpty()) {
            return new BuildResult(rendered.problems(), snippets, 0, millisSince(start));
        }
        long renderedAt = System.nanoTime();
        new AtomicSiteWriter().write(request.output(), rendered.pages(), request.templates().resolve("assets"));
        if (Boolean.getBoolean("qa.timings")) {
            System.err.printf("qa timings: load %d ms, check %d ms, render %d ms, write %d ms%n", (loadedAt - start) / 1_000_000,
                    (checkedAt - loadedAt) / 1_000_000, (renderedAt - checkedAt) / 1_000_000, millisSince(renderedAt));
        }
        return new BuildResult(List.of(), snippets, rendered.pages().size(), millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
