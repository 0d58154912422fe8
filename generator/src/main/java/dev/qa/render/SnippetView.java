package dev.qa.render;

import dev.qa.check.SnippetResults;
import dev.qa.model.Position;
import java.util.Map;

/**
 * What pages show of the snippets: the check stage's results, and the code of {@code file=} snippets.
 *
 * @param included the code of every {@code file=} snippet, by the position of its fence
 */
record SnippetView(SnippetResults results, Map<Position, String> included) {
}
