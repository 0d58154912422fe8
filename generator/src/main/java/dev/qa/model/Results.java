package dev.qa.model;



import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The check stage's results for a whole site, looked up by the position of a snippet's opening fence. */
public record Results(Map<Position, Result> byFence) {

    public Results {
        byFence = Map.copyOf(byFence);
    }

    /** No snippet was checked: what render gets when the check stage did not run. */
    public static Results none() {
        return new Results(Map.of());
    }

    /** The first error of every failed snippet, in file and line order. */
    public List<Problem> failures() {
        return byFence.values().stream()
                .filter(result -> result.status() == Result.Status.FAILED)
                .flatMap(result -> result.error().stream())
                .sorted(Comparator.comparing((Problem problem) -> problem.at().file().toString())
                        .thenComparingInt(problem -> problem.at().line()))
                .toList();
    }

    public Optional<Result> of(Snippet snippet) {
        return Optional.ofNullable(byFence.get(snippet.fence()));
    }
}
