package dev.qa.index;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search evaluation set ({@code bench/search/queries.tsv}) typed into a search box in Chromium:
 * qa's (read by {@link SearchEvaluationTest}) or Pagefind's (by {@link SearchBenchmark}, beside qa's).
 */
final class SearchEvaluation {
    static final Path QUERIES = Path.of("..", "bench", "search", "queries.tsv");

    /** One line of the set: a query and the pages that answer it (any one counts). */
    record Query(String category, String text, Set<String> expected) {
    }

    /** The pages a search showed for a query, best first, as site paths. */
    record Outcome(Query query, List<String> results) {
        /** 1 for the first result, 0 when no shown result answers the query. */
        int rank() {
            for (int i = 0; i < results.size(); i++) {
                if (query.expected().contains(results.get(i))) {
                    return i + 1;
                }
            }
            return 0;
        }

        boolean within(int top) {
            return rank() > 0 && rank() <= top;
        }
    }

    /** A search box in a page: how to type a query into it and read the shown results. */
    interface Box {
        List<String> search(ChromeDriver browser, String query);
    }

    private SearchEvaluation() {
    }

    static List<Query> read(Path file) throws IOException {
        List<Query> queries = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            queries.add(new Query(fields[0], fields[1], Set.of(fields[2].trim().split("\\s+"))));
        }
        return queries;
    }

    static List<Outcome> run(ChromeDriver browser, Box box, List<Query> queries) {
        browser.executeScript("window.__errors = [];"
                + "window.addEventListener('error', function (e) { window.__errors.push(e.message); });"
                + "window.addEventListener('unhandledrejection', function (e) { window.__errors.push(String(e.reason && e.reason.stack || e.reason)); });");
        List<Outcome> outcomes = new ArrayList<>();
        for (Query query : queries) {
            outcomes.add(new Outcome(query, box.search(browser, query.text())));
        }
        return outcomes;
    }

    /** qa's box, on a page of the site already open: clears it, types the query, waits for its results. */
    static final Box QA = (browser, query) -> {
        WebElement input = browser.findElement(By.id("qs-input"));
        if (!input.isDisplayed()) {
            browser.findElement(By.cssSelector("#search .qs-button")).click();
        }
        browser.executeScript("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input);
        input.sendKeys(query);
        WebElement listbox = browser.findElement(By.id("qs-listbox"));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> query.equals(listbox.getAttribute("data-query")));
        } catch (org.openqa.selenium.TimeoutException e) {
            // A query that never shows results is a miss, reported with the page's errors; the others still run.
            System.out.println("no results shown for " + query + "; page errors: " + browser.executeScript("return window.__errors"));
            return List.of();
        }
        return paths(browser, "#qs-listbox [role=option] a");
    };

    /** Pagefind's default UI: its results show after its own pause; taken once they stop changing. */
    static final Box PAGEFIND = (browser, query) -> {
        WebElement input = browser.findElement(By.cssSelector(".pagefind-ui__search-input"));
        browser.executeScript("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", input);
        input.sendKeys(query);
        List<String> last = null;
        int stable = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (stable < 4 && System.nanoTime() < deadline) {
            sleep(100);
            Object message = browser.executeScript(
                    "var m = document.querySelector('.pagefind-ui__message'); return m ? m.textContent : '';");
            List<String> now = paths(browser, ".pagefind-ui__result-link");
            // Its message names the query it answers ("3 results for cap theorem"): until then the list is the last query's.
            boolean settled = message != null && message.toString().toLowerCase().contains(query.trim().toLowerCase());
            stable = settled && now.equals(last) ? stable + 1 : 0;
            last = now;
        }
        return last == null ? List.of() : last;
    };

    private static List<String> paths(ChromeDriver browser, String selector) {
        List<String> paths = new ArrayList<>();
        for (WebElement link : browser.findElements(By.cssSelector(selector))) {
            String href = link.getAttribute("href");
            String path = URI.create(href).getPath();
            String page = path.replaceFirst("^.*?/(?=[^/]+/[^/]+\\.html$)", "");
            // Pagefind lists a page's sub-results (its headings) under it: one page counts once.
            if (!paths.contains(page)) {
                paths.add(page);
            }
        }
        return paths;
    }

    /** Per category and in all: queries, top-1 and top-3 counts. */
    static Map<String, int[]> tally(List<Outcome> outcomes) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            for (String key : List.of(outcome.query().category(), "all")) {
                int[] row = counts.computeIfAbsent(key, k -> new int[3]);
                row[0]++;
                row[1] += outcome.within(1) ? 1 : 0;
                row[2] += outcome.within(3) ? 1 : 0;
            }
        }
        int[] all = counts.remove("all");
        counts.put("all", all);
        return counts;
    }

    static String misses(List<Outcome> outcomes) {
        StringBuilder out = new StringBuilder();
        for (Outcome outcome : outcomes) {
            if (!outcome.within(3)) {
                out.append(String.format("  %-10s %-32s rank %d, shown %s%n", outcome.query().category(), outcome.query().text(),
                        outcome.rank(), outcome.results().stream().limit(3).toList()));
            }
        }
        return out.toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
