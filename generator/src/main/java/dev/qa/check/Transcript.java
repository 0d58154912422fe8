package dev.qa.check;

import dev.qa.model.Snippet;
import dev.qa.model.SourceLine;

import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code jshell} block read as a session of the jshell tool: {@code jshell> } inputs (continued by
 * {@code ...> } lines), each followed by what jshell showed for it.
 */
record Transcript(List<Entry> entries) {
    private static final String PROMPT = "jshell>";
    private static final String CONTINUATION = "...>";

    /** One input and the lines expected after it. */
    record Entry(List<SourceLine> input, List<SourceLine> expected) {
        String source() {
            return SourceLine.join(input);
        }
    }

    /** The transcript, or why it is not one. */
    static Result parse(Snippet snippet) {
        List<Entry> entries = new ArrayList<>();
        List<SourceLine> input = null;
        List<SourceLine> expected = null;
        boolean continuing = false;
        for (SourceLine line : snippet.code()) {
            String text = line.text();
            String trimmed = text.stripLeading();
            int indent = text.length() - trimmed.length();
            if (trimmed.startsWith(PROMPT)) {
                if (input != null) {
                    entries.add(new Entry(input, expected));
                }
                input = new ArrayList<>();
                expected = new ArrayList<>();
                input.add(after(line, indent + PROMPT.length()));
                continuing = true;
            } else if (continuing && trimmed.startsWith(CONTINUATION)) {
                input.add(after(line, indent + CONTINUATION.length()));
            } else if (input == null) {
                if (!text.isBlank()) {
                    return new Result(Optional.empty(), Optional.of(Problem.at(line.at(),
                            "a jshell transcript must start with a `jshell>` prompt",
                            "write each input as `jshell> code` and what jshell shows on the lines after it")));
                }
            } else {
                continuing = false;
                expected.add(line);
            }
        }
        if (input != null) {
            entries.add(new Entry(input, expected));
        }
        return new Result(Optional.of(new Transcript(entries)), Optional.empty());
    }

    record Result(Optional<Transcript> transcript, Optional<Problem> problem) {
    }

    /** The rest of the line after a prompt, and the position of its first character (one space after the prompt is the prompt's). */
    private static SourceLine after(SourceLine line, int prompt) {
        String rest = line.text().substring(prompt);
        int skip = rest.startsWith(" ") ? 1 : 0;
        Position at = line.at();
        return new SourceLine(rest.substring(skip), new Position(at.file(), at.line(), at.column() + prompt + skip));
    }
}
