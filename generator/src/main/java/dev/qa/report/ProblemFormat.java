package dev.qa.report;

import dev.qa.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Problems for people, in the form compilers use: {@code path:line:column: error: message}, then the
 * source line with a caret under the column, then the hint.
 */
public final class ProblemFormat {
    private final Path root;

    /** @param root the source folder the problems' paths are relative to */
    public ProblemFormat(Path root) {
        this.root = root;
    }

    public String format(Problem problem) {
        StringBuilder out = new StringBuilder();
        out.append(problem.at()).append(": error: ").append(problem.message()).append('\n');
        sourceLine(problem).ifPresent(line -> {
            String number = String.valueOf(problem.at().line());
            out.append(' ').append(number).append(" | ").append(line).append('\n');
            out.append(' ').append(" ".repeat(number.length())).append(" | ")
                    .append(padding(line, problem.at().column() - 1)).append("^\n");
        });
        if (!problem.hint().isEmpty()) {
            out.append("  = hint: ").append(problem.hint()).append('\n');
        }
        return out.toString();
    }

    public String format(List<Problem> problems) {
        StringBuilder out = new StringBuilder();
        for (Problem problem : problems) {
            out.append(format(problem)).append('\n');
        }
        return out.toString();
    }

    /** Spaces (tabs kept as tabs) up to the column, so the caret lines up in any terminal. */
    private static String padding(String line, int count) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < count; i++) {
            pad.append(i < line.length() && line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return pad.toString();
    }

    private java.util.Optional<String> sourceLine(Problem problem) {
        Path file = root.resolve(problem.at().file());
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int index = problem.at().line() - 1;
            return index >= 0 && index < lines.size() ? java.util.Optional.of(lines.get(index)) : java.util.Optional.empty();
        } catch (IOException | java.io.UncheckedIOException e) {
            return java.util.Optional.empty();
        }
    }
}
