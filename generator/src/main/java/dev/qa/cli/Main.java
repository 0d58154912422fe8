package dev.qa.cli;

/** The {@code qa} command. Exit codes: 0 done, 1 a content or snippet error, 2 bad usage, 3 a bug in qa. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(QaCommand.commandLine().execute(args));
    }
}
