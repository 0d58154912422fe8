package dev.qa.check;

import dev.qa.model.Position;
import java.util.List;
import java.util.Optional;

/**
 * One snippet of a page, ready to run.
 *
 * @param fence    the opening fence in the markdown file: the snippet's identity in every report
 * @param kind     a Java snippet or a jshell transcript
 * @param code     the code as it runs (hidden markers and package lines removed, includes resolved)
 * @param expected the {@code output} block right after it, if there is one
 */
public record Snippet(Position fence, Kind kind, SnippetAttributes attributes, List<SourceLine> code,
                      Optional<List<SourceLine>> expected) {

    public enum Kind { JAVA, TRANSCRIPT }

    public Snippet {
        code = List.copyOf(code);
    }

    /** The code joined with newlines, the text JShell is given. */
    public String source() {
        StringBuilder out = new StringBuilder();
        for (SourceLine line : code) {
            out.append(line.text()).append('\n');
        }
        return out.toString();
    }

    /** The position on disk of a character offset in {@link #source()}. */
    public Position positionOf(int offset) {
        return SourceLine.positionOf(code, offset, firstLine());
    }

    /** Where the code starts: its first line, or the fence when it has none. */
    public Position firstLine() {
        return code.isEmpty() ? fence : code.get(0).at();
    }
}
