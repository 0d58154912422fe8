package dev.qa.check.worker;

/**
 * What running a task did, as plain facts; the host turns them into a verdict.
 *
 * @param stdout         what it printed on standard output
 * @param feedback       for a transcript input: its output and jshell's feedback, as jshell shows them
 * @param errorOffset    where the error stands in the task's source, -1 when unknown
 * @param message        the compiler's message, or the exception's message
 * @param exceptionClass the full class name of the uncaught exception
 */
public record Outcome(Result result, String stdout, String feedback, int errorOffset, String message,
                      String exceptionClass, boolean stdoutTruncated, String mainCall) {

    /** An outcome with no call of {@code main}; {@code mainCall} names the class whose main was called. */
    public Outcome(Result result, String stdout, String feedback, int errorOffset, String message, String exceptionClass,
                   boolean stdoutTruncated) {
        this(result, stdout, feedback, errorOffset, message, exceptionClass, stdoutTruncated, "");
    }

    public enum Result { OK, COMPILE_ERROR, EXCEPTION }

}
