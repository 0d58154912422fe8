package dev.qa.check.worker;

/**
 * One piece of work for a worker: the code of a snippet (or of one transcript input).
 *
 * @param id             the host's number for it, echoed in every event about it
 * @param source         the code, as one text with {@code \n} line ends
 * @param reset          start a fresh session before it
 * @param lastInSession  nothing after it on the page can see its declarations, so its statements may be batched
 * @param timeoutMillis  how long it may run; the host enforces it, the worker uses it to wait for its threads
 */
public record Task(int id, String source, Mode mode, boolean reset, boolean lastInSession, long timeoutMillis) {

    public enum Mode {
        /** compile and run; a class with {@code main} and nothing else is run by calling main */
        RUN,
        /** compile only ({@code no-run}, {@code compile-fail}) */
        COMPILE,
        /** one {@code jshell>} input: run it and report jshell's feedback */
        TRANSCRIPT
    }
}
