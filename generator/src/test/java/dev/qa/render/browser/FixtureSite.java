package dev.qa.render.browser;

import com.sun.net.httpserver.HttpServer;
import dev.qa.Fixtures;
import dev.qa.build.BuildRequest;
import dev.qa.build.BuildResult;
import dev.qa.build.Pipeline;
import dev.qa.check.SnippetResult;
import dev.qa.check.SnippetResults;
import dev.qa.model.CodeBlock;
import dev.qa.model.Position;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code render/reading} fixture built into a folder with the default theme, every runnable
 * snippet marked passed with the output its page expects, and served over HTTP on 127.0.0.1.
 */
final class FixtureSite implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "json", "application/json", "jsh", "text/plain; charset=utf-8", "xml", "application/xml");

    final Path folder;
    private final HttpServer server;

    FixtureSite(Path output) throws IOException {
        BuildResult result = new Pipeline(FixtureSite::passEverySnippet)
                .build(new BuildRequest(Fixtures.resource("render/reading"), output, Fixtures.templates(), Optional.empty()));
        if (!result.ok()) {
            throw new IllegalStateException("the fixture site did not build: " + result.problems());
        }
        folder = output;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = folder.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            boolean found = file.startsWith(folder) && Files.isRegularFile(file);
            byte[] body = Files.readAllBytes(found ? file : folder.resolve("404.html"));
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            exchange.sendResponseHeaders(found ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** {@code http://127.0.0.1:port/} */
    String httpRoot() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** {@code file:///.../} */
    String fileRoot() {
        return folder.toUri().toString();
    }

    private static SnippetResults passEverySnippet(dev.qa.model.Site site) {
        Map<Position, SnippetResult> results = new HashMap<>();
        site.questions().forEach(question -> {
            List<CodeBlock> blocks = question.body().codeBlocks();
            for (int i = 0; i < blocks.size(); i++) {
                CodeBlock block = blocks.get(i);
                if (block.language().equals("java")) {
                    boolean ignored = block.info().contains("ignore");
                    String stdout = i + 1 < blocks.size() && blocks.get(i + 1).language().equals("output") ? blocks.get(i + 1).text() : "";
                    results.put(block.fence(), new SnippetResult(ignored ? SnippetResult.Status.IGNORED : SnippetResult.Status.PASSED,
                            Optional.empty(), ignored ? "" : stdout, Optional.empty(), 1));
                }
            }
        });
        return new SnippetResults(results);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
