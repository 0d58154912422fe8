package dev.qa.model;

import java.util.List;

/**
 * A fenced code block as written in a markdown file.
 *
 * @param info     the whole info string after the fence ({@code java no-run timeout=5s})
 * @param fence    the position of the opening fence in the file on disk
 * @param lines    the code lines, each with the position of its first character on disk
 * @param offset   the block's start offset in the parsed markdown, to find it again when rendering
 */
public record CodeBlock(String info, Position fence, List<CodeLine> lines, int offset) {

    public CodeBlock {
        lines = List.copyOf(lines);
    }

    /** The first word of the info string: {@code java}, {@code output}, {@code js} ... */
    public String language() {
        String trimmed = info.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        for (CodeLine line : lines) {
            out.append(line.text()).append('\n');
        }
        return out.toString();
    }

    /** One line of code and where its first character stands in the file on disk. */
    public record CodeLine(String text, int line, int column) {
    }
}
