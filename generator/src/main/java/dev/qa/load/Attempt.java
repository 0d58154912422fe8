package dev.qa.load;

import dev.qa.model.Problem;
import java.util.List;

/** A value, or the problems that kept it from being made. */
record Attempt<T>(T value, List<Problem> problems) {

    Attempt {
        problems = List.copyOf(problems);
    }

    static <T> Attempt<T> success(T value) {
        return new Attempt<>(value, List.of());
    }

    static <T> Attempt<T> failure(Problem problem) {
        return new Attempt<>(null, List.of(problem));
    }

    static <T> Attempt<T> failure(List<Problem> problems) {
        return new Attempt<>(null, problems);
    }

    boolean ok() {
        return problems.isEmpty();
    }
}
