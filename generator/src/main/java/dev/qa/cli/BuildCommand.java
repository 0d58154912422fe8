package dev.qa.cli;

import dev.qa.pipeline.BuildRequest;
import dev.qa.pipeline.BuildResult;
import dev.qa.pipeline.Pipeline;
import dev.qa.check.SandboxUnavailable;
import dev.qa.check.WorkerStartFailure;
import dev.qa.report.CheckReport;
import dev.qa.report.ProblemFormat;
import dev.qa.report.ReportFormat;
import dev.qa.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = source.root();
        Path target = output == null ? root.resolve("site") : output.toAbsolutePath().normalize();
        BuildRequest request = new BuildRequest(root, target, source.templates(), Optional.ofNullable(baseUrl));
        BuildResult result;
        try (Pipeline pipeline = Pipeline.withWorkers(report.options(root))) {
            Optional<String> refusal = pipeline.outputRefusal(request);
            if (refusal.isPresent()) {
                err.println("qa build: " + refusal.get());
                err.flush();
                return CheckCommand.USAGE;
            }
            result = pipeline.build(request);
        } catch (SandboxUnavailable e) {
            return report.sandboxRefused(e, err);
        } catch (WorkerStartFailure e) {
            err.println("qa: cannot run snippets: " + e.getMessage());
            err.flush();
            return CheckCommand.USAGE;
        }
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
                err.print(new ProblemFormat(root).format(checked.ok() ? result.problems() : java.util.List.of()));
            } else {
                err.print(new TextReport().format(checked));
            }
            err.printf("build failed: %d problem%s; the previous site was left as it was%n",
                    result.problems().size(), result.problems().size() == 1 ? "" : "s");
            err.flush();
            return 1;
        }
        (report.format == ReportFormat.TEXT ? out : err).printf("built %d files into %s in %d ms%n", result.pages(), root.relativize(target).toString().isEmpty() ? target : root.relativize(target), result.millis());
        out.flush();
        err.flush();
        return 0;
    }
}
