package dev.qa.load;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import dev.qa.model.CodeBlock;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import dev.qa.model.Snippet;
import dev.qa.model.SnippetAttributes;
import dev.qa.model.SourceLine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the snippets of a page once, for every later stage: fences whose info string starts with
 * {@code java} or {@code jshell}, with their attributes, includes, hidden lines and {@code output}
 * blocks, each line keeping its position on disk. The rules of the snippet syntax live here and
 * nowhere else: check runs {@link Snippet#code()}, render shows {@link Snippet#shown()}.
 */
final class SnippetReader {
    private static final String OUTPUT = "output";

    private final AttributeParser attributes = new AttributeParser();
    private final IncludedSource includes;

    SnippetReader(Path root) {
        this.includes = new IncludedSource(root);
    }

    /**
     * @param fenced    the fenced blocks of the parse tree, in document order
     * @param blocks    the same blocks as load recorded them (same order)
     * @param infoAt    where each block's info string starts on disk
     */
    List<Snippet> read(List<FencedCodeBlock> fenced, List<CodeBlock> blocks, List<Position> infoAt) {
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            CodeBlock block = blocks.get(i);
            if (isSnippet(block)) {
                Optional<CodeBlock> output = i + 1 < blocks.size() && fenced.get(i).getNext() == fenced.get(i + 1)
                        && blocks.get(i + 1).info().strip().equals(OUTPUT) ? Optional.of(blocks.get(i + 1)) : Optional.empty();
                snippets.add(snippet(block, infoAt.get(i), output));
            }
        }
        return snippets;
    }

    private Snippet snippet(CodeBlock block, Position infoAt, Optional<CodeBlock> output) {
        Snippet.Kind kind = block.language().equals("jshell") ? Snippet.Kind.TRANSCRIPT : Snippet.Kind.JAVA;
        List<SourceLine> written = block.lines().stream()
                .map(line -> new SourceLine(line.text(), new Position(block.fence().file(), line.line(), line.column())))
                .toList();
        Optional<List<SourceLine>> expected = output.map(out -> out.lines().stream()
                .map(line -> new SourceLine(line.text(), new Position(out.fence().file(), line.line(), line.column())))
                .toList());
        AttributeParser.Parsed parsed = attributes.parse(block.info(), infoAt);
        if (!parsed.problems().isEmpty()) {
            return invalid(block, kind, written, expected, parsed.problems().get(0));
        }
        SnippetAttributes attrs = parsed.attributes();
        List<SourceLine> code = written;
        if (attrs.file().isPresent()) {
            if (written.stream().anyMatch(line -> !line.text().isBlank())) {
                return invalid(block, kind, written, expected, Problem.at(infoAt, "a snippet with file= must have an empty body",
                        "remove the code between the fences, or remove file="));
            }
            IncludedSource.Included included = includes.read(attrs.file().get(), attrs.region(), infoAt);
            if (included.problem().isPresent()) {
                return invalid(block, kind, written, expected, included.problem().get());
            }
            code = included.lines();
        }
        if (kind == Snippet.Kind.TRANSCRIPT) {
            return new Snippet(block.fence(), kind, attrs, code, SourceLine.join(code), SourceLine.join(code), expected, Optional.empty());
        }
        return new Snippet(block.fence(), kind, attrs, HiddenLines.runnable(code), HiddenLines.shown(code), HiddenLines.forJShell(code),
                expected, Optional.empty());
    }

    private static Snippet invalid(CodeBlock block, Snippet.Kind kind, List<SourceLine> written,
                                   Optional<List<SourceLine>> expected, Problem problem) {
        boolean java = kind == Snippet.Kind.JAVA;
        return new Snippet(block.fence(), kind, SnippetAttributes.none(), written,
                java ? HiddenLines.shown(written) : SourceLine.join(written),
                java ? HiddenLines.forJShell(written) : SourceLine.join(written), expected, Optional.of(problem));
    }

    static boolean isSnippet(CodeBlock block) {
        String language = block.language();
        return language.equals("java") || language.equals("jshell");
    }
}
