package dev.qa.report;

import dev.qa.check.SnippetResult;
import dev.qa.check.SnippetResult.Status;
import dev.qa.check.SnippetResults;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** A small check result to report on: one snippet passed, one failed to compile. */
final class Reports {
    static final Path PAGE = Path.of("content", "02-db", "locking.md");

    private Reports() {
    }

    static CheckReport sample(Path root) {
        Map<Position, SnippetResult> results = Map.of(
                new Position(PAGE, 88, 1), new SnippetResult(Status.FAILED, Optional.of("compile"), "",
                        Optional.of(new Problem(new Position(PAGE, 91, 12), "incompatible types: int cannot be converted to java.lang.String",
                                "fix the code")), 54),
                new Position(Path.of("content", "01-arch", "cap.md"), 42, 1),
                new SnippetResult(Status.PASSED, Optional.empty(), "ok\n", Optional.empty(), 31));
        return CheckReport.of(root, new SnippetResults(results), 1200);
    }
}
