package dev.qa.cli;

import dev.qa.check.CheckOptions;
import dev.qa.daemon.DaemonClient;
import dev.qa.pipeline.BuildRequest;
import dev.qa.pipeline.BuildResult;
import dev.qa.pipeline.Pipeline;
import dev.qa.pipeline.Timings;
import dev.qa.check.SandboxUnavailable;
import dev.qa.check.WorkerStartFailure;
import dev.qa.report.CheckReport;
import dev.qa.report.ProblemFormat;
import dev.qa.report.ReportFormat;
import dev.qa.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code qa build}: check the snippets, then render the site into {@code site/}. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Check every snippet, then write the site.")
public final class BuildCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @Option(names = "--output", paramLabel = "DIR", description = "where to write the site (default: site/ in the source folder)")
    Path output;

    @Option(names = "--base-url", paramLabel = "URL", description = "absolute URL the site is published at (sitemap, canonical links)")
    String baseUrl;

    @Mixin
    CheckCommand.ReportOptions report;

    @Option(names = "--no-daemon", description = "build in this process, not in the site's build daemon (a warm JVM that keeps the last build in memory)")
    boolean noDaemon;

    /** Set by the client when it hands the build to the daemon: the daemon's own JVM runs without -Dqa.timings. */
    @Option(names = "--timings", hidden = true)
    boolean timings = Boolean.getBoolean("qa.timings");

    @Spec
    CommandSpec spec;

    private final Builder builder;

    /** How a build request runs: in this JVM with a pipeline of its own, or in the build daemon's live build. */
    interface Builder {
        BuildResult build(BuildRequest request, CheckOptions options, Timings timings) throws IOException;
    }

    public BuildCommand() {
        this((request, options, timings) -> {
            try (Pipeline pipeline = Pipeline.withWorkers(options)) {
                return pipeline.build(request, timings);
            }
        });
    }

    BuildCommand(Builder builder) {
        this.builder = builder;
    }

    /** How this command runs a build request. */
    Builder builder() {
        return builder;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = source.root();
        Path target = output == null ? root.resolve("site") : output.toAbsolutePath().normalize();
        BuildRequest request = new BuildRequest(root, target, source.templates(), Optional.ofNullable(baseUrl));
        Optional<String> refusal = Pipeline.outputRefusal(request);
        if (refusal.isPresent()) {
            err.println("qa build: " + refusal.get());
            err.flush();
            return CheckCommand.USAGE;
        }
        // A build that must not reuse anything, or must run sandboxed, runs here: the daemon keeps results in memory.
        Optional<DaemonClient> daemon = DaemonCommand.wanted() && !noDaemon && !report.noCache && !report.requireSandbox
                ? DaemonCommand.client(request, err) : Optional.empty();
        if (daemon.isPresent()) {
            OptionalInt code = daemon.get().run(daemonArgs(request), out, err);
            if (code.isPresent()) {
                return code.getAsInt();
            }
        }
        BuildResult result;
        try {
            result = builder.build(request, report.options(root), Timings.to(err, timings));
        } catch (SandboxUnavailable e) {
            return report.sandboxRefused(e, err);
        } catch (WorkerStartFailure e) {
            err.println("qa: cannot run snippets: " + e.getMessage());
            err.flush();
            return CheckCommand.USAGE;
        }
        int code = report(result, root, target, out, err);
        // Started after this build, not beside it: its first make of the site in memory would slow this one down.
        daemon.ifPresent(DaemonClient::start);
        return code;
    }

    /** This command line for the daemon, every path absolute, after the folder it was typed in. */
    private List<String> daemonArgs(BuildRequest request) {
        List<String> args = new ArrayList<>(List.of(request.source().toString(), "build", "--source", request.source().toString(), "--templates",
                request.templates().toString(), "--output", request.output().toString(), "--format", report.format.name()));
        request.baseUrl().ifPresent(url -> args.addAll(List.of("--base-url", url)));
        if (report.junit != null) {
            args.addAll(List.of("--junit", report.junit.toAbsolutePath().normalize().toString()));
        }
        if (timings) {
            args.add("--timings");
        }
        return args;
    }

    private int report(BuildResult result, Path root, Path target, PrintWriter out, PrintWriter err) {
        CheckReport checked = CheckReport.of(root, result.snippets(), result.millis());
        report.writeJUnit(checked, err);
        if (report.format != ReportFormat.TEXT) {
            // json and github go to standard output, as for `qa check`; the build's own messages to standard error.
            out.print(report.format.format(checked));
            out.flush();
        }
        if (result.writeFailure().isPresent()) {
            err.println("qa build: " + result.writeFailure().get() + "; the previous site was left as it was");
            err.flush();
            return 1;
        }
        result.warnings().forEach(warning -> err.println("qa build: warning: " + warning));
        if (!result.ok()) {
            if (checked.ok() || report.format != ReportFormat.TEXT) {
                err.print(new ProblemFormat(root).format(checked.ok() ? result.problems() : List.of()));
            } else {
                err.print(new TextReport().format(checked));
            }
            err.printf("build failed: %d problem%s; the previous site was left as it was%n",
                    result.problems().size(), result.problems().size() == 1 ? "" : "s");
            err.flush();
            return 1;
        }
        (report.format == ReportFormat.TEXT ? out : err).printf("built %d files into %s in %d ms%n", result.pages(),
                root.relativize(target).toString().isEmpty() ? target : root.relativize(target), result.millis());
        out.flush();
        err.flush();
        return 0;
    }
}
