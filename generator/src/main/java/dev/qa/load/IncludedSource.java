package dev.qa.load;

import dev.qa.model.SourceLine;

import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the code of a {@code file=} snippet from {@code snippets/}, or one {@code region=} of it marked
 * as JEP 413 does: {@code // @start region="name"} ... {@code // @end}.
 */
final class IncludedSource {
    static final String FOLDER = "snippets";
    private static final Pattern START = Pattern.compile("//\\s*@start\\s+region\\s*=\\s*\"?([\\w.-]+)\"?\\s*$");
    private static final Pattern END = Pattern.compile("//\\s*@end(\\s+region\\s*=\\s*\"?([\\w.-]+)\"?)?\\s*$");

    private final Path root;

    IncludedSource(Path root) {
        this.root = root;
    }

    /** The lines of the file or region with their positions in that file, or why they cannot be read. */
    record Included(List<SourceLine> lines, Optional<Problem> problem) {
        static Included failure(Position at, String message, String hint) {
            return new Included(List.of(), Optional.of(Problem.at(at, message, hint)));
        }
    }

    Included read(String name, Optional<String> region, Position at) {
        Path relative;
        try {
            relative = Path.of(name).normalize();
        } catch (InvalidPathException e) {
            return Included.failure(at, "file=" + name + " is not a path", "write for example `file=snippets/Example.java`");
        }
        Path folder = root.resolve(FOLDER).normalize();
        Path file = root.resolve(relative).normalize();
        if (relative.isAbsolute() || !relative.startsWith(FOLDER) || !file.startsWith(folder)) {
            return Included.failure(at, "file=" + name + " is outside snippets/",
                    "put the file under snippets/ and write its path from the source folder, e.g. `file=snippets/Example.java`");
        }
        if (!Files.isRegularFile(file)) {
            return Included.failure(at, "file=" + name + " does not exist", "create " + name + " or fix the path");
        }
        List<String> text;
        try {
            if (!file.toRealPath().startsWith(folder.toRealPath())) {
                return Included.failure(at, "file=" + name + " leads outside snippets/", "do not link out of snippets/");
            }
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return Included.failure(at, name + " is not valid UTF-8", "save the file as UTF-8");
        } catch (IOException e) {
            return Included.failure(at, "cannot read " + name + ": " + e.getMessage(), "check that the file is readable");
        }
        Path shown = root.relativize(file);
        List<SourceLine> lines = new ArrayList<>();
        if (region.isEmpty()) {
            for (int i = 0; i < text.size(); i++) {
                lines.add(new SourceLine(stripBom(text.get(i), i), new Position(shown, i + 1, i == 0 && text.get(0).startsWith("\uFEFF") ? 2 : 1)));
            }
            return new Included(lines, Optional.empty());
        }
        int start = -1;
        int depth = 0;
        for (int i = 0; i < text.size(); i++) {
            String line = text.get(i).strip();
            Matcher opens = START.matcher(line);
            boolean isStart = opens.find();
            if (start < 0) {
                if (isStart && opens.group(1).equals(region.get())) {
                    start = i;
                }
                continue;
            }
            if (isStart) {
                depth++;
            } else if (END.matcher(line).find()) {
                // A plain `// @end` closes the innermost open region, as in JEP 413.
                if (depth == 0) {
                    return new Included(lines, Optional.empty());
                }
                depth--;
            } else {
                lines.add(new SourceLine(text.get(i), new Position(shown, i + 1, 1)));
            }
        }
        if (start < 0) {
            return Included.failure(at, "there is no region \"" + region.get() + "\" in " + name,
                    "mark it in the file with `// @start region=\"" + region.get() + "\"` and `// @end`");
        }
        return Included.failure(new Position(shown, start + 1, 1), "the region \"" + region.get() + "\" has no `// @end`",
                "end the region with a line `// @end`");
    }

    private static String stripBom(String line, int index) {
        return index == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
