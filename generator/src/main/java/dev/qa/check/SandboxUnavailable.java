package dev.qa.check;

/**
 * The sandbox is required ({@code --require-sandbox}, {@code require-sandbox: true}) and cannot start
 * on this machine: an error of the machine, reported with bubblewrap's reason, and no snippet runs.
 */
public final class SandboxUnavailable extends RuntimeException {

    public SandboxUnavailable(String reason) {
        super(reason);
    }
}
