package dev.qa.render;

import dev.qa.model.Page;

import dev.qa.Fixtures;
import dev.qa.model.Result;
import dev.qa.model.Results;
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
        rendered = new Renderer(new Templates(Fixtures.templates())).render(loaded.site(), dev.qa.PassingCheck.of(loaded.site()));
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
