package dev.qa.load;

import dev.qa.model.SnippetAttributes;

import dev.qa.load.Durations;
import dev.qa.text.EditDistance;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads the attributes after {@code java} in a fence's info string, refusing anything it does not know. */
final class AttributeParser {
    private static final List<String> FLAGS = List.of("ignore", "no-run", "compile-fail", "reset");
    private static final List<String> VALUED = List.of("timeout", "requires", "file", "region");
    private static final String THROWS = "throws";

    /** Attributes, or the problems that make them unusable. */
    record Parsed(SnippetAttributes attributes, List<Problem> problems) {
    }

    /**
     * @param info   the info string, {@code java} included
     * @param infoAt the position on disk of the info string's first character
     */
    Parsed parse(String info, Position infoAt) {
        List<Problem> problems = new ArrayList<>();
        boolean ignore = false;
        boolean noRun = false;
        boolean compileFail = false;
        boolean expectsThrow = false;
        boolean reset = false;
        Optional<String> throwsName = Optional.empty();
        Optional<Duration> timeout = Optional.empty();
        OptionalInt requires = OptionalInt.empty();
        Optional<String> file = Optional.empty();
        Optional<String> region = Optional.empty();
        Set<String> seen = new HashSet<>();
        int index = skipWord(info, skipSpaces(info, 0));
        while ((index = skipSpaces(info, index)) < info.length()) {
            int end = skipWord(info, index);
            String token = info.substring(index, end);
            Position at = new Position(infoAt.file(), infoAt.line(), infoAt.column() + index);
            index = end;
            int equals = token.indexOf('=');
            String name = equals < 0 ? token : token.substring(0, equals);
            String value = equals < 0 ? null : token.substring(equals + 1);
            if (!seen.add(name)) {
                problems.add(Problem.at(at, "the attribute '" + name + "' is given twice", "keep one of them"));
                continue;
            }
            if (FLAGS.contains(name) && value != null) {
                problems.add(Problem.at(at, "the attribute '" + name + "' takes no value", "write just `" + name + "`"));
                continue;
            }
            if (VALUED.contains(name) && (value == null || value.isEmpty())) {
                problems.add(Problem.at(at, "the attribute '" + name + "' needs a value", "write for example `" + example(name) + "`"));
                continue;
            }
            switch (name) {
                case "ignore" -> ignore = true;
                case "no-run" -> noRun = true;
                case "compile-fail" -> compileFail = true;
                case "reset" -> reset = true;
                case THROWS -> {
                    expectsThrow = true;
                    if (value != null && !value.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*")) {
                        problems.add(Problem.at(at, "'" + value + "' is not an exception class name",
                                "write `throws` or `throws=IllegalStateException` (a simple or full class name)"));
                    }
                    throwsName = Optional.ofNullable(value);
                }
                case "timeout" -> {
                    timeout = Durations.parse(value);
                    if (timeout.isEmpty()) {
                        problems.add(Problem.at(at, "timeout=" + value + " is not a duration",
                                "write for example `timeout=5s` (units: ms, s, m)"));
                    }
                }
                case "requires" -> {
                    if (value.matches("\\d{1,3}")) {
                        requires = OptionalInt.of(Integer.parseInt(value));
                    } else {
                        problems.add(Problem.at(at, "requires=" + value + " is not a Java feature release",
                                "write for example `requires=21`"));
                    }
                }
                case "file" -> file = Optional.of(value);
                case "region" -> region = Optional.of(value);
                default -> problems.add(Problem.at(at, "unknown snippet attribute '" + name + "'", suggestion(name)));
            }
        }
        Position start = new Position(infoAt.file(), infoAt.line(), infoAt.column());
        if (region.isPresent() && file.isEmpty()) {
            problems.add(Problem.at(start, "region=" + region.get() + " needs a file= to take the region from",
                    "add `file=snippets/Name.java`"));
        }
        int modes = (ignore ? 1 : 0) + (noRun ? 1 : 0) + (compileFail ? 1 : 0) + (expectsThrow ? 1 : 0);
        if (modes > 1) {
            problems.add(Problem.at(start, "ignore, no-run, compile-fail and throws exclude each other",
                    "keep the one that says what the snippet does"));
        }
        SnippetAttributes attributes = new SnippetAttributes(ignore, noRun, compileFail, expectsThrow, throwsName,
                reset, timeout, requires, file, region);
        return new Parsed(attributes, problems);
    }

    private static String suggestion(String name) {
        List<String> known = new ArrayList<>(FLAGS);
        known.addAll(VALUED);
        known.add(THROWS);
        String closest = known.stream().min(Comparator.comparingInt(word -> EditDistance.between(word, name))).orElseThrow();
        String all = "known attributes: ignore, no-run, compile-fail, throws[=Name], reset, timeout=5s, requires=21, "
                + "file=snippets/X.java, region=name";
        return EditDistance.between(closest, name) <= 3 ? "did you mean '" + closest + "'? " + all : all;
    }

    private static String example(String name) {
        return switch (name) {
            case "timeout" -> "timeout=5s";
            case "requires" -> "requires=21";
            case "file" -> "file=snippets/Example.java";
            default -> "region=main";
        };
    }

    private static int skipSpaces(String text, int index) {
        while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
            index++;
        }
        return index;
    }

    private static int skipWord(String text, int index) {
        while (index < text.length() && !Character.isWhitespace(text.charAt(index))) {
            index++;
        }
        return index;
    }
}
