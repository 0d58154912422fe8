package dev.qa.check;

import dev.qa.model.Problem;
import java.util.Optional;

/**
 * What checking one snippet found.
 *
 * @param status  passed, failed, ignored or skipped
 * @param failure the kind of failure ({@code compile}, {@code exception}, ...) when it failed
 * @param stdout  what the snippet printed on standard output
 * @param error   the first error, at its position in the file where the code stands
 */
public record SnippetResult(Status status, Optional<String> failure, String stdout, Optional<Problem> error, long millis) {

    public enum Status { PASSED, FAILED, IGNORED, SKIPPED }
}
