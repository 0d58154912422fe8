package dev.qa.load;

import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The header of a markdown file: each key with its YAML node and the line it stands on.
 *
 * @param bodyOffset character offset where the markdown body starts
 */
record FrontMatter(Map<String, Entry> entries, int bodyOffset) {

    static FrontMatter empty() {
        return new FrontMatter(Map.of(), 0);
    }

    /** One key of the header; {@code line} and {@code column} are in the file on disk. */
    record Entry(String key, Node value, int line, int column) {
    }
}
