package dev.qa.pipeline;

import dev.qa.model.Results;
import dev.qa.model.Problem;
import java.util.List;

/**
 * How a build ended: the problems that failed it (none when it wrote the site), the snippet results,
 * and how many pages were written.
 */
public record BuildResult(List<Problem> problems, Results snippets, int pages, long millis) {

    public BuildResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
