package dev.qa.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the qa command line in this JVM, as a user would see it: the exit code and both streams. */
record QaRun(int exit, String out, String err) {

    static QaRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = QaCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new QaRun(exit, out.toString(), err.toString());
    }
}
