package dev.qa.model;


import java.util.List;

/** One line of code as it runs, and where its first character stands on disk. */
public record SourceLine(String text, Position at) {

    /** The text of the lines joined with {@code \n}, each line ended. */
    public static String join(List<SourceLine> lines) {
        StringBuilder out = new StringBuilder();
        for (SourceLine line : lines) {
            out.append(line.text()).append('\n');
        }
        return out.toString();
    }

    /** The position on disk of a character offset in {@link #join}{@code (lines)}. */
    public static Position positionOf(List<SourceLine> lines, int offset, Position fallback) {
        if (offset < 0) {
            return fallback;
        }
        int start = 0;
        for (SourceLine line : lines) {
            int end = start + line.text().length();
            if (offset <= end) {
                Position at = line.at();
                return new Position(at.file(), at.line(), at.column() + (offset - start));
            }
            start = end + 1;
        }
        return fallback;
    }
}
