package dev.qa.check.agent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.execution.Util;

/**
 * The agent JVM: the only process that runs snippet code. It executes the classes the worker's
 * JShell compiled, over a Unix-domain socket the worker listens on, and nothing else. Its standard
 * output and error are not read by anyone, so nothing a snippet writes to {@code FileDescriptor.out}
 * reaches a verdict; what it prints on {@code System.out} travels as JShell's "out" channel, framed,
 * and is only ever the snippet's output.
 *
 * <p>Usage (started by the worker, never by people): {@code SnippetAgent <socket file in the working folder>}, with the
 * worker's one-time token as the single line of standard input, which then ends: the token is never
 * on a command line, and a snippet reading standard input gets an empty stream.
 */
public final class SnippetAgent extends DirectExecutionControl {
    /** Extension command: the live threads that are not the agent's own, as "id name daemon" lines. */
    public static final String THREADS = "qa.threads";
    /** Extension command: wait for a thread ({@code "id millis"}); answers whether it has ended. */
    public static final String AWAIT = "qa.await";
    /** The system property that tells the agent it runs in its own PID namespace, where it can see every process. */
    public static final String SANDBOXED = "qa.agent.sandboxed";
    /** Extension command: whether the JVM is as the agent started (streams, locale, time zone, properties, no threads or processes left). */
    public static final String CLEAN = "qa.clean";
    /**
     * Extension command: run a page compiled as one unit, whose classes were loaded before; the
     * argument is its class name, whose {@code qa$run(IntConsumer)} gets a {@link Gate}.
     */
    public static final String RUN_UNIT = "qa.unit";
    /** The name of the channel that carries a unit's snippet boundaries. */
    public static final String MARKS = "qa-marks";
    /** The method a unit runs its snippets in. */
    public static final String UNIT_METHOD = "qa$run";

    /** The output channels, set up by JShell's forwarding before the first command. */
    private final PrintStream[] forwarded;
    /** The boundaries channel, set up with the output channels; only a {@link Gate} writes to it. */
    private final OutputStream[] marks;
    private final Locale locale = Locale.getDefault();
    private final TimeZone timeZone = TimeZone.getDefault();
    private final Properties properties = copy(System.getProperties());
    private final boolean sandboxed = Boolean.getBoolean(SANDBOXED);
    /** The agent's own threads (main, JShell's channel reader), taken at the first command, before any snippet ran. */
    private Set<Thread> own;

    private SnippetAgent(PrintStream[] forwarded, OutputStream[] marks) {
        this.forwarded = forwarded;
        this.marks = marks;
    }

    public static void main(String[] args) throws IOException {
        // The worker dies with the build; if it dies without closing the socket, nothing is left running.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(1)));
        String token = readLine(System.in);
        // Standard input stays open (the worker closed its end: a snippet reading it gets end of input at
        // once). Closing it would free descriptor 0 for the socket below, and FileDescriptor.in would then
        // read JShell's commands.
        System.setIn(new ByteArrayInputStream(new byte[0]));
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(args[0]));
        OutputStream toWorker = ChannelStreams.output(channel);
        toWorker.write((token + "\n").getBytes(StandardCharsets.US_ASCII));
        toWorker.flush();
        PrintStream[] forwarded = new PrintStream[2];
        OutputStream[] marks = new OutputStream[1];
        Map<String, Consumer<OutputStream>> outputs = Map.of(
                "out", stream -> System.setOut(forwarded[0] = new PrintStream(stream, true, StandardCharsets.UTF_8)),
                "err", stream -> System.setErr(forwarded[1] = new PrintStream(stream, true, StandardCharsets.UTF_8)),
                MARKS, stream -> marks[0] = stream);
        Util.forwardExecutionControlAndIO(new SnippetAgent(forwarded, marks), ChannelStreams.input(channel), toWorker, outputs, Map.of());
        // The worker closed the channel: end now, whatever threads a snippet left behind.
        Runtime.getRuntime().halt(0);
    }

    @Override
    public void load(ClassBytecodes[] cbcs) throws ClassInstallException, NotImplementedException, EngineTerminationException {
        if (own == null) {
            own = Set.copyOf(Thread.getAllStackTraces().keySet());
        }
        super.load(cbcs);
    }

    @Override
    public Object extensionCommand(String command, Object arg) throws RunException, EngineTerminationException, InternalException {
        switch (command) {
            case THREADS:
                return threads().stream()
                        .map(thread -> thread.getId() + " " + (thread.isDaemon() ? "daemon" : "user") + " " + thread.getName())
                        .toArray(String[]::new);
            case AWAIT:
                String[] parts = ((String) arg).split(" ");
                long id = Long.parseLong(parts[0]);
                for (Thread thread : threads()) {
                    if (thread.getId() == id) {
                        try {
                            thread.join(Math.max(1, Long.parseLong(parts[1])));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return !thread.isAlive();
                    }
                }
                return true;
            case CLEAN:
                return threads().isEmpty() && processes() == 0 && System.out == forwarded[0] && System.err == forwarded[1]
                        && Locale.getDefault().equals(locale) && TimeZone.getDefault().equals(timeZone)
                        && copy(System.getProperties()).equals(properties) && Thread.getDefaultUncaughtExceptionHandler() == null;
            case RUN_UNIT:
                return runUnit((String) arg);
            default:
                return super.extensionCommand(command, arg);
        }
    }

    /** Runs a compiled page; an exception it ends with goes back as JShell reports a snippet's. */
    private Object runUnit(String className) throws RunException, InternalException {
        Method run;
        try {
            run = findClass(className).getMethod(UNIT_METHOD, IntConsumer.class);
        } catch (ReflectiveOperationException e) {
            throw new InternalException("no compiled page " + className + ": " + e);
        }
        try {
            run.invoke(null, new Gate(marks[0]));
        } catch (InvocationTargetException e) {
            throwConvertedInvocationException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new InternalException("cannot run " + className + ": " + e);
        }
        return "";
    }

    /**
     * Processes a snippet started that still run. In the sandbox's PID namespace every process is
     * visible, a detached one too (it would be the namespace's init's child); outside it only this
     * JVM's descendants are known to be the snippet's.
     */
    private long processes() {
        if (sandboxed) {
            long self = ProcessHandle.current().pid();
            return ProcessHandle.allProcesses().filter(process -> process.pid() != self && process.pid() != 1).count();
        }
        return ProcessHandle.current().descendants().count();
    }

    /** Threads a snippet started that are still alive. */
    private List<Thread> threads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.isAlive() && (own == null || !own.contains(thread)) && !isJdkWorker(thread))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** Threads the JDK starts on demand for its own use (reference cleaning) are not the snippet's. */
    private static boolean isJdkWorker(Thread thread) {
        return thread.isDaemon() && thread.getThreadGroup() != null && thread.getThreadGroup().getName().equals("InnocuousThreadGroup");
    }

    private static Properties copy(Properties properties) {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            line.append((char) c);
        }
        return line.toString();
    }
}
