package dev.qa.check;

import dev.qa.model.CodeBlock;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The check stage's results for a whole site, looked up by the position of a snippet's opening fence. */
public record SnippetResults(Map<Position, SnippetResult> byFence) {

    public SnippetResults {
        byFence = Map.copyOf(byFence);
    }

    /** No snippet was checked: what render gets when the check stage did not run. */
    public static SnippetResults none() {
        return new SnippetResults(Map.of());
    }

    /** The first error of every failed snippet, in file and line order. */
    public List<Problem> failures() {
        return byFence.values().stream()
                .filter(result -> result.status() == SnippetResult.Status.FAILED)
                .flatMap(result -> result.error().stream())
                .sorted(Comparator.comparing((Problem problem) -> problem.at().file().toString())
                        .thenComparingInt(problem -> problem.at().line()))
                .toList();
    }

    public Optional<SnippetResult> of(CodeBlock block) {
        return Optional.ofNullable(byFence.get(block.fence()));
    }
}
