package dev.qa.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * The server-sent events endpoint the reload script listens to. Each event carries the version of
 * the site; a page reloads when it differs from the version it was served with, so a build that
 * finished between serving a page and its connecting here is not missed.
 */
final class LiveReload implements HttpHandler, AutoCloseable {
    static final String PATH = "/__qa/events";

    private final CopyOnWriteArrayList<HttpExchange> clients = new CopyOnWriteArrayList<>();
    private final LongSupplier version;

    LiveReload(LongSupplier version) {
        this.version = version;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        // The exchange stays open after this method returns: events are written to it by publish().
        if (send(exchange, "retry: 500\nevent: version\ndata: " + version.getAsLong() + "\n\n")) {
            clients.add(exchange);
        }
    }

    /** Tells every open page the site is now at this version. */
    void publish(long newVersion) {
        broadcast("event: version\ndata: " + newVersion + "\n\n");
    }

    /** A comment line, to find connections the browser closed (a write to them fails). */
    void ping() {
        broadcast(": ping\n\n");
    }

    int clients() {
        return clients.size();
    }

    private void broadcast(String event) {
        for (HttpExchange client : clients) {
            if (!send(client, event)) {
                clients.remove(client);
            }
        }
    }

    private static boolean send(HttpExchange exchange, String event) {
        try {
            OutputStream body = exchange.getResponseBody();
            synchronized (exchange) {
                body.write(event.getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
            return true;
        } catch (IOException e) {
            exchange.close();
            return false;
        }
    }

    @Override
    public void close() {
        clients.forEach(HttpExchange::close);
        clients.clear();
    }
}
