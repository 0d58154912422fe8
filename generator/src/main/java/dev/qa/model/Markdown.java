package dev.qa.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A markdown body: its text and what load found in it. Plain data: later stages that need a parse
 * tree (render) parse {@code source} again with the same options, so offsets agree.
 *
 * @param file       the markdown file, relative to the source folder
 * @param firstLine  the line of the file on which {@code source} starts (after the front matter)
 * @param source     the markdown text as it was parsed (without front matter)
 * @param codeBlocks every fenced code block, in document order, with positions on disk
 * @param snippets   the Java snippets and jshell transcripts among them, in order
 * @param problems   what is wrong in the body itself (a link qa does not publish), each at its place
 */
public record Markdown(Path file, int firstLine, String source, List<CodeBlock> codeBlocks, List<Snippet> snippets,
                       List<Problem> problems) {

    public Markdown {
        codeBlocks = List.copyOf(codeBlocks);
        snippets = List.copyOf(snippets);
        problems = List.copyOf(problems);
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

    /** The snippet that opens at this fence, if the block there is one. */
    public Optional<Snippet> snippetAt(Position fence) {
        return snippets.stream().filter(snippet -> snippet.fence().equals(fence)).findFirst();
    }

    /** The same body with its snippets left out: what a check that must not run them sees. */
    public Markdown withoutSnippets() {
        return new Markdown(file, firstLine, source, codeBlocks, List.of(), problems);
    }
}
