package dev.qa.load;

import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Splits a file into its front matter (YAML between {@code ---} lines, or a JBake header) and its
 * markdown body.
 */
final class FrontMatterParser {
    private static final String HINT = "front matter is YAML between two lines of three dashes: ---";

    Attempt<FrontMatter> parse(SourceFile file) {
        String text = file.text();
        if (JBakeHeaderParser.starts(file)) {
            return new JBakeHeaderParser().parse(file);
        }
        if (!(text.startsWith("---\n") || text.startsWith("---\r\n"))) {
            return Attempt.success(FrontMatter.empty());
        }
        int closingLine = -1;
        for (int line = 2; line <= file.lineCount(); line++) {
            String content = file.lineText(line).stripTrailing();
            if (content.equals("---") || content.equals("...")) {
                closingLine = line;
                break;
            }
        }
        if (closingLine < 0) {
            return Attempt.failure(Problem.at(file.line(1), "the front matter is not closed",
                    "end the front matter with a line of three dashes: ---"));
        }
        int yamlStart = file.lineStarts()[1];
        int yamlEnd = file.lineStarts()[closingLine - 1];
        int bodyOffset = closingLine < file.lineCount() ? file.lineStarts()[closingLine] : text.length();
        return parseYaml(file, text.substring(yamlStart, yamlEnd), bodyOffset);
    }

    private Attempt<FrontMatter> parseYaml(SourceFile file, String yaml, int bodyOffset) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? file.line(2) : new Position(file.path(), mark.getLine() + 2, mark.getColumn() + 1);
            return Attempt.failure(Problem.at(at, "the front matter is not valid YAML: " + e.getProblem(),
                    HINT + "; quote values that contain ': ' or start with a special character"));
        } catch (YAMLException e) {
            return Attempt.failure(Problem.at(file.line(2), "the front matter is not valid YAML: " + e.getMessage(), HINT));
        }
        if (root == null) {
            return Attempt.success(new FrontMatter(Map.of(), bodyOffset));
        }
        if (!(root instanceof MappingNode mapping)) {
            return Attempt.failure(Problem.at(file.line(2), "the front matter is not a list of keys and values",
                    "write one `key: value` per line, for example `title: What is CAP?`"));
        }
        Map<String, FrontMatter.Entry> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            Position at = new Position(file.path(), keyNode.getStartMark().getLine() + 2, keyNode.getStartMark().getColumn() + 1);
            if (!(keyNode instanceof ScalarNode scalar)) {
                return Attempt.failure(Problem.at(at, "a front-matter key must be a plain word", "write `key: value`"));
            }
            String key = scalar.getValue();
            if (entries.containsKey(key)) {
                return Attempt.failure(Problem.at(at, "the key '" + key + "' appears twice in the front matter",
                        "keep one of them"));
            }
            entries.put(key, new FrontMatter.Entry(key, tuple.getValueNode(), at.line(), at.column()));
        }
        return Attempt.success(new FrontMatter(entries, bodyOffset));
    }
}
