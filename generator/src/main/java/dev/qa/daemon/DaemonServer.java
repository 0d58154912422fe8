package dev.qa.daemon;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jdk.net.ExtendedSocketOptions;
import jdk.net.UnixDomainPrincipal;

/**
 * The build daemon's side of the socket: one request at a time (a second client waits for the first),
 * each run by the handler with the client's standard output and error. It stops when nobody asked for
 * anything for {@code idle}, when qa's own jar changed under it (a client of the new jar has another
 * address), when its socket is gone, or when a client asks it to.
 */
public final class DaemonServer {
    private final DaemonAddress address;
    private final Duration idle;
    private final Handler handler;
    private final Runnable warmUp;
    private final String classPath = ClassPathStamp.ofThisJvm();
    private volatile long lastUsed = System.nanoTime();
    private volatile boolean busy;

    /** What the daemon does with a request: runs the command line, printing to {@code out} and {@code err}; returns its exit code. */
    public interface Handler {
        int handle(List<String> args, PrintWriter out, PrintWriter err);
    }

    /** @param warmUp what the daemon does once it listens, before the first request (a client that comes meanwhile waits) */
    public DaemonServer(DaemonAddress address, Duration idle, Runnable warmUp, Handler handler) {
        this.address = address;
        this.idle = idle;
        this.warmUp = warmUp;
        this.handler = handler;
    }

    /** Serves until it should stop; returns at once when another daemon already serves this address. */
    public void run() throws IOException {
        try (FileChannel lockChannel = FileChannel.open(address.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(lockChannel)) {
            if (lock == null) {
                return;
            }
            // A socket file left by a daemon that was killed: nobody listens on it, since its lock was free.
            Files.deleteIfExists(address.socket());
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(address.socket()));
                Files.setPosixFilePermissions(address.socket(), PosixFilePermissions.fromString("rw-------"));
                ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "qa-daemon-watch");
                    thread.setDaemon(true);
                    return thread;
                });
                watch.scheduleWithFixedDelay(() -> closeWhenDone(server), 1, 1, TimeUnit.SECONDS);
                try {
                    busy = true;
                    try {
                        warmUp.run();
                    } finally {
                        lastUsed = System.nanoTime();
                        busy = false;
                    }
                    serve(server);
                } finally {
                    watch.shutdownNow();
                    Files.deleteIfExists(address.socket());
                }
                // Stopped as it should: its log holds nothing anyone needs. (The lock file stays: removing it could let two daemons hold two locks.)
                Files.deleteIfExists(address.log());
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null; // a daemon in this very JVM holds it
        }
    }

    private void serve(ServerSocketChannel server) throws IOException {
        while (true) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException e) {
                return; // closed by the watch: idle, outdated or unreachable
            }
            busy = true;
            try (client) {
                if (!answer(client)) {
                    return;
                }
            } catch (IOException e) {
                // The client went away (killed, Ctrl-C): what it asked for was done or is dropped, and the next one is served.
            } finally {
                lastUsed = System.nanoTime();
                busy = false;
            }
        }
    }

    /** Answers one client; false when the daemon must stop now. */
    private boolean answer(SocketChannel client) throws IOException {
        UnixDomainPrincipal peer = client.getOption(ExtendedSocketOptions.SO_PEERCRED);
        if (!peer.user().getName().equals(System.getProperty("user.name"))) {
            return true; // the folder is the owner's alone, so this cannot happen; if it does, nothing is said
        }
        DataInputStream in = new DataInputStream(Channels.newInputStream(client));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
        List<String> args = Frames.readRequest(in);
        if (args.equals(List.of(Frames.STOP))) {
            exit(out, 0);
            return false;
        }
        FrameWriter stdout = new FrameWriter(out, Frames.OUT);
        FrameWriter stderr = new FrameWriter(out, Frames.ERR);
        int code;
        try {
            code = handler.handle(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
        } catch (OutOfMemoryError e) {
            // Its heap may hold half-made state: the client builds in its own JVM, and this daemon stops.
            synchronized (out) {
                out.writeByte(Frames.ELSEWHERE);
                out.flush();
            }
            return false;
        }
        exit(out, code);
        return true;
    }

    private static void exit(DataOutputStream out, int code) throws IOException {
        synchronized (out) {
            out.writeByte(Frames.EXIT);
            out.writeInt(code);
            out.flush();
        }
    }

    private void closeWhenDone(ServerSocketChannel server) {
        boolean idleTooLong = System.nanoTime() - lastUsed > idle.toNanos();
        boolean outdated = !ClassPathStamp.ofThisJvm().equals(classPath);
        boolean unreachable = !Files.exists(address.socket());
        if (!busy && (idleTooLong || outdated || unreachable)) {
            try {
                server.close();
            } catch (IOException e) {
                // closing a listening socket does not fail in a way that matters here
            }
        }
    }

    /** Text written to one of the client's streams, sent as frames; a client that went away is not an error for the build. */
    private static final class FrameWriter extends Writer {
        private final DataOutputStream out;
        private final byte kind;
        private boolean gone;

        FrameWriter(DataOutputStream out, byte kind) {
            this.out = out;
            this.kind = kind;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            if (gone || length == 0) {
                return;
            }
            byte[] bytes = new String(chars, offset, length).getBytes(StandardCharsets.UTF_8);
            synchronized (out) {
                try {
                    out.writeByte(kind);
                    out.writeInt(bytes.length);
                    out.write(bytes);
                } catch (IOException e) {
                    gone = true;
                }
            }
        }

        @Override
        public void flush() {
            synchronized (out) {
                try {
                    out.flush();
                } catch (IOException e) {
                    gone = true;
                }
            }
        }

        @Override
        public void close() {
            flush();
        }
    }
}
