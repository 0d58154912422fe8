package dev.qa.render;

import dev.qa.text.Escape;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import dev.qa.model.CodeBlock;
import dev.qa.model.Dependency;
import dev.qa.model.SnippetDependencies;
import java.util.List;
import dev.qa.model.Result;
import dev.qa.model.Snippet;
import dev.qa.model.SnippetAttributes;
import dev.qa.render.highlight.Highlighter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Renders fenced code, coloured at build time: Java snippets without their hidden lines, with the
 * output they really printed and a mark saying which Java checked them; an {@code output} block
 * right after a snippet becomes that snippet's output panel.
 */
final class CodeBlockRenderer implements NodeRenderer {
    private final Highlighter highlighter = new Highlighter();
    /** The check runs snippets on the JDK that runs the build, so this is the release that verified them. */
    private final int javaFeature = Runtime.version().feature();

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
    }

    private void render(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
        // flexmark's writer strips the indentation of every line it is given unless it is told it is
        // writing preformatted text; code (and the data-jsh attribute's lines) must keep theirs.
        html.openPre();
        try {
            renderBlock(node, html);
        } finally {
            html.closePre();
        }
    }

    private void renderBlock(FencedCodeBlock node, HtmlWriter html) {
        PageContext page = PageContext.KEY.get(node.getDocument());
        Optional<CodeBlock> block = page == null ? Optional.empty() : find(page, node);
        String info = node.getInfo().toString().strip();
        String language = block.map(CodeBlock::language).orElse(info.isEmpty() ? "" : info.split("\\s+")[0]);
        if (language.equals("output") && isSnippet(node.getPrevious())) {
            return; // drawn inside the snippet before it
        }
        Optional<Snippet> snippet = block.flatMap(b -> page.markdown().snippetAt(b.fence()));
        if (snippet.isPresent() && snippet.get().kind() == Snippet.Kind.JAVA) {
            snippet(page, snippet.get(), html);
            return;
        }
        code(html, language, node.getContentChars().normalizeEOL(), "");
    }

    private void snippet(PageContext page, Snippet snippet, HtmlWriter html) {
        Optional<Result> result = page.results().of(snippet);
        String forJShell = page.imports() + JShellScript.snippet(snippet, result);
        html.raw("<div class=\"snippet\" data-status=\"")
                .raw(result.map(r -> r.status().name().toLowerCase(Locale.ROOT)).orElse("unchecked")).raw("\"");
        // Only when it differs from what is shown: most snippets have no hidden lines, and pages stay small.
        if (!forJShell.equals(snippet.shown())) {
            html.raw(" data-jsh=\"").raw(Escape.html(forJShell)).raw("\"");
        }
        html.raw(">");
        code(html, "java", snippet.shown(), "");
        Optional<String> expected = snippet.expectedText();
        boolean passed = result.map(r -> r.status() == Result.Status.PASSED).orElse(false);
        Optional<String> shown = passed ? result.map(Result::stdout).filter(out -> !out.isEmpty()).or(() -> expected) : expected;
        String mark = mark(result, snippet.attributes()) + libraries(result, page.dependencies());
        if (shown.isPresent()) {
            html.raw("<div class=\"output\"><div class=\"output-label\">Output").raw(mark.isEmpty() ? "" : " " + mark).raw("</div>");
            code(html, "", shown.get(), "output-code");
            html.raw("</div>");
        } else if (!mark.isEmpty()) {
            html.raw("<div class=\"output-label\">").raw(mark).raw("</div>");
        }
        html.raw("</div>");
        html.line();
    }

    /** What the check says about the snippet, in the reader's words; empty when there was no check. */
    private String mark(Optional<Result> result, SnippetAttributes attributes) {
        if (result.isEmpty()) {
            return "";
        }
        return switch (result.get().status()) {
            case PASSED -> attributes.noRun() ? "<span class=\"verified\">compiles on Java " + javaFeature + "</span>"
                    : attributes.compileFail() ? "<span class=\"verified\">fails to compile, as meant, on Java " + javaFeature + "</span>"
                    : "<span class=\"verified\">verified on Java " + javaFeature + "</span>";
            case IGNORED -> "<span class=\"unverified\">not checked</span>";
            case SKIPPED -> "<span class=\"unverified\">not run on Java " + javaFeature + "</span>";
            case FAILED -> "<span class=\"unverified\">failed on Java " + javaFeature + "</span>";
        };
    }

    /**
     * The libraries a checked snippet ran with, after its mark ("verified on Java 17 with caffeine 3.3.1"),
     * each with its whole coordinate as a tooltip; nothing for a snippet of the JDK alone or one not run.
     */
    private static String libraries(Optional<Result> result, SnippetDependencies dependencies) {
        boolean ran = result.map(r -> r.status() == Result.Status.PASSED || r.status() == Result.Status.FAILED).orElse(false);
        if (!ran || dependencies.declared().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder(" <span class=\"libraries\">with ");
        List<Dependency> declared = dependencies.declared();
        for (int i = 0; i < declared.size(); i++) {
            Dependency dependency = declared.get(i);
            html.append(i == 0 ? "" : i == declared.size() - 1 ? " and " : ", ")
                    .append("<span class=\"library\" title=\"").append(Escape.html(dependency.coordinate())).append("\">")
                    .append(Escape.html(dependency.artifactId() + " " + dependency.version())).append("</span>");
        }
        return html.append("</span>").toString();
    }

    private void code(HtmlWriter html, String language, String code, String extraClass) {
        html.raw("<div class=\"code").raw(extraClass.isEmpty() ? "" : " " + extraClass).raw("\"");
        if (!language.isEmpty()) {
            html.raw(" data-lang=\"").raw(Escape.html(language)).raw("\"");
        }
        // tabindex: a block that scrolls sideways must be reachable by keyboard (WCAG 2.1.1, axe scrollable-region-focusable).
        html.raw("><pre tabindex=\"0\"><code");
        if (!language.isEmpty()) {
            html.raw(" class=\"language-").raw(Escape.html(language)).raw("\"");
        }
        html.raw(">").raw(highlighter.html(language, code)).raw("</code></pre></div>");
        html.line();
    }

    private static boolean isSnippet(Node previous) {
        return previous instanceof FencedCodeBlock fenced && fenced.getInfo().toString().strip().startsWith("java");
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
