package dev.qa.check.worker;

import java.util.ArrayList;
import java.util.List;

/**
 * How the text given to one {@code eval} maps back to the task's source, when qa wrapped or joined
 * pieces of it: every error is reported where the user wrote the code, not where qa moved it.
 */
final class SourceMap {
    private record Segment(int evalStart, int taskStart, int length) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Segment> segments = new ArrayList<>();

    static SourceMap of(Piece piece) {
        return new SourceMap().append(piece);
    }

    SourceMap append(Piece piece) {
        segments.add(new Segment(text.length(), piece.offset(), piece.text().length()));
        text.append(piece.text());
        return this;
    }

    /** Text qa adds around the user's code; it maps to the nearest code before it. */
    SourceMap add(String glue) {
        text.append(glue);
        return this;
    }

    String text() {
        return text.toString();
    }

    int toTask(int evalOffset) {
        Segment best = segments.isEmpty() ? null : segments.get(0);
        for (Segment segment : segments) {
            if (segment.evalStart() <= evalOffset) {
                best = segment;
            }
        }
        if (best == null) {
            return -1;
        }
        int within = Math.max(0, Math.min(evalOffset - best.evalStart(), best.length()));
        return best.taskStart() + within;
    }

    /** The task offset of the first character that is not white space on a 1-based line of the eval text. */
    int lineToTask(int line) {
        String source = text.toString();
        int offset = 0;
        for (int i = 1; i < line && offset >= 0; i++) {
            offset = source.indexOf('\n', offset);
            offset = offset < 0 ? -1 : offset + 1;
        }
        if (offset < 0) {
            return -1;
        }
        while (offset < source.length() && (source.charAt(offset) == ' ' || source.charAt(offset) == '\t')) {
            offset++;
        }
        return toTask(offset);
    }
}
