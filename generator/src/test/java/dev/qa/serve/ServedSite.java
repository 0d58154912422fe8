package dev.qa.serve;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.pipeline.BuildRequest;
import dev.qa.check.CheckOptions;
import dev.qa.check.SnippetChecker;
import dev.qa.pipeline.LiveBuild;
import dev.qa.check.WorkerPool;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A temporary copy of the serve fixture (with its own copy of the theme) served by a
 * {@link PreviewServer} with real snippet workers. Every snippet of the fixture appends a line to
 * {@link #runs()}, so a test counts the snippets that really ran, cache and all.
 */
final class ServedSite implements AutoCloseable {
    /** Workers are slow to start; the tests of this package share them. They end with the test JVM. */
    private static final WorkerPool WORKERS = unsandboxed();

    final Path root;
    final Path runsFile;
    final PreviewServer server;
    private final BlockingQueue<Rebuild> rebuilds = new LinkedBlockingQueue<>();

    private ServedSite(Path root, Path runsFile, int port) throws IOException {
        this.root = root;
        this.runsFile = runsFile;
        BuildRequest request = new BuildRequest(root, root.resolve("site"), root.resolve("templates"), Optional.empty());
        this.server = PreviewServer.start(request, new LiveBuild(new SnippetChecker(WORKERS, CheckOptions.defaults(root))), port, rebuilds::add);
    }

    /**
     * Workers whose snippets may write outside their folder: the fixture's snippets count their runs by
     * appending to a file in the test's folder, which the snippet sandbox (rightly) forbids.
     */
    private static WorkerPool unsandboxed() {
        String before = System.getProperty("qa.bwrap");
        System.setProperty("qa.bwrap", "none");
        try {
            return new WorkerPool(2);
        } finally {
            if (before == null) {
                System.clearProperty("qa.bwrap");
            } else {
                System.setProperty("qa.bwrap", before);
            }
        }
    }

    /** Copies the fixture into {@code temp}/site and serves it, once its first build is done. */
    static ServedSite start(Path temp) throws IOException {
        return start(temp, 0, site -> { });
    }

    static ServedSite start(Path temp, int port, java.util.function.Consumer<Path> beforeStart) throws IOException {
        Path root = temp.resolve("site");
        Path runs = temp.resolve("runs.txt");
        Fixtures.copy("serve/site", root);
        Fixtures.copyTree(Fixtures.templates(), root.resolve("templates"));
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".java")).toList()) {
                Files.writeString(file, Files.readString(file).replace("@RUNS@", runs.toString().replace("\\", "/")));
            }
        }
        beforeStart.accept(root);
        return new ServedSite(root, runs, port);
    }

    /** The next build's result; fails the test when none comes. */
    Rebuild awaitRebuild() {
        try {
            Rebuild rebuild = rebuilds.poll(60, TimeUnit.SECONDS);
            assertNotNull(rebuild, "no rebuild within 60 s");
            return rebuild;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Replaces text in a file of the site, as an editor's save would. */
    void edit(String file, String from, String to) throws IOException {
        Path path = root.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), () -> file + " does not contain " + from);
        Files.writeString(path, text.replace(from, to));
    }

    /** The lines the fixture's snippets appended since the last call, sorted: which snippets ran. */
    List<String> runs() throws IOException {
        if (!Files.exists(runsFile)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(runsFile).stream().sorted().toList();
        Files.delete(runsFile);
        return lines;
    }

    Response get(String target) {
        return request("GET", target, Map.of());
    }

    /** A request sent byte for byte as given: no client normalises the target on the way. */
    Response request(String method, String target, Map<String, String> headers) {
        try (Socket socket = new Socket("127.0.0.1", server.url().getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: " + headers.getOrDefault("Host", "127.0.0.1")
                    + "\r\nConnection: close\r\n");
            headers.forEach((name, value) -> {
                if (!name.equals("Host")) {
                    head.append(name).append(": ").append(value).append("\r\n");
                }
            });
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return Response.parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.url().getPort();
    }

    @Override
    public void close() {
        server.close();
    }

    /** An HTTP/1.1 response read off the socket (header names in lower case; the body as UTF-8). */
    record Response(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }

        static Response parse(InputStream in) throws IOException {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            return new Response(status, headers, text.substring(end + 4));
        }
    }
}
