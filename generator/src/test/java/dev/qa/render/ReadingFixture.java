package dev.qa.render;

import dev.qa.Fixtures;
import dev.qa.check.SnippetResult;
import dev.qa.check.SnippetResults;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.CodeBlock;
import dev.qa.model.Position;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The {@code render/reading} fixture rendered with the default theme, as if the check had passed every
 * runnable snippet (printing what its output block says) and ignored the {@code ignore} one.
 */
final class ReadingFixture {
    final Renderer.Rendered rendered;
    final Map<String, Page> pages;

    ReadingFixture() {
        Loaded loaded = new SiteLoader().load(Fixtures.resource("render/reading"));
        if (!loaded.ok()) {
            throw new IllegalStateException(loaded.problems().toString());
        }
        Map<Position, SnippetResult> results = new HashMap<>();
        loaded.site().questions().forEach(question -> {
            var blocks = question.body().codeBlocks();
            for (int i = 0; i < blocks.size(); i++) {
                CodeBlock block = blocks.get(i);
                if (!block.language().equals("java")) {
                    continue;
                }
                boolean ignored = block.info().contains("ignore");
                String stdout = i + 1 < blocks.size() && blocks.get(i + 1).language().equals("output") ? blocks.get(i + 1).text() : "";
                results.put(block.fence(), new SnippetResult(ignored ? SnippetResult.Status.IGNORED : SnippetResult.Status.PASSED,
                        Optional.empty(), ignored ? "" : stdout, Optional.empty(), 5));
            }
        });
        rendered = new Renderer(new Templates(Fixtures.templates())).render(loaded.site(), new SnippetResults(results));
        pages = rendered.pages().stream().collect(Collectors.toMap(Page::path, Function.identity()));
    }

    Document html(String path) {
        Page page = pages.get(path);
        if (page == null) {
            throw new IllegalArgumentException("no page " + path + " in " + pages.keySet());
        }
        return Jsoup.parse(page.content());
    }
}
