package dev.qa.render;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.qa.check.SnippetResult;
import dev.qa.model.CodeBlock;
import java.util.Optional;
import java.util.Set;

/**
 * Renders fenced code: Java snippets without their hidden lines and with the output they really
 * printed; an {@code output} block right after a snippet becomes that snippet's output panel.
 */
final class CodeBlockRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
    }

    private void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        PageContext page = PageContext.KEY.get(context.getDocument());
        Optional<CodeBlock> block = page == null ? Optional.empty() : find(page, node);
        String language = block.map(CodeBlock::language).orElse(node.getInfo().toString().strip());
        String code = node.getContentChars().normalizeEOL();
        if (language.equals("output") && snippetBefore(node) != null) {
            Optional<SnippetResult> result = resultOf(page, snippetBefore(node));
            String shown = result.filter(r -> r.status() == SnippetResult.Status.PASSED).map(SnippetResult::stdout).orElse(code);
            output(html, shown, result.map(r -> r.status() == SnippetResult.Status.PASSED).orElse(false));
            return;
        }
        if (language.equals("java")) {
            Optional<SnippetResult> result = block.flatMap(b -> page.results().of(b));
            html.raw("<div class=\"snippet\" data-status=\"")
                    .raw(result.map(r -> r.status().name().toLowerCase(java.util.Locale.ROOT)).orElse("unchecked"))
                    .raw("\">");
            pre(html, "java", JavaSource.visible(code));
            if (!(node.getNext() instanceof FencedCodeBlock next && next.getInfo().toString().strip().equals("output"))) {
                result.filter(r -> r.status() == SnippetResult.Status.PASSED && !r.stdout().isEmpty())
                        .ifPresent(r -> output(html, r.stdout(), true));
            }
            html.raw("</div>");
            return;
        }
        pre(html, language, code);
    }

    private static void pre(HtmlWriter html, String language, String code) {
        html.raw("<pre><code");
        if (!language.isEmpty()) {
            html.raw(" class=\"language-").raw(Escape.html(language)).raw("\"");
        }
        html.raw(">").raw(Escape.html(code)).raw("</code></pre>");
        html.line();
    }

    private static void output(HtmlWriter html, String text, boolean verified) {
        html.raw("<div class=\"snippet-output\"><div class=\"snippet-output-label\">")
                .raw(verified ? "Output <span class=\"verified\">verified</span>" : "Output")
                .raw("</div><pre><code>").raw(Escape.html(text)).raw("</code></pre></div>");
        html.line();
    }

    private static FencedCodeBlock snippetBefore(FencedCodeBlock node) {
        Node previous = node.getPrevious();
        if (previous instanceof FencedCodeBlock fenced && fenced.getInfo().toString().strip().startsWith("java")) {
            return fenced;
        }
        return null;
    }

    private static Optional<SnippetResult> resultOf(PageContext page, FencedCodeBlock node) {
        return page == null ? Optional.empty() : find(page, node).flatMap(block -> page.results().of(block));
    }

    private static Optional<CodeBlock> find(PageContext page, FencedCodeBlock node) {
        int offset = node.getStartOffset();
        return page.markdown().codeBlocks().stream().filter(block -> block.offset() == offset).findFirst();
    }

    static final class Factory implements NodeRendererFactory {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return new CodeBlockRenderer();
        }
    }
}
