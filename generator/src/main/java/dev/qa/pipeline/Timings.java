package dev.qa.pipeline;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * Where a build reports how long each stage took ({@code qa timings: …} lines), if anywhere: the
 * standard error of the command that asked for them, which in the build daemon is not the daemon's own.
 */
public record Timings(Optional<PrintWriter> to) {

    /** No stage times. */
    public static Timings none() {
        return new Timings(Optional.empty());
    }

    /** Stage times to {@code err} when {@code wanted}. */
    public static Timings to(PrintWriter err, boolean wanted) {
        return new Timings(wanted ? Optional.of(err) : Optional.empty());
    }

    /** Stage times to this JVM's standard error when it runs with {@code -Dqa.timings=true}. */
    static Timings ofThisJvm() {
        return Boolean.getBoolean("qa.timings") ? new Timings(Optional.of(new PrintWriter(System.err, true))) : none();
    }

    void report(String format, Object... args) {
        to.ifPresent(out -> {
            out.printf("qa timings: " + format + "%n", args);
            out.flush();
        });
    }
}
