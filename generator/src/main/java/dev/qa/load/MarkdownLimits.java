package dev.qa.load;

import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.util.Optional;

/**
 * Limits a markdown file must keep before it is parsed, so that no input can make the parser recurse
 * past the stack, run out of memory or take super-linear time: a size, a nesting depth of block
 * quotes and indentation (what lists nest by), and a longest run of emphasis markers. Real answers
 * stay far below every one of them.
 */
final class MarkdownLimits {
    static final int MAX_BYTES = 1 << 20;
    static final int MAX_QUOTE_DEPTH = 32;
    static final int MAX_INDENT = 160;
    static final int MAX_MARKER_RUN = 1_000;

    private MarkdownLimits() {
    }

    /** The first limit the body of {@code file} (from {@code bodyOffset} on) breaks, at its place. */
    static Optional<Problem> check(SourceFile file, int bodyOffset) {
        String text = file.text();
        if (text.length() > MAX_BYTES) {
            return Optional.of(Problem.at(file.line(1), "the file has " + text.length() / 1024 + " KiB of text; qa reads files up to "
                    + MAX_BYTES / 1024 + " KiB", "split the answer into questions, or move data out of it"));
        }
        int lineStart = bodyOffset;
        boolean inFence = false;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int quotes = 0;
            int indent = 0;
            int i = lineStart;
            for (; i < lineEnd; i++) {
                char c = text.charAt(i);
                if (c == '>' || (c == '-' || c == '*' || c == '+') && i + 1 < lineEnd && text.charAt(i + 1) == ' ') {
                    // A quote marker, or a list marker: "- - - x" nests three lists on one line.
                    quotes++;
                    indent = 0;
                } else if (c == ' ') {
                    indent++;
                } else if (c == '\t') {
                    indent += 4 - indent % 4;
                } else {
                    break;
                }
            }
            if (text.startsWith("```", i) || text.startsWith("~~~", i)) {
                inFence = !inFence;
            }
            if (quotes > MAX_QUOTE_DEPTH) {
                return Optional.of(problem(file, lineStart, "block quotes or lists are nested " + quotes + " deep on one line; qa reads up to "
                        + MAX_QUOTE_DEPTH, "flatten the nesting"));
            }
            if (!inFence && indent > MAX_INDENT && i < lineEnd) {
                return Optional.of(problem(file, lineStart, "the line is indented " + indent + " columns; qa reads lists and blocks nested up to "
                        + MAX_INDENT + " columns deep", "flatten the nesting"));
            }
            if (!inFence) {
                Optional<Problem> run = markerRun(file, text, i, lineEnd);
                if (run.isPresent()) {
                    return run;
                }
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    private static Optional<Problem> markerRun(SourceFile file, String text, int from, int to) {
        int run = 0;
        char previous = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            run = (c == previous) ? run + 1 : 1;
            previous = c;
            if ((c == '*' || c == '_' || c == '[' || c == ']' || c == '`' || c == '~') && run > MAX_MARKER_RUN) {
                return Optional.of(problem(file, i - run + 1, "a run of " + MAX_MARKER_RUN + "+ '" + c + "' characters; qa reads runs of "
                        + "markup characters up to " + MAX_MARKER_RUN, "write fewer, or put them in a code block"));
            }
        }
        return Optional.empty();
    }

    private static Problem problem(SourceFile file, int offset, String message, String hint) {
        Position at = file.position(offset);
        return Problem.at(at, message, hint);
    }
}
