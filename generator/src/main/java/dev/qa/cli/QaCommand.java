package dev.qa.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command: lists the subcommands. */
@Command(name = "qa", mixinStandardHelpOptions = true, version = "qa 0.1.0",
        description = "Builds a Q&A site from markdown and checks every Java snippet with JShell.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, DaemonCommand.class,
                CommandLine.HelpCommand.class})
public final class QaCommand implements Runnable {
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: choose one of build, check, serve, new");
    }

    /** Whether an error came from running out of memory, however many layers (streams, pools) wrapped it. */
    private static boolean outOfMemory(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** The command line with qa's exit codes and error handling, for {@link Main} and for tests. */
    public static CommandLine commandLine() {
        return configured(new CommandLine(new QaCommand()));
    }

    /** A command line with qa's exit codes and error handling (the build daemon runs a build command of its own). */
    static CommandLine configured(CommandLine commandLine) {
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli prints either "did you mean" suggestions or the usage; a user deserves both.
        commandLine.setParameterExceptionHandler((exception, args) -> {
            CommandLine command = exception.getCommandLine();
            PrintWriter err = command.getErr();
            err.println(exception.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
            command.usage(err);
            err.flush();
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (outOfMemory(exception)) {
                throw new OutOfMemoryError();
            }
            PrintWriter err = cmd.getErr();
            err.println("qa: internal error (a bug in qa, not in your content): " + exception);
            exception.printStackTrace(err);
            return INTERNAL_ERROR;
        });
        return commandLine;
    }
}
