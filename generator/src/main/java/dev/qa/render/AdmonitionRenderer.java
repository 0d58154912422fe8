package dev.qa.render;

import dev.qa.text.Escape;

import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Admonitions ({@code !!! warning "Title"}) as plain HTML the theme styles: flexmark's own renderer
 * draws SVG icons that need its script and style sheet, which the site does not load. {@code ???}
 * makes a collapsed block, {@code ???+} an open one, both working without JavaScript.
 */
final class AdmonitionRenderer implements NodeRenderer {
    /** MkDocs names mapped to the four kinds the theme draws, so content moved from MkDocs keeps its meaning. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("note", "note"), Map.entry("info", "note"), Map.entry("abstract", "note"), Map.entry("summary", "note"),
            Map.entry("example", "note"), Map.entry("question", "note"), Map.entry("quote", "note"),
            Map.entry("tip", "tip"), Map.entry("hint", "tip"), Map.entry("important", "tip"), Map.entry("success", "tip"),
            Map.entry("warning", "warning"), Map.entry("caution", "warning"), Map.entry("attention", "warning"),
            Map.entry("danger", "danger"), Map.entry("error", "danger"), Map.entry("failure", "danger"), Map.entry("bug", "danger"));

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(AdmonitionBlock.class, this::render));
    }

    private void render(AdmonitionBlock node, NodeRendererContext context, HtmlWriter html) {
        String written = node.getInfo().toString().toLowerCase(Locale.ROOT);
        String kind = KINDS.getOrDefault(written, "note");
        boolean hasTitle = node.getTitleOpeningMarker().isNotNull();
        String title = hasTitle ? node.getTitle().toString()
                : written.isEmpty() ? "Note" : Character.toUpperCase(written.charAt(0)) + written.substring(1);
        String marker = node.getOpeningMarker().toString();
        boolean collapsible = marker.startsWith("???");
        if (collapsible) {
            html.raw("<details class=\"admonition ").raw(kind).raw("\"").raw(marker.endsWith("+") ? " open" : "").raw(">");
            html.raw("<summary class=\"admonition-title\">").raw(Escape.html(title.isEmpty() ? "Details" : title)).raw("</summary>");
        } else {
            html.raw("<div class=\"admonition ").raw(kind).raw("\" role=\"note\">");
            if (!title.isEmpty()) {
                html.raw("<p class=\"admonition-title\">").raw(Escape.html(title)).raw("</p>");
            }
        }
        context.renderChildren(node);
        html.raw(collapsible ? "</details>" : "</div>");
        html.line();
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new AdmonitionRenderer();
        }
    }
}
