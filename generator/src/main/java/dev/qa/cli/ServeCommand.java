package dev.qa.cli;

import dev.qa.pipeline.BuildRequest;
import dev.qa.check.CheckOptions;
import dev.qa.pipeline.LiveBuild;
import dev.qa.serve.PreviewServer;
import dev.qa.serve.Rebuild;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code qa serve}: build the site, serve it on 127.0.0.1, rebuild and reload the browser on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site, preview it on 127.0.0.1 and reload the browser on every save; Ctrl-C stops.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    SourceOptions source;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + PreviewServer.DEFAULT_PORT,
            description = "port to serve on; the next free one when it is taken (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--no-cache", description = "check every snippet again at start, ignoring .qa-cache/")
    boolean noCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = source.root();
        if (port < 0 || port > 65_535) {
            err.println("qa serve: --port must be between 0 and 65535, not " + port);
            err.flush();
            return CheckCommand.USAGE;
        }
        if (!Files.isDirectory(root.resolve("content"))) {
            err.println("qa serve: there is no content/ folder in " + root + "; pass --source DIR with the folder that holds it");
            err.flush();
            return CheckCommand.USAGE;
        }
        // The site is never written in serve mode; the output folder is only part of the request's shape.
        BuildRequest request = new BuildRequest(root, root.resolve("site"), source.templates(), Optional.empty());
        LiveBuild live = LiveBuild.withWorkers(noCache ? CheckOptions.defaults(root).withoutCache() : CheckOptions.defaults(root));
        PreviewServer server;
        try {
            server = PreviewServer.start(request, live, port,
                    rebuild -> report(rebuild, out, err));
        } catch (BindException e) {
            live.close();
            err.println("qa serve: " + e.getMessage() + "; pass --port PORT");
            err.flush();
            return CheckCommand.USAGE;
        } catch (IOException e) {
            live.close();
            err.println("qa serve: cannot start the preview: " + e.getMessage());
            err.flush();
            return CheckCommand.USAGE;
        }
        out.println("qa serve: previewing " + root + " at " + server.url() + " (Ctrl-C stops)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C runs shutdown hooks: the watcher, the server and the snippet workers are closed before the JVM goes.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            live.close();
            stopped.countDown();
        }, "qa-serve-stop"));
        stopped.await();
        return 0;
    }

    private static void report(Rebuild rebuild, PrintWriter out, PrintWriter err) {
        String cause = rebuild.changed().isEmpty() ? "built"
                : "rebuilt after " + String.join(", ", rebuild.changed().subList(0, Math.min(3, rebuild.changed().size())))
                + (rebuild.changed().size() > 3 ? " and " + (rebuild.changed().size() - 3) + " more" : "");
        if (rebuild.ok()) {
            out.printf("%s in %d ms (%d snippet%s checked)%n", cause, rebuild.millis(), rebuild.snippetsChecked(),
                    rebuild.snippetsChecked() == 1 ? "" : "s");
            out.flush();
        } else {
            err.print(rebuild.problems().get());
            err.printf("%s in %d ms: the build failed; the browser shows why, and the last good site stays served%n",
                    cause, rebuild.millis());
            err.flush();
        }
    }
}
