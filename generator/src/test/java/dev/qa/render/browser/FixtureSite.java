package dev.qa.render.browser;

import com.sun.net.httpserver.HttpServer;
import dev.qa.Fixtures;
import dev.qa.pipeline.BuildRequest;
import dev.qa.pipeline.BuildResult;
import dev.qa.pipeline.Pipeline;
import dev.qa.model.Result;
import dev.qa.model.Results;
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
        BuildResult result = new Pipeline(dev.qa.PassingCheck::of)
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

    @Override
    public void close() {
        server.stop(0);
    }
}
