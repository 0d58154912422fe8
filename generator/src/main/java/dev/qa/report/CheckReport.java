package dev.qa.report;

import dev.qa.model.Result;
import dev.qa.model.Results;
import dev.qa.model.PathText;
import dev.qa.model.Position;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * What a check found, in the order reports show it: by file, then by line.
 *
 * @param millis how long the whole check took
 */
public record CheckReport(Path root, List<Entry> entries, long millis) {

    /** One snippet: its opening fence and its result. */
    public record Entry(Position fence, Result result) {
    }

    public CheckReport {
        entries = List.copyOf(entries);
    }

    public static CheckReport of(Path root, Results results, long millis) {
        List<Entry> entries = results.byFence().entrySet().stream()
                .map(entry -> new Entry(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing((Entry entry) -> PathText.slashed(entry.fence().file()))
                        .thenComparingInt(entry -> entry.fence().line())
                        .thenComparingInt(entry -> entry.fence().column()))
                .toList();
        return new CheckReport(root, entries, millis);
    }

    public long count(Result.Status status) {
        return entries.stream().filter(entry -> entry.result().status() == status).count();
    }

    public List<Entry> failed() {
        return entries.stream().filter(entry -> entry.result().status() == Result.Status.FAILED).toList();
    }

    public boolean ok() {
        return failed().isEmpty();
    }
}
