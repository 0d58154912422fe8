package dev.qa.model;

import java.util.List;
import java.util.Optional;

/**
 * One Java snippet (or jshell transcript) of a page, as load read it once for every later stage:
 * attributes parsed, {@code file=} and {@code region=} resolved, hidden lines and {@code package}
 * lines applied, the {@code output} block paired.
 *
 * @param fence    the opening fence in the markdown file: the snippet's identity in every report
 * @param kind     a Java snippet or a jshell transcript
 * @param code     the code as it runs, each line at its position on disk (hidden markers removed, a
 *                 {@code package} line blanked, includes resolved)
 * @param shown    the code as the page shows it: hidden lines left out, {@code ##} as {@code #}
 * @param jshell   the code as a reader pastes it into jshell (Copy for JShell, the page's {@code .jsh}):
 *                 hidden lines in, indentation kept, {@code package} lines gone
 * @param expected the {@code output} block right after it, if there is one
 * @param invalid  why the snippet cannot run (its markup is wrong); it is then never run
 */
public record Snippet(Position fence, Kind kind, SnippetAttributes attributes, List<SourceLine> code, String shown, String jshell,
                      Optional<List<SourceLine>> expected, Optional<Problem> invalid) {

    public enum Kind { JAVA, TRANSCRIPT }

    public Snippet {
        code = List.copyOf(code);
        expected = expected.map(List::copyOf);
    }

    /** The code joined with newlines, the text JShell is given. */
    public String source() {
        return SourceLine.join(code);
    }

    /** The expected output as text, each line ended; empty when there is no {@code output} block. */
    public Optional<String> expectedText() {
        return expected.map(SourceLine::join);
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
