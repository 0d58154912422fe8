package dev.qa.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What checking one snippet found.
 *
 * @param status   passed, failed, ignored or skipped
 * @param failure  why it failed; empty unless it failed (and for a snippet whose markup is wrong)
 * @param stdout   what the snippet printed on standard output
 * @param error    the first error, at its position in the file where the code stands
 * @param mainCall the class whose {@code main} the check called after the snippet's code, when it
 *                 called one: a {@code .jsh} of the page must do the same to run what was checked
 */
public record Result(Status status, Optional<Failure> failure, String stdout, Optional<Problem> error, long millis,
                     Optional<String> mainCall) {

    public enum Status { PASSED, FAILED, IGNORED, SKIPPED }

    /** The failure kinds of the snippet contract, named in reports as they are written there. */
    public enum Failure {
        COMPILE, EXCEPTION, TIMEOUT, EXIT, OUTPUT, EXPECTATION;

        /** {@code compile}, {@code exception} ... as reports and the cache write them. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Failure> of(String key) {
            for (Failure failure : values()) {
                if (failure.key().equals(key)) {
                    return Optional.of(failure);
                }
            }
            return Optional.empty();
        }

        /** A timeout or a dead JVM may depend on the machine's load, not on the snippet alone. */
        public boolean unstable() {
            return this == TIMEOUT || this == EXIT;
        }
    }

    public Result(Status status, Optional<Failure> failure, String stdout, Optional<Problem> error, long millis) {
        this(status, failure, stdout, error, millis, Optional.empty());
    }

    public static Result ignored() {
        return new Result(Status.IGNORED, Optional.empty(), "", Optional.empty(), 0);
    }

    public static Result skipped() {
        return new Result(Status.SKIPPED, Optional.empty(), "", Optional.empty(), 0);
    }
}
