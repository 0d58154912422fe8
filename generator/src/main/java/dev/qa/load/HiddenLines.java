package dev.qa.load;

import dev.qa.model.Position;
import dev.qa.model.SourceLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The line rules of a Java snippet, written once: a line starting with {@code # } (after its
 * indentation) runs but is not shown, {@code ##} shows a literal {@code #}, and a {@code package}
 * line is dropped because JShell has no packages.
 */
final class HiddenLines {
    private static final Pattern PACKAGE = Pattern.compile("package\\s+[\\w.]+\\s*;\\s*");

    private HiddenLines() {
    }

    /** The code as it runs: hidden lines in without their marker, a package line blank; positions kept. */
    static List<SourceLine> runnable(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>();
        for (SourceLine line : lines) {
            String text = line.text();
            String trimmed = text.stripLeading();
            String indent = text.substring(0, text.length() - trimmed.length());
            Position at = line.at();
            // Columns stay those of the file: the text starts after the marker, and its position moves with it.
            if (trimmed.equals("#")) {
                out.add(new SourceLine("", at));
            } else if (hidden(trimmed)) {
                out.add(new SourceLine(trimmed.substring(2), shift(at, indent.length() + 2)));
            } else if (trimmed.startsWith("##")) {
                out.add(new SourceLine(trimmed.substring(1), shift(at, indent.length() + 1)));
            } else if (PACKAGE.matcher(trimmed).matches()) {
                out.add(new SourceLine("", at));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** The code as a reader pastes it into jshell: hidden lines in, indentation kept, package lines gone. */
    static String forJShell(List<SourceLine> lines) {
        StringBuilder out = new StringBuilder();
        for (SourceLine line : lines) {
            String text = line.text();
            String trimmed = text.stripLeading();
            String indent = text.substring(0, text.length() - trimmed.length());
            if (hidden(trimmed)) {
                out.append(trimmed.length() > 2 ? indent + trimmed.substring(2) : "").append('\n');
            } else if (!PACKAGE.matcher(trimmed).matches()) {
                out.append(trimmed.startsWith("##") ? indent + trimmed.substring(1) : text).append('\n');
            }
        }
        return out.toString();
    }

    /** The code as the page shows it: hidden lines left out, {@code ##} as {@code #}, indentation kept. */
    static String shown(List<SourceLine> lines) {
        StringBuilder out = new StringBuilder();
        for (SourceLine line : lines) {
            String text = line.text();
            String trimmed = text.stripLeading();
            if (hidden(trimmed)) {
                continue;
            }
            String indent = text.substring(0, text.length() - trimmed.length());
            out.append(trimmed.startsWith("##") ? indent + trimmed.substring(1) : text).append('\n');
        }
        return out.toString();
    }

    private static Position shift(Position at, int columns) {
        return new Position(at.file(), at.line(), at.column() + columns);
    }

    private static boolean hidden(String trimmed) {
        return trimmed.startsWith("# ") || trimmed.equals("#");
    }
}
