package dev.qa.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon's socket, with a stand-in for the build: what a client sees, and when the daemon stops. */
class DaemonServerTest {
    @TempDir
    Path temp;

    private Thread running;

    @AfterEach
    void stopDaemon() throws InterruptedException {
        if (running != null && running.isAlive()) {
            client().stop();
            running.join(10_000);
        }
    }

    private DaemonAddress address() {
        return new DaemonAddress(temp, "test");
    }

    private DaemonClient client() {
        return new DaemonClient(address(), List.of());
    }

    private Thread start(Duration idle, DaemonServer.Handler handler) throws InterruptedException {
        Thread thread = new Thread(() -> {
            try {
                new DaemonServer(address(), idle, () -> { }, handler).run();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        thread.start();
        for (int i = 0; i < 500 && !listening(); i++) {
            Thread.sleep(10);
        }
        assertTrue(listening(), "the daemon listens");
        running = thread;
        return thread;
    }

    @Test
    void aClientGetsTheCommandsOutputAndErrorInTheOrderTheyWereWrittenAndItsExitCode() throws Exception {
        start(Duration.ofMinutes(1), (args, out, err) -> {
            out.print("out " + args + "; ");
            err.print("err; ");
            out.print("out again; ");
            err.println("done");
            return 7;
        });
        StringWriter both = new StringWriter();
        PrintWriter writer = new PrintWriter(both);

        OptionalInt code = client().run(List.of("/home/someone", "build", "--source", "ünïcode"), writer, writer);

        assertEquals(OptionalInt.of(7), code);
        assertEquals("out [/home/someone, build, --source, ünïcode]; err; out again; done" + System.lineSeparator(), both.toString());
    }

    @Test
    void withoutADaemonTheClientSaysNothingAndTheCommandRunsItself() {
        StringWriter err = new StringWriter();

        OptionalInt code = client().run(List.of("/", "build"), new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertEquals(OptionalInt.empty(), code);
        assertEquals("", err.toString());
    }

    @Test
    void stopsWhenAskedAndRemovesItsSocketAndLog() throws Exception {
        Files.writeString(address().log(), "what the daemon printed");
        Thread daemon = start(Duration.ofMinutes(1), (args, out, err) -> 0);

        assertTrue(client().stop());

        daemon.join(10_000);
        assertFalse(daemon.isAlive());
        assertFalse(Files.exists(address().socket()));
        assertFalse(Files.exists(address().log()));
        assertFalse(client().stop(), "nothing left to stop");
    }

    @Test
    void stopsAfterItsIdleTime() throws Exception {
        Thread daemon = start(Duration.ofMillis(300), (args, out, err) -> 0);

        daemon.join(10_000);

        assertFalse(daemon.isAlive(), "an idle daemon stops by itself");
        assertFalse(Files.exists(address().socket()));
    }

    @Test
    void aSecondDaemonForTheSameAddressLeavesAtOnceAndTheFirstKeepsServing() throws Exception {
        start(Duration.ofMinutes(1), (args, out, err) -> 3);

        new DaemonServer(address(), Duration.ofMinutes(1), () -> { }, (args, out, err) -> 4).run();

        assertEquals(OptionalInt.of(3), client().run(List.of("/", "build"), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
    }

    @Test
    void aSocketLeftByAKilledDaemonIsReplaced() throws Exception {
        Files.writeString(address().socket(), "left behind");

        start(Duration.ofMinutes(1), (args, out, err) -> 5);

        assertEquals(OptionalInt.of(5), client().run(List.of("/", "build"), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
    }

    @Test
    void aClientThatGoesAwayMidCommandDoesNotStopTheDaemon() throws Exception {
        CountDownLatch began = new CountDownLatch(1);
        AtomicInteger finished = new AtomicInteger();
        start(Duration.ofMinutes(1), (args, out, err) -> {
            if (args.contains("slow")) {
                began.countDown();
                for (int i = 0; i < 50; i++) {
                    out.println("line " + i);
                    sleep(10);
                }
            }
            finished.incrementAndGet();
            return 0;
        });
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(address().socket()));
            Frames.writeRequest(new DataOutputStream(Channels.newOutputStream(channel)), List.of("/", "slow"));
            assertTrue(began.await(10, TimeUnit.SECONDS));
        } // gone, like a client killed with Ctrl-C

        assertEquals(OptionalInt.of(0), client().run(List.of("/", "build"), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        assertEquals(2, finished.get(), "the abandoned command ran to its end, then the next one ran");
    }

    @Test
    void aDaemonOutOfMemoryHandsTheCommandBackAndStops() throws Exception {
        Thread daemon = start(Duration.ofMinutes(1), (args, out, err) -> {
            throw new OutOfMemoryError("Java heap space");
        });
        StringWriter err = new StringWriter();

        OptionalInt code = client().run(List.of("/", "build"), new PrintWriter(new StringWriter()), new PrintWriter(err));

        assertEquals(OptionalInt.empty(), code, "the command runs in the client's own JVM instead");
        assertTrue(err.toString().contains("ran out of memory"), err::toString);
        daemon.join(10_000);
        assertFalse(daemon.isAlive());
    }

    private boolean listening() {
        return Files.exists(address().socket()) && !Files.isRegularFile(address().socket());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
