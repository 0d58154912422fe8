package dev.qa.check;

/** A snippet worker JVM could not start: a problem of the machine (no JDK, no jdk.jshell), not of the content. */
public final class WorkerStartFailure extends RuntimeException {

    public WorkerStartFailure(String message) {
        super(message);
    }
}
