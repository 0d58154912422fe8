package dev.qa.pipeline;

import dev.qa.model.Results;
import dev.qa.model.Problem;
import java.util.List;
import java.util.Optional;

/**
 * How a build ended: the problems that failed it (none when it wrote the site), the snippet results,
 * and how many pages were written.
 *
 * @param writeFailure why the site could not be written although the content was sound (the previous
 *                     site is then untouched)
 * @param warnings     what the user should know although the site was written
 */
public record BuildResult(List<Problem> problems, Results snippets, int pages, long millis, Optional<String> writeFailure,
                          List<String> warnings) {

    public BuildResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }

    public BuildResult(List<Problem> problems, Results snippets, int pages, long millis) {
        this(problems, snippets, pages, millis, Optional.empty(), List.of());
    }

    public boolean ok() {
        return problems.isEmpty() && writeFailure.isEmpty();
    }
}
