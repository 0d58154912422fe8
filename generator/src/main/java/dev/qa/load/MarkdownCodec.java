package dev.qa.load;

import dev.qa.model.CodeBlock;
import dev.qa.model.Markdown;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import dev.qa.model.Snippet;
import dev.qa.model.SnippetAttributes;
import dev.qa.model.SourceLine;
import dev.qa.text.DataText;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A parsed markdown body as bytes and back, for the parse store. Every record is rebuilt through its
 * canonical constructor, so a component added to the model does not compile here until it is stored too.
 */
final class MarkdownCodec {
    private MarkdownCodec() {
    }

    static void write(DataOutputStream out, Markdown body) throws IOException {
        text(out, body.file().toString());
        out.writeInt(body.firstLine());
        text(out, body.source());
        out.writeInt(body.codeBlocks().size());
        for (CodeBlock block : body.codeBlocks()) {
            text(out, block.info());
            position(out, block.fence());
            out.writeInt(block.lines().size());
            for (CodeBlock.CodeLine line : block.lines()) {
                text(out, line.text());
                out.writeInt(line.line());
                out.writeInt(line.column());
            }
            out.writeInt(block.offset());
        }
        out.writeInt(body.snippets().size());
        for (Snippet snippet : body.snippets()) {
            snippet(out, snippet);
        }
        problems(out, body.problems());
    }

    static Markdown read(DataInputStream in) throws IOException {
        Path file = Path.of(text(in));
        int firstLine = in.readInt();
        String source = text(in);
        int blocks = count(in);
        List<CodeBlock> codeBlocks = new ArrayList<>(blocks);
        for (int i = 0; i < blocks; i++) {
            String info = text(in);
            Position fence = position(in);
            int count = count(in);
            List<CodeBlock.CodeLine> lines = new ArrayList<>(count);
            for (int l = 0; l < count; l++) {
                lines.add(new CodeBlock.CodeLine(text(in), in.readInt(), in.readInt()));
            }
            codeBlocks.add(new CodeBlock(info, fence, lines, in.readInt()));
        }
        int count = count(in);
        List<Snippet> snippets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            snippets.add(snippet(in));
        }
        return new Markdown(file, firstLine, source, codeBlocks, snippets, problems(in));
    }

    private static void snippet(DataOutputStream out, Snippet snippet) throws IOException {
        position(out, snippet.fence());
        text(out, snippet.kind().name());
        SnippetAttributes a = snippet.attributes();
        out.writeBoolean(a.ignore());
        out.writeBoolean(a.noRun());
        out.writeBoolean(a.compileFail());
        out.writeBoolean(a.expectsThrow());
        optional(out, a.throwsName());
        out.writeBoolean(a.reset());
        optional(out, a.timeout().map(timeout -> Long.toString(timeout.toNanos())));
        optional(out, a.requires().isPresent() ? Optional.of(Integer.toString(a.requires().getAsInt())) : Optional.empty());
        optional(out, a.file());
        optional(out, a.region());
        lines(out, snippet.code());
        text(out, snippet.shown());
        text(out, snippet.jshell());
        out.writeBoolean(snippet.expected().isPresent());
        if (snippet.expected().isPresent()) {
            lines(out, snippet.expected().get());
        }
        problems(out, snippet.invalid().stream().toList());
    }

    private static Snippet snippet(DataInputStream in) throws IOException {
        Position fence = position(in);
        Snippet.Kind kind = Snippet.Kind.valueOf(text(in));
        SnippetAttributes attributes = new SnippetAttributes(in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean(),
                optional(in), in.readBoolean(), optional(in).map(nanos -> Duration.ofNanos(Long.parseLong(nanos))),
                optional(in).map(value -> OptionalInt.of(Integer.parseInt(value))).orElse(OptionalInt.empty()), optional(in), optional(in));
        List<SourceLine> code = lines(in);
        String shown = text(in);
        String jshell = text(in);
        Optional<List<SourceLine>> expected = in.readBoolean() ? Optional.of(lines(in)) : Optional.empty();
        Optional<Problem> invalid = problems(in).stream().findFirst();
        return new Snippet(fence, kind, attributes, code, shown, jshell, expected, invalid);
    }

    private static void lines(DataOutputStream out, List<SourceLine> lines) throws IOException {
        out.writeInt(lines.size());
        for (SourceLine line : lines) {
            text(out, line.text());
            position(out, line.at());
        }
    }

    private static List<SourceLine> lines(DataInputStream in) throws IOException {
        int count = count(in);
        List<SourceLine> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(new SourceLine(text(in), position(in)));
        }
        return lines;
    }

    private static void problems(DataOutputStream out, List<Problem> problems) throws IOException {
        out.writeInt(problems.size());
        for (Problem problem : problems) {
            position(out, problem.at());
            text(out, problem.message());
            text(out, problem.hint());
        }
    }

    private static List<Problem> problems(DataInputStream in) throws IOException {
        int count = count(in);
        List<Problem> problems = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            problems.add(new Problem(position(in), text(in), text(in)));
        }
        return problems;
    }

    private static void position(DataOutputStream out, Position at) throws IOException {
        DataText.writePosition(out, at);
    }

    private static Position position(DataInputStream in) throws IOException {
        return DataText.readPosition(in, "parse store");
    }

    private static void optional(DataOutputStream out, Optional<String> value) throws IOException {
        out.writeBoolean(value.isPresent());
        if (value.isPresent()) {
            text(out, value.get());
        }
    }

    private static Optional<String> optional(DataInputStream in) throws IOException {
        return in.readBoolean() ? Optional.of(text(in)) : Optional.empty();
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 10_000_000) {
            throw new IOException("damaged parse store: a list of " + count);
        }
        return count;
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        DataText.write(out, text);
    }

    private static String text(DataInputStream in) throws IOException {
        return DataText.read(in, "parse store");
    }
}
