package dev.qa.load;

import dev.qa.text.EditDistance;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed reads of front-matter keys against a schema of allowed keys; every mistake becomes a
 * problem at the key's line, and reading goes on so that one build reports them all.
 */
final class FrontMatterFields {
    private final SourceFile file;
    private final FrontMatter frontMatter;
    private final List<Problem> problems = new ArrayList<>();

    FrontMatterFields(SourceFile file, FrontMatter frontMatter, Set<String> allowedKeys) {
        this.file = file;
        this.frontMatter = frontMatter;
        for (FrontMatter.Entry entry : frontMatter.entries().values()) {
            if (!allowedKeys.contains(entry.key())) {
                problems.add(Problem.at(at(entry), "unknown front-matter key '" + entry.key() + "'",
                        suggestion(entry.key(), allowedKeys)));
            }
        }
    }

    String requiredString(String key, String example) {
        Optional<String> value = optionalString(key);
        if (value.isEmpty() && !frontMatter.entries().containsKey(key)) {
            problems.add(Problem.at(file.line(1), "the front matter has no '" + key + "'",
                    "add a line `" + key + ": " + example + "` to the front matter"));
        }
        return value.orElse("");
    }

    Optional<String> optionalString(String key) {
        FrontMatter.Entry entry = frontMatter.entries().get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.value() instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue().strip());
        }
        problems.add(Problem.at(at(entry), "'" + key + "' must be a single non-empty value",
                "write `" + key + ": <text>` on one line"));
        return Optional.empty();
    }

    List<String> stringList(String key) {
        FrontMatter.Entry entry = frontMatter.entries().get(key);
        if (entry == null) {
            return List.of();
        }
        Node node = entry.value();
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().isBlank() ? List.of() : List.of(scalar.getValue().strip());
        }
        if (node instanceof SequenceNode sequence) {
            List<String> values = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                    values.add(scalar.getValue().strip());
                } else {
                    problems.add(Problem.at(at(entry), "every item of '" + key + "' must be a plain word",
                            "write `" + key + ": [one, two]`"));
                }
            }
            return values;
        }
        problems.add(Problem.at(at(entry), "'" + key + "' must be a list", "write `" + key + ": [one, two]`"));
        return List.of();
    }

    /** One value of a list, at the place it is written. */
    record Item(String value, Position at) {
    }

    /**
     * Like {@link #stringList}, each value with its own line and column ({@code - a} on its own line, or
     * inside {@code [a, b]}), so that a problem with one value points at it.
     */
    List<Item> positionedList(String key) {
        FrontMatter.Entry entry = frontMatter.entries().get(key);
        if (entry == null) {
            return List.of();
        }
        List<String> values = stringList(key);
        List<Node> nodes = entry.value() instanceof SequenceNode sequence ? sequence.getValue() : List.of(entry.value());
        List<Item> items = new ArrayList<>();
        int next = 0;
        for (Node node : nodes) {
            if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank() && next < values.size()) {
                // The parser's lines are counted from the line after the opening fence.
                Position at = node.getStartMark() == null ? at(entry)
                        : new Position(file.path(), node.getStartMark().getLine() + 2, node.getStartMark().getColumn() + 1);
                items.add(new Item(values.get(next++), at));
            }
        }
        return items;
    }

    /** A problem at a place inside a key's value. */
    void problem(Position at, String message, String hint) {
        problems.add(Problem.at(at, message, hint));
    }

    OptionalInt integer(String key) {
        Optional<String> value = optionalString(key);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(value.get()));
        } catch (NumberFormatException e) {
            problems.add(Problem.at(at(frontMatter.entries().get(key)), "'" + key + "' must be a whole number, not '" + value.get() + "'",
                    "write `" + key + ": 3`"));
            return OptionalInt.empty();
        }
    }

    /**
     * A day written {@code 2024-05-17}; a time after it ({@code 2024-05-17 10:30}, {@code 2024-05-17T10:30:00Z}),
     * as YAML and JBake headers allow, is read and dropped: qa dates pages by the day.
     */
    Optional<java.time.LocalDate> date(String key) {
        Optional<String> value = optionalString(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get();
        boolean timeFollows = text.length() == 10 || (text.length() > 10 && (text.charAt(10) == ' ' || text.charAt(10) == 'T'));
        try {
            if (timeFollows) {
                return Optional.of(java.time.LocalDate.parse(text.substring(0, 10)));
            }
        } catch (java.time.format.DateTimeParseException e) {
            // reported below
        }
        problems.add(Problem.at(at(frontMatter.entries().get(key)), "'" + key + "' must be a date like 2024-05-17, not '" + text + "'",
                "write `" + key + ": 2024-05-17` (year-month-day)"));
        return Optional.empty();
    }

    <E extends Enum<E>> Optional<E> oneOf(String key, Class<E> type) {
        Optional<String> value = optionalString(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.get())) {
                return Optional.of(constant);
            }
        }
        Set<String> allowed = new TreeSet<>();
        for (E constant : type.getEnumConstants()) {
            allowed.add(constant.name().toLowerCase(java.util.Locale.ROOT));
        }
        problems.add(Problem.at(at(frontMatter.entries().get(key)), "'" + key + "' cannot be '" + value.get() + "'",
                "use one of: " + String.join(", ", allowed)));
        return Optional.empty();
    }

    void problem(String key, String message, String hint) {
        FrontMatter.Entry entry = frontMatter.entries().get(key);
        problems.add(Problem.at(entry == null ? file.line(1) : at(entry), message, hint));
    }

    Position position(String key) {
        FrontMatter.Entry entry = frontMatter.entries().get(key);
        return entry == null ? file.line(1) : at(entry);
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    private Position at(FrontMatter.Entry entry) {
        return new Position(file.path(), entry.line(), entry.column());
    }

    private static String suggestion(String key, Set<String> allowed) {
        String closest = allowed.stream().min(Comparator.comparingInt(candidate -> EditDistance.between(key, candidate))).orElse("");
        String list = "allowed keys: " + String.join(", ", new TreeSet<>(allowed));
        return EditDistance.between(key, closest) <= 2 ? "did you mean '" + closest + "'? " + list : list;
    }
}
