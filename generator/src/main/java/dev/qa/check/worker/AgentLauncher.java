package dev.qa.check.worker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Starts the agents of one worker, each in its own folder inside the worker's. The first start decides
 * for the worker's life whether agents run in the sandbox: when bubblewrap is missing or refuses (no
 * user namespaces, say), agents run without it and {@link #unsandboxedBecause} says why, in
 * bubblewrap's own words.
 */
final class AgentLauncher {
    private final AgentProcess.Recipe recipe;
    private final Path folder;
    private final Sandbox sandbox;
    private final Duration timeout;
    private int started;
    /** Empty until the first start; then "" when agents are sandboxed, else the reason they are not. */
    private Optional<String> withoutSandbox = Optional.empty();

    AgentLauncher(AgentProcess.Recipe recipe, Path folder, Sandbox sandbox, Duration timeout) {
        this.recipe = recipe;
        this.folder = folder;
        this.sandbox = sandbox;
        this.timeout = timeout;
    }

    AgentProcess start() {
        if (withoutSandbox.isEmpty()) {
            Optional<String> unavailable = sandbox.unavailable();
            if (unavailable.isPresent()) {
                withoutSandbox = unavailable;
            } else {
                Path first = next();
                try {
                    AgentProcess agent = AgentProcess.start(recipe, first, sandbox, true, timeout);
                    withoutSandbox = Optional.of("");
                    return agent;
                } catch (AgentStartFailure e) {
                    Folders.delete(first);
                    withoutSandbox = Optional.of("bubblewrap could not start it (" + e.getMessage() + ")");
                }
            }
        }
        return AgentProcess.start(recipe, next(), sandbox, withoutSandbox.get().isEmpty(), timeout);
    }

    /** Why this worker's agents run without the sandbox; empty when they run in it. */
    Optional<String> unsandboxedBecause() {
        return withoutSandbox.filter(reason -> !reason.isEmpty());
    }

    private Path next() {
        return folder.resolve("agent-" + ++started);
    }
}
