package dev.qa.load;

import dev.qa.model.Position;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The text of one source file with an index of its line starts, so that any character offset maps
 * to the line and column a user sees in an editor (CRLF files included).
 *
 * @param path the file relative to the source folder
 */
public record SourceFile(Path path, String text, int[] lineStarts) {

    public static SourceFile of(Path path, String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new SourceFile(path, text, Arrays.copyOf(starts, count));
    }

    /** The 1-based line and column of a character offset. */
    public Position position(int offset) {
        int index = Arrays.binarySearch(lineStarts, offset);
        int line = index >= 0 ? index : -index - 2;
        return new Position(path, line + 1, offset - lineStarts[line] + 1);
    }

    public Position line(int line) {
        return new Position(path, line, 1);
    }

    /** The text of a 1-based line without its line ending. */
    public String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    public int lineCount() {
        return lineStarts.length;
    }
}
