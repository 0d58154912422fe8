package dev.qa.serve;

import com.sun.net.httpserver.HttpServer;
import dev.qa.pipeline.BuildRequest;
import dev.qa.pipeline.LiveBuild;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code qa serve}: the site built in memory and served on 127.0.0.1, rebuilt on every save in
 * {@code content/}, {@code snippets/}, {@code templates/} or {@code qa.yml}, and open pages reloaded.
 * A failed build never stops it: the last good site stays served with the problems over it.
 *
 * <pre>{@code
 * try (PreviewServer server = PreviewServer.start(request, build, 8080, rebuild -> log(rebuild))) {
 *     System.out.println(server.url());
 *     ...
 * }
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {
    public static final int DEFAULT_PORT = 8080;
    /** How many ports after the asked one are tried when it is taken. */
    static final int PORTS_TO_TRY = 20;
    /** How long the folders must be quiet before a burst of saves is rebuilt (an editor's save is several events). */
    static final Duration QUIET = Duration.ofMillis(30);
    private static final Duration PING = Duration.ofSeconds(15);

    private final LiveSite site;
    private final HttpServer server;
    private final LiveReload reload;
    private final SiteWatcher watcher;
    private final ScheduledExecutorService builds;
    private final ExecutorService requests;
    private final Consumer<Rebuild> afterRebuild;
    private final Set<Path> pending = new HashSet<>();
    private boolean pendingLost;
    private boolean scheduled;

    private PreviewServer(BuildRequest request, LiveBuild build, int port, Consumer<Rebuild> afterRebuild) throws IOException {
        this.site = new LiveSite(request, build);
        this.afterRebuild = afterRebuild;
        this.reload = new LiveReload(() -> site.current().version());
        this.builds = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "qa-rebuild"));
        // A thread per open connection, made as needed: a few clients that send their headers slowly (or
        // pages holding the reload stream open) must not leave a normal request waiting for a thread.
        this.requests = Executors.newCachedThreadPool(task -> daemon(task, "qa-http"));
        this.server = bind(port);
        HostCheck hosts = new HostCheck(server.getAddress().getPort());
        server.createContext("/", new SiteHandler(site::current, request.templates().resolve("assets"))).getFilters().add(hosts);
        server.createContext(LiveReload.PATH, reload).getFilters().add(hosts);
        server.setExecutor(requests);
        Path source = request.source();
        this.watcher = new SiteWatcher(source, List.of(source.resolve("content"), source.resolve("snippets"), request.templates()),
                QUIET, this::changed);
    }

    /**
     * Binds the server and starts the first build, in the background: the URL can be opened at once
     * and shows the site when it is built.
     *
     * @param port         the port to try first ({@code 0}: any free port); the next ones are tried when it is taken
     * @param afterRebuild told of every build, the first one included, after open pages were told to reload
     */
    public static PreviewServer start(BuildRequest request, LiveBuild build, int port, Consumer<Rebuild> afterRebuild)
            throws IOException {
        PreviewServer preview = new PreviewServer(request, build, port, afterRebuild);
        preview.server.start();
        preview.watcher.start();
        preview.builds.scheduleAtFixedRate(preview.reload::ping, PING.toMillis(), PING.toMillis(), TimeUnit.MILLISECONDS);
        preview.schedule(Set.of(), true);
        return preview;
    }

    /** Where the site is served, such as {@code http://127.0.0.1:8080/}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private static HttpServer bind(int port) throws IOException {
        InetAddress loopback = InetAddress.getLoopbackAddress();
        BindException last = null;
        int tries = port == 0 ? 1 : PORTS_TO_TRY;
        for (int i = 0; i < tries && port + i <= 65_535; i++) {
            try {
                return HttpServer.create(new InetSocketAddress(loopback, port + i), 0);
            } catch (BindException e) {
                last = e;
            }
        }
        throw new BindException("ports " + port + " to " + (port + tries - 1) + " on 127.0.0.1 are all taken"
                + (last == null ? "" : " (" + last.getMessage() + ")"));
    }

    private void changed(Set<Path> files, boolean lostEvents) {
        schedule(files, lostEvents);
    }

    /** Changes that arrive while a build runs are gathered into the next one, not queued one build each. */
    private synchronized void schedule(Set<Path> files, boolean lostEvents) {
        pending.addAll(files);
        pendingLost |= lostEvents;
        if (!scheduled) {
            scheduled = true;
            builds.execute(this::rebuild);
        }
    }

    private void rebuild() {
        Set<Path> files;
        boolean lost;
        synchronized (this) {
            files = Set.copyOf(pending);
            lost = pendingLost;
            pending.clear();
            pendingLost = false;
            scheduled = false;
        }
        Rebuild rebuild = site.rebuild(files, lost);
        reload.publish(rebuild.version());
        afterRebuild.accept(rebuild);
    }

    /** Stops watching and serving; open event streams are closed. The live build (and its snippet workers) is the caller's to close. */
    @Override
    public void close() {
        watcher.close();
        reload.close();
        server.stop(0);
        builds.shutdownNow();
        requests.shutdownNow();
        try {
            builds.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
