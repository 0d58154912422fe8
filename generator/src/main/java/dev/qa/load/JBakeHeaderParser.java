package dev.qa.load;

import dev.qa.model.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads JBake's header ({@code key=value} lines ended by a line of {@code ~~~~~~}) into the same
 * front matter as YAML, so that a JBake site's content moves over unchanged: {@code tags} is a
 * comma-separated list, {@code status=published} means answered, and a missing {@code id} is the
 * file's slug.
 */
final class JBakeHeaderParser {
    private static final String END = "~~~~~~";

    /** Whether the file starts with a JBake header: a {@code key=value} first line and a closing tilde line. */
    static boolean starts(SourceFile file) {
        String first = file.lineText(1);
        if (!first.matches("[A-Za-z][\\w.-]*=.*")) {
            return false;
        }
        for (int line = 2; line <= file.lineCount(); line++) {
            String text = file.lineText(line).strip();
            if (text.startsWith(END)) {
                return true;
            }
            if (!text.isEmpty() && !text.contains("=")) {
                return false;
            }
        }
        return false;
    }

    Attempt<FrontMatter> parse(SourceFile file) {
        Map<String, FrontMatter.Entry> entries = new LinkedHashMap<>();
        int line = 1;
        for (; line <= file.lineCount(); line++) {
            String text = file.lineText(line);
            if (text.strip().startsWith(END)) {
                break;
            }
            if (text.isBlank()) {
                continue;
            }
            int equals = text.indexOf('=');
            String key = text.substring(0, equals).strip();
            String value = text.substring(equals + 1).strip();
            if (entries.containsKey(key)) {
                return Attempt.failure(Problem.at(file.line(line), "the key '" + key + "' appears twice in the header", "keep one of them"));
            }
            Node node = switch (key) {
                case "tags" -> list(value);
                case "status" -> scalar(value.equals("published") ? "answered" : value);
                default -> scalar(value);
            };
            entries.put(key, new FrontMatter.Entry(key, node, line, 1));
        }
        if (!entries.containsKey("id") && !file.path().getFileName().toString().startsWith("_")) {
            entries.put("id", new FrontMatter.Entry("id", scalar(Slugs.of(file.path().getFileName().toString())), 1, 1));
        }
        int bodyOffset = line < file.lineCount() ? file.lineStarts()[line] : file.text().length();
        return Attempt.success(new FrontMatter(entries, bodyOffset));
    }

    private static Node scalar(String value) {
        return new ScalarNode(Tag.STR, value, null, null, DumperOptions.ScalarStyle.PLAIN);
    }

    private static Node list(String value) {
        List<Node> items = new ArrayList<>();
        for (String tag : value.split(",")) {
            if (!tag.isBlank()) {
                items.add(scalar(tag.strip()));
            }
        }
        return new SequenceNode(Tag.SEQ, items, DumperOptions.FlowStyle.FLOW);
    }

}
