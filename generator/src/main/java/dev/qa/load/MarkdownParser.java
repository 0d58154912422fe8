package dev.qa.load;

import java.nio.file.Path;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import dev.qa.model.Problem;
import dev.qa.text.UrlPolicy;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import dev.qa.markdown.MarkdownOptions;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.qa.model.CodeBlock;
import dev.qa.model.Markdown;
import dev.qa.model.Position;
import java.util.ArrayList;
import java.util.List;

/** Parses a markdown body with flexmark and records where every fenced code block stands on disk. */
final class MarkdownParser {
    private final Parser parser = Parser.builder(MarkdownOptions.forBlocks()).build();
    private final SnippetReader snippets;
    private final java.util.Optional<ParseStore> store;

    /** @param root the source folder, from which {@code file=} snippets are read */
    MarkdownParser(Path root) {
        this(root, java.util.Optional.empty());
    }

    /** A parser that first asks {@code store} for the parse of an unchanged file, and keeps what it parses there. */
    MarkdownParser(Path root, java.util.Optional<ParseStore> store) {
        this.snippets = new SnippetReader(root);
        this.store = store;
    }

    /**
     * Parses the text of {@code file} from {@code bodyOffset} on; positions are those of the file. The
     * parse tree is dropped once its code blocks and snippets are read: a site's trees would not fit
     * in memory at 10,000 pages, and render parses each body again when it renders it.
     */
    Markdown parse(SourceFile file, int bodyOffset) {
        java.util.Optional<Markdown> stored = store.flatMap(kept -> kept.get(file));
        if (stored.isPresent()) {
            return stored.get();
        }
        Markdown parsed = parseNow(file, bodyOffset);
        store.ifPresent(kept -> kept.put(file, parsed));
        return parsed;
    }

    private Markdown parseNow(SourceFile file, int bodyOffset) {
        String body = file.text().substring(bodyOffset);
        Document document = parser.parse(body);
        List<FencedCodeBlock> fenced = new ArrayList<>();
        collect(document, fenced);
        List<CodeBlock> blocks = new ArrayList<>(fenced.size());
        List<Position> infoAt = new ArrayList<>(fenced.size());
        for (FencedCodeBlock block : fenced) {
            blocks.add(codeBlock(block, file, bodyOffset));
            infoAt.add(file.position(bodyOffset + block.getInfo().getStartOffset()));
        }
        return new Markdown(file.path(), file.position(bodyOffset).line(), body, blocks, snippets.read(fenced, blocks, infoAt),
                refusedUrls(document, file, bodyOffset));
    }

    /** Every link, image, autolink and reference definition whose URL qa does not publish, at its place. */
    private static List<Problem> refusedUrls(Document document, SourceFile file, int bodyOffset) {
        List<Problem> problems = new ArrayList<>();
        new NodeVisitor(
                new VisitHandler<>(Link.class, link -> refuse(link.getUrl().toString(), false, link, file, bodyOffset, problems)),
                new VisitHandler<>(Image.class, image -> refuse(image.getUrl().toString(), true, image, file, bodyOffset, problems)),
                new VisitHandler<>(AutoLink.class, link -> refuse(link.getUrl().toString(), false, link, file, bodyOffset, problems)),
                new VisitHandler<>(Reference.class, reference -> refuse(reference.getUrl().toString(), false, reference, file, bodyOffset, problems)))
                .visit(document);
        return problems;
    }

    private static void refuse(String url, boolean image, Node node, SourceFile file, int bodyOffset, List<Problem> problems) {
        (image ? UrlPolicy.refuseImage(url) : UrlPolicy.refuseLink(url))
                .ifPresent(refusal -> problems.add(Problem.at(file.position(bodyOffset + node.getStartOffset()), refusal, UrlPolicy.hint(image))));
    }

    private static void collect(Node node, List<FencedCodeBlock> fenced) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FencedCodeBlock block) {
                fenced.add(block);
            } else {
                collect(child, fenced);
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
