package dev.qa.check;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.qa.model.CodeBlock;
import dev.qa.model.Markdown;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import dev.qa.model.Site;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the snippets of every page in the flexmark tree the load stage built: fences whose info
 * string starts with {@code java} or {@code jshell}, with their attributes, hidden lines, includes
 * and {@code output} blocks, each line keeping its position on disk.
 */
public final class SnippetExtractor {
    private static final String OUTPUT = "output";

    private final AttributeParser attributes = new AttributeParser();
    private final IncludedSource includes;

    public SnippetExtractor(java.nio.file.Path root) {
        this.includes = new IncludedSource(root);
    }

    /**
     * @param pages    the pages with snippets that can run
     * @param invalid  snippets that cannot run because of their markup, by fence, with the reason
     */
    public record Extracted(List<PageSnippets> pages, Map<Position, Problem> invalid) {
    }

    public Extracted extract(Site site) {
        List<PageSnippets> pages = new ArrayList<>();
        Map<Position, Problem> invalid = new LinkedHashMap<>();
        site.bodies().forEach(body -> {
            List<Snippet> snippets = extract(body, invalid);
            if (!snippets.isEmpty() || body.codeBlocks().stream().anyMatch(SnippetExtractor::isSnippet)) {
                pages.add(new PageSnippets(body.file(), snippets));
            }
        });
        return new Extracted(pages, invalid);
    }

    List<Snippet> extract(Markdown body, Map<Position, Problem> invalid) {
        Map<Integer, FencedCodeBlock> nodes = new HashMap<>();
        collect(body.document(), nodes);
        Map<Integer, CodeBlock> blocks = new HashMap<>();
        body.codeBlocks().forEach(block -> blocks.put(block.offset(), block));
        List<Snippet> snippets = new ArrayList<>();
        for (CodeBlock block : body.codeBlocks()) {
            if (!isSnippet(block)) {
                continue;
            }
            FencedCodeBlock node = nodes.get(block.offset());
            Position infoAt = node == null ? block.fence() : body.position(node.getInfo().getStartOffset());
            AttributeParser.Parsed parsed = attributes.parse(block.info(), infoAt);
            if (!parsed.problems().isEmpty()) {
                invalid.put(block.fence(), parsed.problems().get(0));
                continue;
            }
            SnippetAttributes attrs = parsed.attributes();
            Snippet.Kind kind = block.language().equals("jshell") ? Snippet.Kind.TRANSCRIPT : Snippet.Kind.JAVA;
            List<SourceLine> code;
            if (attrs.file().isPresent()) {
                if (block.lines().stream().anyMatch(line -> !line.text().isBlank())) {
                    invalid.put(block.fence(), Problem.at(infoAt, "a snippet with file= must have an empty body",
                            "remove the code between the fences, or remove file="));
                    continue;
                }
                IncludedSource.Included included = includes.read(attrs.file().get(), attrs.region(), infoAt);
                if (included.problem().isPresent()) {
                    invalid.put(block.fence(), included.problem().get());
                    continue;
                }
                code = included.lines();
            } else {
                code = block.lines().stream()
                        .map(line -> new SourceLine(line.text(), new Position(body.file(), line.line(), line.column())))
                        .toList();
            }
            if (kind == Snippet.Kind.JAVA) {
                code = runnable(code);
            }
            snippets.add(new Snippet(block.fence(), kind, attrs, code, expectedOutput(node, blocks, body)));
        }
        return snippets;
    }

    private static boolean isSnippet(CodeBlock block) {
        String language = block.language();
        return language.equals("java") || language.equals("jshell");
    }

    /** Hidden {@code # } markers removed, {@code ##} turned into {@code #}, {@code package} lines dropped. */
    static List<SourceLine> runnable(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = line.text();
            String trimmed = text.stripLeading();
            int indent = text.length() - trimmed.length();
            Position at = line.at();
            if (trimmed.equals("#")) {
                out.add(new SourceLine("", at));
            } else if (trimmed.startsWith("# ")) {
                out.add(new SourceLine(trimmed.substring(2), shift(at, indent + 2)));
            } else if (trimmed.startsWith("##")) {
                out.add(new SourceLine(trimmed.substring(1), shift(at, indent + 1)));
            } else if (trimmed.matches("package\\s+[\\w.]+\\s*;\\s*")) {
                // A snippet copied from a source file keeps working: JShell has no packages.
                out.add(new SourceLine("", at));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static Position shift(Position at, int columns) {
        return new Position(at.file(), at.line(), at.column() + columns);
    }

    private static Optional<List<SourceLine>> expectedOutput(FencedCodeBlock node, Map<Integer, CodeBlock> blocks, Markdown body) {
        if (node == null || !(node.getNext() instanceof FencedCodeBlock next)
                || !next.getInfo().toString().strip().equals(OUTPUT)) {
            return Optional.empty();
        }
        CodeBlock output = blocks.get(next.getStartOffset());
        if (output == null) {
            return Optional.empty();
        }
        List<SourceLine> lines = output.lines().stream()
                .map(line -> new SourceLine(line.text(), new Position(body.file(), line.line(), line.column())))
                .toList();
        return Optional.of(lines);
    }

    private static void collect(Node node, Map<Integer, FencedCodeBlock> nodes) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock fenced) {
                nodes.put(fenced.getStartOffset(), fenced);
            } else {
                collect(child, nodes);
            }
        }
    }
}
