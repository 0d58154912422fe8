package dev.qa.render;

import dev.qa.model.SiteUrls;

import com.vladsch.flexmark.util.data.NullableDataKey;
import dev.qa.model.Results;
import dev.qa.model.SnippetDependencies;
import dev.qa.model.Markdown;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What rendering one markdown body needs to know about its page, and the problems it finds there
 * (links to files that are not pages). Attached to the flexmark document while it renders.
 *
 * @param markdown the body being rendered (it knows its file and where it starts in it)
 * @param page     the page's path in the site
 * @param results  what the check stage found for the snippets, shown under them
 * @param imports  the site's snippet imports, one declaration a line: "Copy for JShell" starts with them
 * @param headings the page's h2 and h3 headings, in order, for its table of contents
 * @param dependencies the libraries the page's snippets ran with, named under each snippet
 */
record PageContext(Markdown markdown, String page, SiteUrls urls, Results results, String imports,
                   List<Problem> problems, List<MarkdownLinks.Link> links, List<Views.Heading> headings,
                   SnippetDependencies dependencies) {
    static final NullableDataKey<PageContext> KEY = new NullableDataKey<>("qa.page");

    PageContext(Markdown markdown, String page, SiteUrls urls, Results results, String imports) {
        this(markdown, page, urls, results, imports, SnippetDependencies.declared(List.of()));
    }

    PageContext(Markdown markdown, String page, SiteUrls urls, Results results, String imports, SnippetDependencies dependencies) {
        this(markdown, page, urls, results, imports, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), dependencies);
    }
}
