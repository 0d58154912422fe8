package dev.qa.check.worker;

/** An agent JVM did not start or connect; the message says why (bubblewrap's own words when it refused). */
final class AgentStartFailure extends RuntimeException {

    AgentStartFailure(String message) {
        super(message);
    }
}
