package dev.qa.check.worker;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Map;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's execution engine for one session: the agent JVM it was given, which runs what JShell
 * compiles. The channel to the agent is opened at once, not when JShell asks for it: pages compiled as
 * one unit use it without JShell, which is only started for pages that need it.
 */
final class AgentEngine implements ExecutionControlProvider {
    private final ExecutionControl control;

    /** @param out where the agent's standard output goes; {@code err} its standard error */
    AgentEngine(AgentProcess agent, PrintStream out, PrintStream err) {
        try {
            control = agent.control(out, err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot talk to the snippet agent", e);
        }
    }

    @Override
    public String name() {
        return "qa-agent";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return control;
    }

    /** The control JShell uses, for the agent's own commands (threads, cleanliness) and for compiled pages. */
    ExecutionControl control() {
        return control;
    }
}
