package dev.qa.report;

import dev.qa.model.Result;
import dev.qa.model.Result.Status;
import dev.qa.model.Results;
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
        Map<Position, Result> results = Map.of(
                new Position(PAGE, 88, 1), new Result(Status.FAILED, Optional.of(Result.Failure.COMPILE), "",
                        Optional.of(new Problem(new Position(PAGE, 91, 12), "incompatible types: int cannot be converted to java.lang.String",
                                "fix the code")), 54),
                new Position(Path.of("content", "01-arch", "cap.md"), 42, 1),
                new Result(Status.PASSED, Optional.empty(), "ok\n", Optional.empty(), 31));
        return CheckReport.of(root, new Results(results), 1200);
    }
}
