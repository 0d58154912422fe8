package dev.qa.index;

import dev.qa.Chromium;

import com.sun.net.httpserver.HttpServer;
import dev.qa.pipeline.BuildRequest;
import dev.qa.pipeline.BuildResult;
import dev.qa.pipeline.Pipeline;
import dev.qa.model.Results;
import dev.qa.load.SiteLoader;
import dev.qa.model.Site;
import dev.qa.model.Page;
import dev.qa.render.Renderer;
import dev.qa.render.Templates;
import java.lang.management.ManagementFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measures search in Chromium, for docs/benchmarks.md: bytes downloaded until the first query's
 * results show (typed a letter at a time, as a reader does), and the time from a keystroke to the
 * first result, for qa's search and for Pagefind on the same built site. Run by bench/search/run.sh:
 * {@code SearchBenchmark SITE PAGEFIND_SITE QUERY...} where PAGEFIND_SITE holds pagefind-bench.html.
 */
public final class SearchBenchmark {
    /** Records when the last input event happened and when a result first showed after it. */
    private static final String PROBE = "var selector = arguments[0]; window.__probe = {input: 0, shown: 0};"
            + "document.addEventListener('input', function () { window.__probe.input = performance.now(); window.__probe.shown = 0; }, true);"
            + "new MutationObserver(function (records) {"
            + "  var added = records.some(function (r) { return Array.prototype.some.call(r.addedNodes, function (n) {"
            + "    return n.nodeType === 1 && (n.matches(selector) || n.querySelector(selector)); }); });"
            + "  if (window.__probe.input && !window.__probe.shown && added) { window.__probe.shown = performance.now(); }"
            + "}).observe(document.body, {childList: true, subtree: true});";

    /** @param latencyPage the page for timings: Pagefind's UI waits 300 ms after a keystroke unless told not to */
    private record Engine(String name, String page, String latencyPage, String open, String input, String result, List<String> counted) {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("build")) {
            build(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
            return;
        }
        Path site = Path.of(args[0]).toAbsolutePath();
        Path pagefindSite = Path.of(args[1]).toAbsolutePath();
        List<String> queries = new ArrayList<>(List.of(args).subList(2, args.length));
        Optional<Path> evaluation = Optional.empty();
        if (queries.size() >= 2 && queries.get(0).equals("--eval")) {
            evaluation = Optional.of(Path.of(queries.get(1)));
            queries = queries.subList(2, queries.size());
        }
        Engine qa = new Engine("qa", "index.html", "index.html", "#search .qs-button", "#qs-input", "#qs-listbox [role=option]",
                List.of("/search-index/", "/assets/search."));
        Engine pagefind = new Engine("pagefind", "pagefind-bench.html", "pagefind-bench.html?debounce=0", null, ".pagefind-ui__search-input",
                ".pagefind-ui__result", List.of("/pagefind/"));
        Path profile = Files.createTempDirectory("qa-bench-profile");
        ChromeDriver browser = Chromium.start(profile);
        try {
            measure(browser, site, qa, queries);
            measure(browser, pagefindSite, pagefind, queries);
            if (evaluation.isPresent()) {
                evaluate(browser, site, pagefindSite, SearchEvaluation.read(evaluation.get()));
            }
        } finally {
            browser.quit();
        }
    }

    /**
     * Builds a site without running its snippets: the benchmark measures search, and content being
     * written may hold a failing snippet, which would stop a real build.
     */
    private static void build(Path source, Path output, Path templates) throws IOException {
        // The index stage alone, first run in this JVM (as in a build), wall and CPU time of the process.
        Site site = new SiteLoader().load(source).site();
        List<Page> pages = new Renderer(new Templates(templates)).render(site, Results.none()).pages();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        int files = new SearchIndexer().index(site, pages).size();
        System.out.printf("index stage alone: %d ms wall, %d ms CPU, %d files for %d pages%n", (System.nanoTime() - wall) / 1_000_000,
                (os.getProcessCpuTime() - cpu) / 1_000_000, files, pages.size());
        BuildResult result = new Pipeline(loaded -> Results.none()).build(new BuildRequest(source, output, templates, Optional.empty()));
        if (!result.ok()) {
            throw new IllegalStateException("the site did not build: " + result.problems());
        }
    }

    private static void measure(ChromeDriver browser, Path root, Engine engine, List<String> queries) throws IOException {
        HttpServer server = serve(root);
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            // Bytes: a fresh page for each query, typed a letter at a time.
            for (String query : queries) {
                browser.manage().deleteAllCookies();
                browser.executeCdpCommand("Network.enable", Map.of());
                browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
                browser.get("about:blank");
                SENT.clear();
                browser.get(base + engine.page());
                WebElement input = openSearch(browser, engine);
                for (char c : query.toCharArray()) {
                    input.sendKeys(String.valueOf(c));
                    sleep(120);
                }
                waitForResult(browser, engine);
                sleep(800);
                long[] bytes = bytes(root, engine);
                System.out.println(engine.name() + " files: " + SENT.stream().filter(p -> engine.counted().stream().anyMatch(p::contains)).toList());
                System.out.printf("%s first-query \"%s\": %d requests, %d bytes raw, %d bytes gzip%n", engine.name(), query, bytes[2],
                        bytes[0], bytes[1]);
            }
            browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));

            // Time to first result: a fresh page, a whole query in one input (cold), then one more letter (warm).
            for (String query : queries) {
                browser.get(base + engine.latencyPage());
                WebElement input = openSearch(browser, engine);
                browser.executeScript(PROBE, engine.result());
                browser.executeScript("arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input, query.substring(0, query.length() - 1));
                waitForResult(browser, engine);
                double cold = elapsed(browser);
                sleep(500);
                browser.executeScript(PROBE, engine.result());
                clearResults(browser, engine);
                input.sendKeys(query.substring(query.length() - 1));
                waitForResult(browser, engine);
                double warm = elapsed(browser);
                System.out.printf("%s \"%s\": first result %.1f ms cold (page just opened), %.1f ms on the next keystroke%n",
                        engine.name(), query, cold, warm);
            }
        } finally {
            server.stop(0);
        }
    }

    /** The evaluation set typed into both searches (Pagefind with its default UI and pause), top-1 and top-3 by category. */
    private static void evaluate(ChromeDriver browser, Path site, Path pagefindSite, List<SearchEvaluation.Query> queries)
            throws IOException {
        browser.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        List<SearchEvaluation.Outcome> ours;
        List<SearchEvaluation.Outcome> theirs;
        HttpServer server = serve(site);
        try {
            browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/index.html");
            openSearch(browser, new Engine("qa", "", "", "#search .qs-button", "#qs-input", "", List.of()));
            ours = SearchEvaluation.run(browser, SearchEvaluation.QA, queries);
        } finally {
            server.stop(0);
        }
        server = serve(pagefindSite);
        try {
            browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/pagefind-bench.html");
            openSearch(browser, new Engine("pagefind", "", "", null, ".pagefind-ui__search-input", "", List.of()));
            theirs = SearchEvaluation.run(browser, SearchEvaluation.PAGEFIND, queries);
        } finally {
            server.stop(0);
        }
        Map<String, int[]> a = SearchEvaluation.tally(ours);
        Map<String, int[]> b = SearchEvaluation.tally(theirs);
        System.out.println("evaluation (" + queries.size() + " queries): category | queries | qa top-1 | qa top-3 | pagefind top-1 | pagefind top-3");
        a.forEach((category, row) -> System.out.printf("| %s | %d | %d | %d | %d | %d |%n", category, row[0], row[1], row[2],
                b.get(category)[1], b.get(category)[2]));
        System.out.println("qa misses (not in the top three):");
        System.out.print(SearchEvaluation.misses(ours));
        System.out.println("pagefind misses (not in the top three):");
        System.out.print(SearchEvaluation.misses(theirs));
    }

    private static WebElement openSearch(ChromeDriver browser, Engine engine) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(
                engine.open() != null ? engine.open() : engine.input())).isEmpty());
        if (engine.open() != null) {
            browser.findElement(By.cssSelector(engine.open())).click();
        }
        WebElement input = browser.findElement(By.cssSelector(engine.input()));
        input.click();
        return input;
    }

    /** Removes the shown results, so that the probe sees the next ones appear. */
    private static void clearResults(ChromeDriver browser, Engine engine) {
        browser.executeScript("document.querySelectorAll(arguments[0]).forEach(function (e) { e.remove(); });", engine.result());
    }

    private static void waitForResult(ChromeDriver browser, Engine engine) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector(engine.result())).isEmpty());
    }

    private static double elapsed(ChromeDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> ((Number) browser.executeScript(
                "return window.__probe.shown")).doubleValue() > 0);
        return ((Number) browser.executeScript("return window.__probe.shown - window.__probe.input")).doubleValue();
    }

    /** Raw bytes, gzip bytes and count of the search's files that the server sent. */
    private static long[] bytes(Path root, Engine engine) {
        long raw = 0;
        long gzip = 0;
        long count = 0;
        for (String path : SENT) {
            if (engine.counted().stream().noneMatch(path::contains)) {
                continue;
            }
            try {
                byte[] body = Files.readAllBytes(root.resolve(path.substring(1)));
                raw += body.length;
                gzip += gzipped(body);
                count++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new long[] {raw, gzip, count};
    }

    private static long gzipped(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.size();
    }

    /** Every file the server sent, in order: what the browser downloaded, workers' fetches included. */
    private static final java.util.Queue<String> SENT = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private static HttpServer serve(Path root) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean found = file.startsWith(root) && Files.isRegularFile(file);
            byte[] body = found ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            exchange.getResponseHeaders().add("Content-Type", name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".css") ? "text/css" : name.endsWith(".wasm") || name.endsWith("wasm.unknown") ? "application/wasm"
                    : name.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream");
            exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            if (found) {
                SENT.add(exchange.getRequestURI().getPath());
            }
        });
        server.start();
        return server;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
