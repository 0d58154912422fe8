package dev.qa.model;

import com.vladsch.flexmark.util.ast.Document;
import java.nio.file.Path;
import java.util.List;

/**
 * A parsed markdown body.
 *
 * @param file       the markdown file, relative to the source folder
 * @param firstLine  the line of the file on which {@code source} starts (after the front matter)
 * @param source     the markdown text as it was parsed (without front matter)
 * @param document   the flexmark tree; read-only after loading
 * @param codeBlocks every fenced code block, in document order, with positions on disk
 */
public record Markdown(Path file, int firstLine, String source, Document document, List<CodeBlock> codeBlocks) {

    public Markdown {
        codeBlocks = List.copyOf(codeBlocks);
    }

    /** The position in the file on disk of a character offset in {@code source}. */
    public Position position(int offset) {
        int line = firstLine;
        int lineStart = 0;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(file, line, offset - lineStart + 1);
    }

    public boolean isBlank() {
        return source.isBlank();
    }
}
