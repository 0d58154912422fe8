package dev.qa.render;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.qa.load.MarkdownOptions;
import dev.qa.model.Markdown;
import java.util.List;

/** Markdown bodies to HTML, with links between markdown files turned into links between pages. */
final class MarkdownRenderer {
    private final HtmlRenderer html = HtmlRenderer.builder(renderingOptions())
            .linkResolverFactory(new MarkdownLinks.Factory())
            .nodeRendererFactory(new CodeBlockRenderer.Factory())
            .nodeRendererFactory(new HeadingRenderer.Factory())
            .nodeRendererFactory(new AdmonitionRenderer.Factory())
            .build();

    /** The body's HTML; its problems and its links (to check once all pages exist) go to {@code findings}. */
    Body render(Markdown markdown, String page, SiteUrls urls, SnippetView snippets, Findings findings) {
        PageContext context = new PageContext(markdown, page, urls, snippets.results(), snippets.included());
        // The document is only ever rendered by one thread at a time, for its own page.
        synchronized (markdown.document()) {
            markdown.document().set(PageContext.KEY, context);
            try {
                String rendered = html.render(markdown.document());
                findings.problems().addAll(context.problems());
                findings.links().addAll(context.links());
                return new Body(rendered, List.copyOf(context.headings()));
            } finally {
                markdown.document().remove(PageContext.KEY);
            }
        }
    }

    /**
     * The shared options without flexmark's admonition extension: parsing needs it, but its renderer
     * writes an SVG icon sheet into every page that works only with its own script and styles.
     * {@link AdmonitionRenderer} draws admonitions instead.
     */
    private static DataHolder renderingOptions() {
        MutableDataSet options = new MutableDataSet(MarkdownOptions.create());
        options.set(Parser.EXTENSIONS, Parser.EXTENSIONS.get(options).stream()
                .filter(extension -> !(extension instanceof AdmonitionExtension)).toList());
        return options.toImmutable();
    }

    /** A rendered body: its HTML and the headings its table of contents lists. */
    record Body(String html, List<Views.Heading> headings) {
    }
}
