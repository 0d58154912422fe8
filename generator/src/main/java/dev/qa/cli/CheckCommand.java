package dev.qa.cli;

import dev.qa.check.CheckOptions;
import dev.qa.pipeline.Pipeline;
import java.util.Set;
import dev.qa.model.Results;
import dev.qa.check.SandboxUnavailable;
import dev.qa.check.WorkerStartFailure;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.load.SnippetImports;
import dev.qa.model.Position;
import dev.qa.model.SourceLine;
import dev.qa.model.Markdown;
import dev.qa.model.PathText;
import dev.qa.model.Site;
import dev.qa.report.CheckReport;
import dev.qa.report.JUnitReport;
import dev.qa.report.ProblemFormat;
import dev.qa.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code qa check}: compile and run every Java snippet, and report; writes no site. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Compile and run every Java snippet through JShell.")
public final class CheckCommand implements Callable<Integer> {
    static final int USAGE = 2;

    @Mixin
    SourceOptions source;

    @Mixin
    ReportOptions report;

    @Option(names = "--only", paramLabel = "PATH", description = "check only this page (a markdown file); the others are skipped")
    Path only;

    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "plain markdown files or folders to check instead of the site (a README, docs/): no front matter "
                    + "or sections needed, each file one JShell session")
    List<Path> files = List.of();

    @Option(names = "--import", paramLabel = "NAME",
            description = "import this into every snippet session, after qa.yml's snippet-imports (java.time.*, static java.lang.Math.max)")
    List<String> imports = List.of();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = source.root();
        long start = System.nanoTime();
        try (Pipeline pipeline = Pipeline.withWorkers(report.options(root))) {
            return check(pipeline, root, start, out, err);
        } catch (SandboxUnavailable e) {
            return report.sandboxRefused(e, err);
        } catch (WorkerStartFailure e) {
            err.println("qa: cannot run snippets: " + e.getMessage());
            err.flush();
            return USAGE;
        }
    }

    private int check(Pipeline pipeline, Path root, long start, PrintWriter out, PrintWriter err) throws IOException {
        if (!files.isEmpty()) {
            Optional<String> refusal = only != null ? Optional.of("--only checks a page of the site; give files or --only, not both")
                    : SiteLoader.filesRefusal(root, files);
            if (refusal.isPresent()) {
                err.println("qa check: " + refusal.get());
                err.flush();
                return USAGE;
            }
        }
        List<SourceLine> extraImports = new ArrayList<>();
        for (int i = 0; i < imports.size(); i++) {
            Optional<String> declaration = SnippetImports.declaration(imports.get(i));
            if (declaration.isEmpty()) {
                err.println("qa check: --import " + imports.get(i) + " is not something Java can import; give what follows `import`, "
                        + "such as java.time.* or static java.lang.Math.max");
                err.flush();
                return USAGE;
            }
            extraImports.add(new SourceLine(declaration.get(), Position.of(Path.of("--import"), i + 1)));
        }
        Loaded read = files.isEmpty() ? pipeline.load(root) : pipeline.loadFiles(root, files);
        Loaded loaded = read.site() == null || extraImports.isEmpty() ? read : new Loaded(
                read.site().withConfig(read.site().config().withSnippetImports(extraImports)), read.problems());
        if (!loaded.ok()) {
            err.print(new ProblemFormat(root).format(loaded.problems()));
            err.printf("check failed: the content has %d problem%s%n", loaded.problems().size(), loaded.problems().size() == 1 ? "" : "s");
            err.flush();
            if (report.format == ReportFormat.JSON) {
                out.print(ReportFormat.JSON.format(CheckReport.of(root, Results.none(), 0)));
                out.flush();
            }
            return 1;
        }
        Optional<Path> page = Optional.empty();
        if (only != null) {
            page = page(loaded.site(), root, only);
            if (page.isEmpty()) {
                err.println("qa check: --only " + only + " is not a page of " + root);
                err.flush();
                return USAGE;
            }
        }
        Results results = pipeline.check(loaded.site(), page.map(Set::of).orElse(Set.of()));
        CheckReport checked = CheckReport.of(root, results, (System.nanoTime() - start) / 1_000_000);
        out.print(report.format.format(checked));
        out.flush();
        report.writeJUnit(checked, err);
        return checked.ok() ? 0 : 1;
    }

    /** The page {@code --only} names, as a path relative to the source folder, whether given from there or from here. */
    private static Optional<Path> page(Site site, Path root, Path only) {
        Path absolute = only.toAbsolutePath().normalize();
        Path fromRoot = root.resolve(only).normalize();
        return site.bodies()
                .map(Markdown::file)
                .filter(file -> root.resolve(file).normalize().equals(absolute) || root.resolve(file).normalize().equals(fromRoot))
                .findFirst();
    }

    /** {@code --format}, {@code --junit}, {@code --no-cache} and {@code --require-sandbox}, shared by check and build. */
    static final class ReportOptions {
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "text, json (one object on standard output) or github (workflow commands); default: ${DEFAULT-VALUE}")
        ReportFormat format = ReportFormat.TEXT;

        @Option(names = "--junit", paramLabel = "FILE", description = "also write the results as JUnit XML to FILE")
        Path junit;

        @Option(names = "--no-cache", description = "check every snippet again, ignoring .qa-cache/")
        boolean noCache;

        @Option(names = "--require-sandbox", description = "fail (exit 1) instead of running snippets without the OS sandbox (bubblewrap); for CI")
        boolean requireSandbox;

        CheckOptions options(Path root) {
            CheckOptions options = CheckOptions.defaults(root);
            options = noCache ? options.withoutCache() : options;
            return requireSandbox ? options.requiringSandbox() : options;
        }

        /** Snippets must run in the sandbox and cannot here: exit 1, with the reason and what to do. */
        int sandboxRefused(SandboxUnavailable e, PrintWriter err) {
            err.println("qa: snippets cannot run in a sandbox here, and the sandbox is required"
                    + (requireSandbox ? " (--require-sandbox)" : " (require-sandbox: true in qa.yml)") + ": " + e.getMessage());
            err.println("qa: install bubblewrap and allow user namespaces (sysctl kernel.unprivileged_userns_clone=1;"
                    + " on Ubuntu 24.04 kernel.apparmor_restrict_unprivileged_userns=0), or drop the requirement");
            err.flush();
            return 1;
        }

        void writeJUnit(CheckReport report, PrintWriter err) {
            if (junit == null) {
                return;
            }
            try {
                Path file = junit.toAbsolutePath();
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                Files.writeString(file, new JUnitReport().format(report), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("qa: cannot write " + PathText.slashed(junit) + ": " + e.getMessage());
                err.flush();
            }
        }
    }
}
