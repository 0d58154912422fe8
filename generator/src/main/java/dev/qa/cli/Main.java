package dev.qa.cli;

import java.io.PrintWriter;
import java.util.OptionalInt;

/** The {@code qa} command. Exit codes: 0 done, 1 a content or snippet error, 2 bad usage, 3 a bug in qa. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code;
        try {
            PrintWriter out = new PrintWriter(System.out, true);
            PrintWriter err = new PrintWriter(System.err, true);
            OptionalInt relayed = DaemonCommand.relayed(args, out, err);
            code = relayed.isPresent() ? relayed.getAsInt() : QaCommand.commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // Not a bug in the content, nor one worth a stack trace: the heap was too small for this site.
            System.err.printf("qa: out of memory: the build needed more than the %d MiB heap this JVM may use.%n"
                    + "Raise the limit, for example: QA_JAVA_OPTS=-Xmx2g ./qa build%n", Runtime.getRuntime().maxMemory() >> 20);
            code = QaCommand.INTERNAL_ERROR;
        }
        System.exit(code);
    }
}
