package dev.qa.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import dev.qa.check.SnippetResults;
import dev.qa.load.MarkdownOptions;
import dev.qa.model.Markdown;

/** Markdown bodies to HTML, with links between markdown files turned into links between pages. */
final class MarkdownRenderer {
    private final HtmlRenderer html = HtmlRenderer.builder(MarkdownOptions.create())
            .linkResolverFactory(new MarkdownLinks.Factory())
            .nodeRendererFactory(new CodeBlockRenderer.Factory())
            .build();

    /** The body's HTML; its problems and its links (to check once all pages exist) go to {@code findings}. */
    String render(Markdown markdown, String page, SiteUrls urls, SnippetResults results, Findings findings) {
        PageContext context = new PageContext(markdown, page, urls, results);
        // The document is only ever rendered by one thread at a time, for its own page.
        synchronized (markdown.document()) {
            markdown.document().set(PageContext.KEY, context);
            try {
                String rendered = html.render(markdown.document());
                findings.problems().addAll(context.problems());
                findings.links().addAll(context.links());
                return rendered;
            } finally {
                markdown.document().remove(PageContext.KEY);
            }
        }
    }
}
