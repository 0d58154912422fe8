package dev.qa.check.worker;

import java.util.Map;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/** JShell's execution engine for one session: the agent JVM it was given, which runs what JShell compiles. */
final class AgentEngine implements ExecutionControlProvider {
    private final AgentProcess agent;
    private ExecutionControl control;

    AgentEngine(AgentProcess agent) {
        this.agent = agent;
    }

    @Override
    public String name() {
        return "qa-agent";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) throws Throwable {
        control = agent.control(env.userOut(), env.userErr());
        return control;
    }

    /** The control JShell uses, for the agent's own commands (threads, cleanliness) between snippets. */
    ExecutionControl control() {
        return control;
    }
}
