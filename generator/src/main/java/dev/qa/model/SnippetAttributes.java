package dev.qa.model;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the info string of a snippet's fence asks for: {@code java no-run timeout=5s}.
 *
 * @param throwsName the exception a {@code throws} snippet must end with; empty for any exception
 */
public record SnippetAttributes(boolean ignore, boolean noRun, boolean compileFail, boolean expectsThrow,
                                Optional<String> throwsName, boolean reset, Optional<Duration> timeout,
                                OptionalInt requires, Optional<String> file, Optional<String> region) {

    public static SnippetAttributes none() {
        return new SnippetAttributes(false, false, false, false, Optional.empty(), false, Optional.empty(),
                OptionalInt.empty(), Optional.empty(), Optional.empty());
    }
}
