package dev.qa.render;

import dev.qa.model.SiteUrls;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.qa.markdown.MarkdownOptions;
import com.vladsch.flexmark.util.ast.Document;
import dev.qa.model.Markdown;
import dev.qa.model.Results;
import dev.qa.model.SnippetDependencies;
import java.util.List;

/** Markdown bodies to HTML, with links between markdown files turned into links between pages. */
final class MarkdownRenderer {
    private final Parser parser = Parser.builder(MarkdownOptions.create()).build();
    private final HtmlRenderer html = HtmlRenderer.builder(renderingOptions())
            .linkResolverFactory(new MarkdownLinks.Factory())
            .nodeRendererFactory(new CodeBlockRenderer.Factory())
            .nodeRendererFactory(new HeadingRenderer.Factory())
            .nodeRendererFactory(new AdmonitionRenderer.Factory())
            .build();

    /** The body's HTML; its problems and its links (to check once all pages exist) go to {@code findings}. */
    Body render(Markdown markdown, String page, SiteUrls urls, Results results, String imports, Findings findings) {
        return render(markdown, page, urls, results, imports, SnippetDependencies.declared(List.of()), findings);
    }

    /** @param dependencies the libraries the body's snippets ran with, named under each snippet */
    Body render(Markdown markdown, String page, SiteUrls urls, Results results, String imports, SnippetDependencies dependencies,
                Findings findings) {
        return render(parse(markdown), markdown, page, urls, results, imports, dependencies, findings);
    }

    /** Parsed again from the model's text with load's block options, so that code blocks sit at the offsets load recorded. */
    private Document parse(Markdown markdown) {
        return parser.parse(markdown.source());
    }

    private Body render(Document document, Markdown markdown, String page, SiteUrls urls, Results results, String imports,
                        SnippetDependencies dependencies, Findings findings) {
        PageContext context = new PageContext(markdown, page, urls, results, imports, dependencies);
        document.set(PageContext.KEY, context);
        String rendered = html.render(document);
        findings.problems().addAll(context.problems());
        findings.links().addAll(context.links());
        return new Body(rendered, List.copyOf(context.headings()));
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
