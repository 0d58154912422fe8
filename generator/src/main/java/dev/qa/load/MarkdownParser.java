package dev.qa.load;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.qa.model.CodeBlock;
import dev.qa.model.Markdown;
import dev.qa.model.Position;
import java.util.ArrayList;
import java.util.List;

/** Parses a markdown body with flexmark and records where every fenced code block stands on disk. */
public final class MarkdownParser {
    private final Parser parser = Parser.builder(MarkdownOptions.create()).build();

    /** Parses the text of {@code file} from {@code bodyOffset} on; positions are those of the file. */
    public Markdown parse(SourceFile file, int bodyOffset) {
        String body = file.text().substring(bodyOffset);
        Document document = parser.parse(body);
        List<CodeBlock> blocks = new ArrayList<>();
        collect(document, file, bodyOffset, blocks);
        return new Markdown(file.path(), file.position(bodyOffset).line(), body, document, blocks);
    }

    private static void collect(Node node, SourceFile file, int bodyOffset, List<CodeBlock> blocks) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock fenced) {
                blocks.add(codeBlock(fenced, file, bodyOffset));
            } else {
                collect(child, file, bodyOffset, blocks);
            }
        }
    }

    private static CodeBlock codeBlock(FencedCodeBlock fenced, SourceFile file, int bodyOffset) {
        Position fence = file.position(bodyOffset + fenced.getOpeningMarker().getStartOffset());
        List<CodeBlock.CodeLine> lines = new ArrayList<>();
        for (BasedSequence line : fenced.getContentLines()) {
            Position at = file.position(bodyOffset + line.getStartOffset());
            lines.add(new CodeBlock.CodeLine(stripLineEnd(line.toString()), at.line(), at.column()));
        }
        return new CodeBlock(fenced.getInfo().toString(), fence, lines, fenced.getStartOffset());
    }

    private static String stripLineEnd(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\n' || line.charAt(end - 1) == '\r')) {
            end--;
        }
        return line.substring(0, end);
    }
}
