package dev.qa.cli;

import dev.qa.build.BuildRequest;
import dev.qa.build.BuildResult;
import dev.qa.build.Pipeline;
import dev.qa.check.SnippetResults;
import dev.qa.report.ProblemFormat;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = source.root();
        Path target = output == null ? root.resolve("site") : output.toAbsolutePath().normalize();
        BuildRequest request = new BuildRequest(root, target, source.templates(), Optional.ofNullable(baseUrl));
        BuildResult result = new Pipeline(site -> SnippetResults.none()).build(request);
        if (!result.ok()) {
            err.print(new ProblemFormat(root).format(result.problems()));
            err.printf("build failed: %d problem%s; the previous site was left as it was%n",
                    result.problems().size(), result.problems().size() == 1 ? "" : "s");
            err.flush();
            return 1;
        }
        out.printf("built %d files into %s in %d ms%n", result.pages(), root.relativize(target).toString().isEmpty() ? target : root.relativize(target), result.millis());
        out.flush();
        return 0;
    }
}
