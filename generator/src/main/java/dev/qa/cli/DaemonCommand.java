package dev.qa.cli;

import dev.qa.check.CheckOptions;
import dev.qa.daemon.DaemonAddress;
import dev.qa.daemon.DaemonClient;
import dev.qa.daemon.DaemonServer;
import dev.qa.pipeline.BuildRequest;
import dev.qa.pipeline.LiveBuild;
import java.io.File;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code qa daemon}: the build daemon of one site, a JVM that stays warm between two {@code qa build}s
 * and keeps the last build in memory, so that a build after an edit redoes only what the edit touched
 * (docs/decisions.md, "The build daemon"). {@code qa build} starts it; {@code qa daemon --stop} stops it.
 */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = "Stop the build daemon of a site (--stop); qa build starts one by itself.")
public final class DaemonCommand implements Callable<Integer> {
    /** How long a daemon waits for the next build before it stops. */
    static final Duration IDLE = Duration.ofMinutes(30);
    private static final String WANTED = "qa.daemon";
    /** Options of {@code qa build} that keep it out of the daemon: help, and builds that must not reuse what the daemon holds. */
    private static final Set<String> IN_PROCESS = Set.of("-h", "--help", "-V", "--version", "--no-daemon",
            "--no-cache", "--require-sandbox");

    @Mixin
    SourceOptions source;

    @Option(names = "--stop", description = "stop the site's build daemon, if one runs")
    boolean stop;

    @Option(names = "--key", hidden = true, description = "the address a client gave the daemon it started")
    String key;

    @Option(names = "--idle-seconds", hidden = true)
    long idleSeconds = IDLE.toSeconds();

    /** The build the daemon makes in memory when it starts: the one that started it. */
    @Option(names = "--output", hidden = true)
    Path output;

    @Option(names = "--base-url", hidden = true)
    String baseUrl;

    @Spec
    CommandSpec spec;

    /** Whether builds go to the daemon: the launcher asks for it ({@code -Dqa.daemon=on}) unless QA_DAEMON=off or CI is set. */
    static boolean wanted() {
        return "on".equals(System.getProperty(WANTED));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = source.root();
        if (!stop) {
            if (key == null) {
                err.println("qa daemon: qa build starts the daemon by itself; to stop it: qa daemon --stop [--source DIR]");
                err.flush();
                return CheckCommand.USAGE;
            }
            return serve(root, err);
        }
        Optional<DaemonClient> client = client(new BuildRequest(root, root.resolve("site"), source.templates(), Optional.empty()), err);
        boolean stopped = client.isPresent() && client.get().stop();
        out.println(stopped ? "stopped the build daemon of " + root : "no build daemon runs for " + root);
        out.flush();
        return 0;
    }

    private int serve(Path root, PrintWriter err) throws Exception {
        DaemonAddress.Result found = DaemonAddress.of(temporary(), root, jvmOptions());
        if (found.address().isEmpty()) {
            err.println("qa daemon: " + found.refusal().orElse("no address"));
            return 1;
        }
        DaemonAddress address = new DaemonAddress(found.address().get().folder(), key);
        BuildRequest first = new BuildRequest(root, output == null ? root.resolve("site") : output.toAbsolutePath().normalize(),
                source.templates(), Optional.ofNullable(baseUrl));
        // What the workers warn of (snippets run without a sandbox) is said to every build, as a build in its own JVM says it.
        List<String> warnings = new CopyOnWriteArrayList<>();
        try (LiveBuild live = LiveBuild.withWorkers(CheckOptions.defaults(root), warnings::add)) {
            BuildCommand.Builder oneShot = new BuildCommand().builder();
            // The address names one site; a command line read otherwise here than in the client builds its site on its own, not with this one's memory.
            BuildCommand.Builder builder = (request, options, timings) -> request.source().equals(root)
                    ? live.build(request, timings) : oneShot.build(request, options, timings);
            Runnable warmUp = () -> {
                try {
                    live.warm(first);
                } catch (RuntimeException e) {
                    // A bug in qa: the first build that comes makes everything, and the log says why.
                    System.err.println("qa daemon: the site could not be made in memory at start: " + e);
                }
            };
            new DaemonServer(address, Duration.ofSeconds(idleSeconds), warmUp, (args, out, requestErr) -> {
                if (args.size() < 2 || !args.get(1).equals("build")) {
                    requestErr.println("qa daemon: only builds run in the daemon, not " + args);
                    return CheckCommand.USAGE;
                }
                warnings.forEach(requestErr::println);
                int said = warnings.size();
                Path folder = Path.of(args.get(0));
                CommandLine build = QaCommand.configured(new CommandLine(new BuildCommand(builder)));
                // The command line was typed in the client's folder: its relative paths mean files there.
                build.registerConverter(Path.class, text -> folder.resolve(text).normalize());
                build.setOut(out);
                build.setErr(requestErr);
                int code = build.execute(args.subList(2, args.size()).toArray(String[]::new));
                warnings.subList(said, warnings.size()).forEach(requestErr::println);
                return code;
            }).run();
        }
        return 0;
    }

    /**
     * A build handed to the daemon before qa parses its command line, which costs a new JVM more than the
     * build itself after one edit: the daemon parses it, in the client's folder. Empty when this command
     * is not such a build (another command, help, an option the daemon does not take) or no daemon
     * listens: the command then runs as usual, and a build starts the daemon afterwards.
     */
    static OptionalInt relayed(String[] args, PrintWriter out, PrintWriter err) {
        if (!wanted() || args.length == 0 || !args[0].equals("build")) {
            return OptionalInt.empty();
        }
        Path folder = Path.of("").toAbsolutePath();
        Path source = folder;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (IN_PROCESS.contains(arg) || arg.startsWith("--source") && !arg.startsWith("--source=") && i + 1 == args.length) {
                return OptionalInt.empty();
            }
            if (arg.equals("--source")) {
                source = folder.resolve(args[++i]).normalize();
            } else if (arg.startsWith("--source=")) {
                source = folder.resolve(arg.substring("--source=".length())).normalize();
            }
        }
        DaemonAddress.Result found = DaemonAddress.of(temporary(), source, jvmOptions());
        if (found.address().isEmpty()) {
            return OptionalInt.empty(); // the build command says why
        }
        List<String> request = new ArrayList<>(List.of(folder.toString()));
        request.addAll(List.of(args));
        if (Boolean.getBoolean("qa.timings")) {
            request.add("--timings");
        }
        return new DaemonClient(found.address().get(), List.of()).run(request, out, err);
    }

    /** A client for the daemon of the site at {@code root} as this JVM would start it; empty (said on {@code err}) when there can be none. */
    static Optional<DaemonClient> client(BuildRequest request, PrintWriter err) {
        Path root = request.source();
        List<String> options = jvmOptions();
        DaemonAddress.Result found = DaemonAddress.of(temporary(), root, options);
        if (found.address().isEmpty()) {
            err.println("qa: not using the build daemon: " + found.refusal().orElse("") + "; building without it");
            err.flush();
            return Optional.empty();
        }
        DaemonAddress address = found.address().get();
        List<String> command = new ArrayList<>();
        // setsid: the daemon leaves this terminal's session, so Ctrl-C or closing the terminal does not stop it mid-build.
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            command.add(setsid.toString());
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        command.addAll(List.of("-cp", classPath, Main.class.getName(), "daemon",
                "--source", root.toString(), "--key", address.key(), "--templates", request.templates().toString(),
                "--output", request.output().toString()));
        request.baseUrl().ifPresent(url -> command.addAll(List.of("--base-url", url)));
        return Optional.of(new DaemonClient(address, command));
    }

    private static Path temporary() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /**
     * This JVM's options as the daemon should get them: not C1 alone (a daemon lives long enough for C2),
     * no profiler, agent or class-loading log, and none that says whether to use a daemon or print stage times.
     */
    private static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> !option.startsWith("-XX:TieredStopAtLevel") && !option.startsWith("-XX:StartFlightRecording")
                        && !option.startsWith("-agentlib") && !option.startsWith("-javaagent") && !option.startsWith("-XX:ArchiveClassesAtExit")
                        && !option.startsWith("-D" + WANTED) && !option.startsWith("-Dqa.timings") && !option.startsWith("-Xlog:class")
                        && !option.startsWith("-verbose"))
                .toList();
    }
}
