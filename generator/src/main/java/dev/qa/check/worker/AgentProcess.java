package dev.qa.check.worker;

import dev.qa.check.agent.ChannelStreams;
import dev.qa.check.agent.SnippetAgent;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jdk.jshell.execution.StreamingExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;

/**
 * One agent JVM seen from the worker: started with ProcessBuilder (not JDI, which is several times
 * slower to start), connected back over a Unix-domain socket in its private folder, authenticated by
 * a one-time token it got on standard input. Its standard output and error are drained and kept only
 * as a short tail for messages: they never carry anything the worker acts on.
 */
final class AgentProcess implements AutoCloseable {
    private static final String SOCKET = ".qa-agent.sock";
    private static final int TAIL = 2000;

    private final Process process;
    private final Path folder;
    private final SocketChannel channel;
    private final OutputTail log;
    private final boolean sandboxed;
    private final Marks marks = new Marks();

    private AgentProcess(Process process, Path folder, SocketChannel channel, OutputTail log, boolean sandboxed) {
        this.process = process;
        this.folder = folder;
        this.channel = channel;
        this.log = log;
        this.sandboxed = sandboxed;
    }

    /** What an agent JVM needs to start. */
    record Recipe(String java, String classPath, List<String> jvmOptions) {
        /** What the agent JVM reads: its JDK and every class path entry (a jar's folder: its manifest names lib/ beside it). */
        List<Path> needed() {
            List<Path> needed = new ArrayList<>();
            needed.add(Path.of(System.getProperty("java.home")).toAbsolutePath().normalize());
            needed.add(Path.of(java).toAbsolutePath().normalize());
            for (String entry : classPath.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    Path path = Path.of(entry).toAbsolutePath().normalize();
                    needed.add(entry.endsWith(".jar") && path.getParent() != null ? path.getParent() : path);
                }
            }
            return needed;
        }

        List<String> command(Path socket, boolean sandboxed) {
            List<String> command = new ArrayList<>();
            command.add(java);
            command.addAll(jvmOptions);
            command.add("-D" + SnippetAgent.SANDBOXED + "=" + sandboxed);
            command.add("-Djava.io.tmpdir=" + socket.getParent());
            command.add("-Duser.home=" + socket.getParent());
            command.add("-cp");
            command.add(classPath);
            command.add(SnippetAgent.class.getName());
            // The agent runs in the socket's folder: the name alone is its address.
            command.add(socket.getFileName().toString());
            return command;
        }
    }

    /**
     * Starts an agent in {@code folder} (created here), sandboxed when {@code sandbox} is given, and
     * waits until it has connected.
     *
     * @throws AgentStartFailure when it exits or does not connect in time; the message says why
     */
    static AgentProcess start(Recipe recipe, Path folder, Sandbox sandbox, boolean sandboxed, Duration timeout) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the snippet folder " + folder, e);
        }
        // Relative to the worker's working folder (the agent's parent): a Unix-domain socket's path may
        // have at most 107 bytes, and temporary folders can be deep.
        Path socket = folder.resolve(SOCKET);
        Path here = Path.of("").toAbsolutePath();
        Path address = socket.startsWith(here) ? here.relativize(socket) : socket;
        String token = HexFormat.of().formatHex(random());
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(address));
            List<String> agent = recipe.command(socket, sandboxed);
            List<String> command = sandboxed ? sandbox.wrap(agent, folder, recipe.needed()) : withLimits(sandbox.limits(), agent);
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
            // A minimal, fixed environment: nothing of the build's (CI tokens, JAVA_TOOL_OPTIONS) reaches snippets.
            Map<String, String> environment = builder.environment();
            environment.clear();
            environment.put("PATH", "/usr/bin:/bin");
            environment.put("LANG", "C.UTF-8");
            environment.put("HOME", folder.toString());
            environment.put("TMPDIR", folder.toString());
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new AgentStartFailure("cannot start " + command.get(0) + ": " + e.getMessage());
            }
            OutputTail log = OutputTail.drain(process.getInputStream(), TAIL);
            try (OutputStream in = process.getOutputStream()) {
                in.write((token + "\n").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // It died before reading its token: the wait below reports why.
            }
            SocketChannel channel = accept(server, token, process, timeout);
            if (channel == null) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                waitFor(process, 2000);
                String why = log.text().strip();
                throw new AgentStartFailure((process.isAlive() ? "the snippet agent did not connect within " + timeout.toSeconds() + " s"
                        : "the snippet agent exited with " + process.exitValue()) + (why.isEmpty() ? "" : ": " + why));
            }
            return new AgentProcess(process, folder, channel, log, sandboxed);
        } catch (IOException e) {
            throw new AgentStartFailure("cannot listen for the snippet agent in " + folder + ": " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(socket);
            } catch (IOException e) {
                // The folder is deleted with the agent.
            }
        }
    }

    private static List<String> withLimits(List<String> limits, List<String> command) {
        List<String> all = new ArrayList<>(limits);
        all.addAll(command);
        return all;
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** The first connection that presents the token; others (any local process may try) are dropped. */
    private static SocketChannel accept(ServerSocketChannel server, String token, Process process, Duration timeout) throws IOException {
        server.configureBlocking(false);
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] expected = (token + "\n").getBytes(StandardCharsets.US_ASCII);
        while (System.nanoTime() < deadline) {
            SocketChannel channel = server.accept();
            if (channel == null) {
                if (!process.isAlive()) {
                    return null;
                }
                sleep(3);
                continue;
            }
            // Non-blocking until the token is in: a process that connects and says nothing cannot stall the worker.
            channel.configureBlocking(false);
            ByteBuffer presented = ByteBuffer.allocate(expected.length);
            while (presented.hasRemaining() && System.nanoTime() < deadline && channel.read(presented) >= 0) {
                if (presented.hasRemaining()) {
                    sleep(1);
                }
            }
            if (!presented.hasRemaining() && MessageDigest.isEqual(presented.array(), expected)) {
                channel.configureBlocking(true);
                return channel;
            }
            channel.close();
        }
        return null;
    }

    /** JShell's execution control over this agent's channel; its "out" goes to {@code out}, "err" to {@code err}. */
    ExecutionControl control(PrintStream out, PrintStream err) throws IOException {
        InputStream input = ChannelStreams.input(channel);
        OutputStream output = ChannelStreams.output(channel);
        return Util.remoteInputOutput(input, output, Map.of("out", out, "err", err, SnippetAgent.MARKS, marks), Map.of(),
                (commands, responses) -> new StreamingExecutionControl(responses, commands));
    }

    /** Where the boundaries of a page compiled as one unit arrive. */
    Marks marks() {
        return marks;
    }

    boolean sandboxed() {
        return sandboxed;
    }

    Path folder() {
        return folder;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The agent's exit code, waiting a little for it to end; -1 when it is still running. */
    int exitCode(long millis) {
        return waitFor(process, millis) ? process.exitValue() : -1;
    }

    private static boolean waitFor(Process process, long millis) {
        try {
            return process.waitFor(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the agent and everything it started (without a sandbox, its children are found by process tree), and deletes its folder. */
    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            // Closing is what we want anyway.
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        waitFor(process, 5000);
        Folders.delete(folder);
    }
}
