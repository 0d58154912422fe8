package dev.qa.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.CRC32;

/**
 * Answers GET and HEAD for the files of the site: pages and search index from memory, assets from
 * the theme's {@code assets/} folder. Every response is revalidated by the browser (no-cache with an
 * ETag), since a preview changes under it; HTML gets the reload script.
 */
final class SiteHandler implements HttpHandler {
    private static final String ASSETS = "assets/";
    private static final String NOT_FOUND_PAGE = "404.html";

    private final Supplier<Snapshot> site;
    private final Path assets;

    /** @param assets the theme's assets folder, served under {@code assets/} */
    SiteHandler(Supplier<Snapshot> site, Path assets) {
        this.site = site;
        this.assets = assets;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", bytes("method not allowed\n"));
                return;
            }
            Snapshot snapshot = site.get();
            RequestPath path = RequestPath.of(exchange.getRequestURI().getRawPath(), snapshot::isFolder);
            if (path instanceof RequestPath.Refused refused) {
                send(exchange, 400, "text/plain; charset=utf-8", bytes("bad request: " + refused.reason() + "\n"));
            } else if (path instanceof RequestPath.Folder folder) {
                exchange.getResponseHeaders().set("Location", folder.location());
                send(exchange, 301, "text/plain; charset=utf-8", bytes("moved to " + folder.location() + "\n"));
            } else if (path instanceof RequestPath.Inside inside) {
                serve(exchange, snapshot, inside.path());
            }
        }
    }

    private void serve(HttpExchange exchange, Snapshot snapshot, String path) throws IOException {
        Optional<byte[]> content = snapshot.file(path).or(() -> asset(path));
        if (content.isEmpty() && snapshot.paths().isEmpty() && ContentTypes.isHtml(path)) {
            // No build has succeeded yet: every page says why (or that it is building), and reloads when there is a site.
            send(exchange, 200, ContentTypes.of(path), bytes(ReloadScript.placeholder(snapshot.version(), snapshot.problems())));
            return;
        }
        if (content.isEmpty()) {
            byte[] page = snapshot.file(NOT_FOUND_PAGE).orElse(bytes("<!doctype html><title>Not found</title><h1>Not found</h1>"));
            send(exchange, 404, ContentTypes.of(NOT_FOUND_PAGE), withScript(page, snapshot));
            return;
        }
        byte[] body = ContentTypes.isHtml(path) ? withScript(content.get(), snapshot) : content.get();
        String etag = etag(body);
        exchange.getResponseHeaders().set("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            send(exchange, 304, ContentTypes.of(path), null);
            return;
        }
        send(exchange, 200, ContentTypes.of(path), body);
    }

    /** A file of the theme's assets, never one that a link or {@code ..} leads out of that folder. */
    private Optional<byte[]> asset(String path) {
        if (!path.startsWith(ASSETS) || !Files.isDirectory(assets)) {
            return Optional.empty();
        }
        try {
            Path folder = assets.toRealPath();
            Path file = folder.resolve(path.substring(ASSETS.length())).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            Path real = file.toRealPath();
            return real.startsWith(folder) ? Optional.of(Files.readAllBytes(real)) : Optional.empty();
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static byte[] withScript(byte[] html, Snapshot snapshot) {
        return bytes(ReloadScript.inject(new String(html, StandardCharsets.UTF_8), snapshot.version(), snapshot.problems()));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-cache");
        headers.set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (body == null || status == 304) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        if (head) {
            headers.set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String etag(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return "\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(body.length) + "\"";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
