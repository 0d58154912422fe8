package dev.qa.load;

import dev.qa.model.Problem;
import java.util.List;

/** A value, or the problems that kept it from being made. */
record Result<T>(T value, List<Problem> problems) {

    Result {
        problems = List.copyOf(problems);
    }

    static <T> Result<T> success(T value) {
        return new Result<>(value, List.of());
    }

    static <T> Result<T> failure(Problem problem) {
        return new Result<>(null, List.of(problem));
    }

    static <T> Result<T> failure(List<Problem> problems) {
        return new Result<>(null, problems);
    }

    boolean ok() {
        return problems.isEmpty();
    }
}
