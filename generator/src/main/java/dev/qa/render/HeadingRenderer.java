package dev.qa.render;

import dev.qa.text.Escape;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Set;

/**
 * Headings with a permalink anchor after their text, collected for the page's table of contents.
 * The ids stay the ones flexmark generates, so links written as {@code page.md#anchor} keep working.
 */
final class HeadingRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Heading.class, this::render));
    }

    private void render(Heading node, NodeRendererContext context, HtmlWriter html) {
        String id = context.getNodeId(node);
        String tag = "h" + node.getLevel();
        String text = new TextCollectingVisitor().collectAndGetText(node).strip();
        html.raw("<").raw(tag);
        if (id != null && !id.isEmpty()) {
            html.raw(" id=\"").raw(Escape.html(id)).raw("\"");
        }
        html.raw(">");
        context.renderChildren(node);
        if (id != null && !id.isEmpty()) {
            html.raw("<a class=\"anchor\" href=\"#").raw(Escape.html(id)).raw("\" aria-label=\"Link to this section: ")
                    .raw(Escape.html(text)).raw("\"></a>");
            PageContext page = PageContext.KEY.get(context.getDocument());
            if (page != null && (node.getLevel() == 2 || node.getLevel() == 3)) {
                page.headings().add(new Views.Heading(node.getLevel(), id, text));
            }
        }
        html.raw("</").raw(tag).raw(">");
        html.line();
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new HeadingRenderer();
        }
    }
}
