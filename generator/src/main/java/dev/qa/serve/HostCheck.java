package dev.qa.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests addressed to the preview itself. A web page on another site can point its own
 * host name at 127.0.0.1 (DNS rebinding) and then read the preview as same-origin; its requests carry
 * that foreign host name in {@code Host}, so refusing every host but {@code 127.0.0.1} and
 * {@code localhost} (with the preview's port or none) keeps them out.
 */
final class HostCheck extends Filter {
    private final Set<String> allowed;

    HostCheck(int port) {
        // Without a port the name alone counts: an attacker's page would send its own name, never these.
        this.allowed = Set.of("127.0.0.1:" + port, "localhost:" + port, "127.0.0.1", "localhost");
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host != null && allowed.contains(host.strip().toLowerCase(Locale.ROOT))) {
            chain.doFilter(exchange);
            return;
        }
        byte[] body = ("qa serve answers only to " + String.join(" and ", allowed.stream().sorted().toList()) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(403, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public String description() {
        return "refuses requests for any host but the preview's own";
    }
}
