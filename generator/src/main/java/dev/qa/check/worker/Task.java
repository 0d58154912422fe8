package dev.qa.check.worker;

import java.util.Set;

/**
 * One piece of work for a worker: the code of a snippet (or of one transcript input).
 *
 * @param id             the host's number for it, echoed in every event about it
 * @param source         the code, as one text with {@code \n} line ends
 * @param reset          start a fresh session before it
 * @param usedLater      every identifier the later snippets of the session mention: what they may need from this one
 * @param timeoutMillis  how long it may run; the host enforces it, the worker uses it to wait for its threads
 */
public record Task(int id, String source, Mode mode, boolean reset, Set<String> usedLater, long timeoutMillis) {

    public Task {
        usedLater = Set.copyOf(usedLater);
    }

    public enum Mode {
        /** compile and run; a class with {@code main} and nothing else is run by calling main */
        RUN,
        /** compile only ({@code no-run}, {@code compile-fail}) */
        COMPILE,
        /** one {@code jshell>} input: run it and report jshell's feedback */
        TRANSCRIPT
    }
}
