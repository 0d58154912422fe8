package dev.qa.daemon;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The command's side of the build daemon: hands a command line to the site's daemon and relays what
 * it prints, or starts a daemon after a build that found none listening. Whenever the daemon cannot
 * be used, it says why on standard error when that matters and returns nothing, and the command runs
 * in its own JVM instead.
 */
public final class DaemonClient {
    private final DaemonAddress address;
    /** The command that starts a daemon for this address (java, its options, the main class and arguments). */
    private final List<String> startCommand;
    /** Whether the last {@link #run} found no daemon listening, so one should be started after the build. */
    private boolean noneListening;

    public DaemonClient(DaemonAddress address, List<String> startCommand) {
        this.address = address;
        this.startCommand = List.copyOf(startCommand);
    }

    /**
     * Runs {@code args} in the daemon; the exit code, or empty when the caller must run them itself: no
     * daemon listens (nothing is said; {@link #start} one after the build), or it stopped (said on {@code err}).
     */
    public OptionalInt run(List<String> args, PrintWriter out, PrintWriter err) {
        Optional<SocketChannel> channel = connect();
        noneListening = channel.isEmpty();
        if (channel.isEmpty()) {
            return OptionalInt.empty();
        }
        try (SocketChannel socket = channel.get()) {
            DataOutputStream request = new DataOutputStream(Channels.newOutputStream(socket));
            Frames.writeRequest(request, args);
            return relay(new DataInputStream(new BufferedInputStream(Channels.newInputStream(socket))), out, err);
        } catch (IOException e) {
            err.println("qa: the build daemon stopped before the build finished (its log: " + address.log() + "); building without it");
            return OptionalInt.empty();
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Asks the daemon of this address to stop; false when none was running. */
    public boolean stop() {
        Optional<SocketChannel> channel = connect();
        if (channel.isEmpty()) {
            return false;
        }
        try (SocketChannel socket = channel.get()) {
            Frames.writeRequest(new DataOutputStream(Channels.newOutputStream(socket)), List.of(Frames.STOP));
            new DataInputStream(Channels.newInputStream(socket)).readByte();
            return true;
        } catch (IOException e) {
            return true; // it closed the connection as it stopped
        }
    }

    private static OptionalInt relay(DataInputStream in, PrintWriter out, PrintWriter err) throws IOException {
        while (true) {
            byte kind;
            try {
                kind = in.readByte();
            } catch (EOFException e) {
                throw new IOException("the daemon closed the connection", e);
            }
            switch (kind) {
                // Each frame is flushed at once, so that standard output and error keep the order the daemon wrote them in.
                case Frames.OUT -> {
                    out.print(new String(Frames.readBytes(in), StandardCharsets.UTF_8));
                    out.flush();
                }
                case Frames.ERR -> {
                    err.print(new String(Frames.readBytes(in), StandardCharsets.UTF_8));
                    err.flush();
                }
                case Frames.EXIT -> {
                    return OptionalInt.of(in.readInt());
                }
                case Frames.ELSEWHERE -> {
                    err.println("qa: the build daemon ran out of memory and stopped; building without it (QA_JAVA_OPTS=-Xmx… raises the limit)");
                    return OptionalInt.empty();
                }
                default -> throw new IOException("not a qa daemon frame: " + kind);
            }
        }
    }

    private Optional<SocketChannel> connect() {
        if (!java.nio.file.Files.exists(address.socket())) {
            return Optional.empty();
        }
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(address.socket()));
                return Optional.of(channel);
            } catch (IOException e) {
                channel.close();
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Starts a daemon in the background when the last {@link #run} found none, detached from this command's streams: it makes the site once in
     * memory and then waits for the next build. A daemon that cannot start says why in its log.
     */
    public void start() {
        if (!noneListening) {
            return; // one runs (or ran out of memory and stopped, and would again)
        }
        try {
            // Its own folder as its working folder: the command's may be removed or unmounted while the daemon lives.
            new ProcessBuilder(startCommand)
                    .directory(address.folder().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(address.log().toFile()))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            // No daemon: the next build runs in its own JVM again, as this one did.
        }
    }
}
