package dev.qa.index;

import dev.qa.Chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.qa.Fixtures;
import dev.qa.pipeline.BuildRequest;
import dev.qa.pipeline.BuildResult;
import dev.qa.pipeline.Pipeline;
import dev.qa.model.Results;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The search box as a reader uses it, in Chromium, on a site opened from disk and from a server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {
    private Path site;
    private ChromeDriver browser;

    @BeforeAll
    void buildSiteAndStartBrowser(@TempDir Path temp) throws IOException {
        site = temp.resolve("site");
        BuildResult result = new Pipeline(loaded -> Results.none())
                .build(new BuildRequest(Fixtures.resource("index/site"), site, Fixtures.templates(), Optional.empty()));
        assertTrue(result.ok(), () -> result.problems().toString());
        browser = Chromium.start(temp.resolve("profile"));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void home() {
        browser.get(site.resolve("index.html").toUri().toString());
    }

    @ParameterizedTest(name = "{0} finds \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "LinkedHashMap        | How do you keep the insertion order of a map?",
        "linkedhashmap        | How do you keep the insertion order of a map?",
        "linked hash map      | How do you keep the insertion order of a map?",
        "hashmap              | How do you keep the insertion order of a map?",
        "ThreadPoolExecutor   | How large should a thread pool be?",
        "blocking queue       | How large should a thread pool be?",
        "kubernets            | What does Kubernetes do for a service?",
        "kubrenetes           | What does Kubernetes do for a service?",
        "optimsitic lcking    | When is optimistic locking better than pessimistic locking?",
        "idempotncy           | What delivery guarantees do message brokers give?",
        "hashcode             | Why override equals and hashCode together?",
        "kuber                | What does Kubernetes do for a service?",
        "pessim               | When is optimistic locking better than pessimistic locking?",
        "'\"once delivery\"'  | What delivery guarantees do message brokers give?",
        // joined, hyphenated and split forms of "load balancer"; a plural; a synonym; an alias; code only
        "loadbalancer         | How does a load balancer pick a server?",
        "load-balancer        | How does a load balancer pick a server?",
        "balancers            | How does a load balancer pick a server?",
        "lb                   | How does a load balancer pick a server?",
        "k8s rolling          | What does Kubernetes do for a service?",
        "orchestrator         | What does Kubernetes do for a service?",
        "ConsistentHashRing   | How does a load balancer pick a server?",
        "consistent hash ring | How does a load balancer pick a server?",
        "203                  | How does a load balancer pick a server?",
    })
    void typingFindsTheQuestion(String query, String title) {
        // The page's script may not listen yet right after load: press "/" again until the box opens.
        waitFor(() -> {
            boolean shown = browser.findElements(By.id("qs-input")).stream().anyMatch(WebElement::isDisplayed);
            if (!shown) {
                new Actions(browser).sendKeys("/").perform();
            }
            return shown;
        });
        type(query);
        assertEquals(title, titles().get(0), () -> "results for " + query + ": " + titles());
    }

    @Test
    void aPageWithTheWordComesBeforeAPageWithATypoOfIt() {
        open();
        type("threat");
        // "thread" is one edit away and stands in a title, which weighs ten times the text's "threat".
        assertEquals(List.of("How does a load balancer pick a server?", "How large should a thread pool be?"), titles());
    }

    @Test
    void aNumberMatchesOnlyItself() {
        open();
        type("20");
        assertEquals(List.of(), titles(), "20 is not 203");
    }

    @Test
    void aPageFoundOnlyByItsCodeShowsTheMatchingCodeLine() {
        open();
        type("ConsistentHashRing");
        WebElement code = browser.findElement(By.cssSelector("#qs-listbox [role=option] .qs-excerpt code.qs-code"));
        assertEquals("var ring = new ConsistentHashRing(List.of(\"app-1\", \"app-2\", \"app-3\"));", code.getText());
        assertEquals("ConsistentHashRing", code.findElement(By.tagName("mark")).getText());
    }

    @Test
    void onAPhoneResultsAreCompactAndTheKeyboardHelpIsHidden() {
        Chromium.viewport(browser, 390, 844, true);
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", true, "maxTouchPoints", 5));
        try {
            browser.navigate().refresh();
            assertEquals(Boolean.TRUE, browser.executeScript("return matchMedia('(hover: none) and (pointer: coarse)').matches"),
                    "the emulated phone is a touch screen");
            open();
            type("con");
            List<WebElement> options = browser.findElements(By.cssSelector("#qs-listbox [role=option]"));
            assertTrue(options.size() >= 3, "results for con: " + titles());
            assertFalse(browser.findElement(By.className("qs-help")).isDisplayed(), "no keyboard shortcuts on a touch screen");
            int top = listbox().getRect().getY();
            double each = options.stream().mapToInt(option -> option.getRect().getHeight()).average().orElseThrow();
            double perScreen = (844 - top) / each;
            assertTrue(perScreen >= 6, "results per screen: " + perScreen + " (list at " + top + " px, " + each + " px each)");
        } finally {
            browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", false));
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
        }
    }

    @Test
    void onADesktopTheKeyboardHelpShowsOnOneLineEach() {
        open();
        WebElement help = browser.findElement(By.className("qs-help"));
        assertTrue(help.isDisplayed());
        WebElement chip = help.findElement(By.className("qs-chip"));
        assertEquals("nowrap", chip.getCssValue("white-space"), "the phrase chip does not wrap");
    }

    @Test
    void aPhraseOnlyMatchesTheWordsSideBySide() {
        open();
        type("once delivery");
        assertEquals(2, titles().size(), () -> titles().toString());
        input().clear();
        type("\"once delivery\"");
        assertEquals(List.of("What delivery guarantees do message brokers give?"), titles());
    }

    @Test
    void matchesAreHighlightedInResultsAndOnTheOpenedPage() {
        open();
        type("kubernets");
        WebElement first = browser.findElement(By.cssSelector("#qs-listbox [role=option] .qs-title mark"));
        assertEquals("Kubernetes", first.getText());
        input().sendKeys(Keys.ENTER);
        waitFor(() -> browser.getCurrentUrl().contains("kubernetes.html"));
        List<WebElement> marks = browser.findElements(By.cssSelector("main mark.qs-hit"));
        assertFalse(marks.isEmpty(), "the opened page marks the match");
        assertEquals("kubernetes", marks.get(0).getText().toLowerCase());
    }

    @Test
    void aMatchInAHeadingLinksToItsAnchor() {
        open();
        type("rolling updates");
        WebElement link = browser.findElement(By.cssSelector("#qs-listbox [role=option] a"));
        assertTrue(link.getAttribute("href").endsWith("#rolling-updates"), link.getAttribute("href"));
        assertTrue(link.getText().contains("Rolling updates"), link.getText());
    }

    @Test
    void keyboardOpensMovesOpensAndCloses() {
        WebElement button = browser.findElement(By.cssSelector("#search .qs-button"));
        new Actions(browser).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        assertTrue(input().isDisplayed(), "Ctrl-K opens the search");
        assertEquals(input(), browser.switchTo().activeElement());
        type("collections");
        List<WebElement> options = browser.findElements(By.cssSelector("#qs-listbox [role=option]"));
        assertEquals(2, options.size());
        String second = titlesOf(options).get(1);
        assertEquals("true", options.get(0).getAttribute("aria-selected"));
        input().sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", options.get(1).getAttribute("aria-selected"));
        assertEquals(options.get(1).getAttribute("id"), input().getAttribute("aria-activedescendant"));
        input().sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", options.get(0).getAttribute("aria-selected"), "moving past the last wraps round");
        input().sendKeys(Keys.ESCAPE);
        assertFalse(input().isDisplayed(), "Esc closes");
        assertEquals(button, browser.switchTo().activeElement(), "focus goes back to the button");
        new Actions(browser).sendKeys("/").perform();
        assertTrue(input().isDisplayed(), "/ opens");
        input().sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitFor(() -> browser.getCurrentUrl().contains("/java/"));
        assertTrue(browser.getTitle().startsWith(second), browser.getTitle());
    }

    @Test
    void qInTheUrlSearches() {
        browser.get(site.resolve("java/thread-pools.html").toUri() + "?q=optimistic");
        // Titles may show before excerpts: the list is complete once it names its query.
        waitFor(() -> "optimistic".equals(listbox().getAttribute("data-query")));
        assertTrue(input().isDisplayed());
        assertEquals("optimistic", input().getAttribute("value"));
        assertEquals("When is optimistic locking better than pessimistic locking?", titles().get(0));
    }

    @Test
    void worksFromAServerUnderASubPath() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/repo/", exchange -> {
            Path file = site.resolve(exchange.getRequestURI().getPath().substring("/repo/".length())).normalize();
            boolean found = file.startsWith(site) && Files.isRegularFile(file);
            byte[] body = found ? Files.readAllBytes(file) : new byte[0];
            exchange.getResponseHeaders().add("Content-Type", file.toString().endsWith(".js") ? "text/javascript"
                    : file.toString().endsWith(".css") ? "text/css" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/repo/java/equals.html");
            open();
            type("rolling");
            assertEquals("What does Kubernetes do for a service?", titles().get(0));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void firstResultComesWithinFiftyMillisecondsOfAKeystrokeOnceTheIndexIsWarm() {
        open();
        type("thread");
        input().sendKeys(Keys.BACK_SPACE);
        waitFor(() -> "threa".equals(listbox().getAttribute("data-query")));
        double millis = Double.parseDouble(listbox().getAttribute("data-ms"));
        assertTrue(millis < 50, "took " + millis + " ms");
    }

    private void open() {
        // search.js adds the button when it runs, which may be just after the page reports it loaded.
        waitFor(() -> !browser.findElements(By.cssSelector("#search .qs-button")).isEmpty());
        browser.findElement(By.cssSelector("#search .qs-button")).click();
        waitFor(() -> input().isDisplayed());
    }

    private void type(String query) {
        // The box opens on "/" asynchronously; on a loaded machine the first key can come before it shows.
        waitFor(() -> input().isDisplayed() && input().isEnabled());
        input().sendKeys(query);
        waitFor(() -> query.equals(listbox().getAttribute("data-query")));
    }

    private WebElement input() {
        return browser.findElement(By.id("qs-input"));
    }

    private WebElement listbox() {
        return browser.findElement(By.id("qs-listbox"));
    }

    private List<String> titles() {
        return titlesOf(browser.findElements(By.cssSelector("#qs-listbox [role=option]")));
    }

    private static List<String> titlesOf(List<WebElement> options) {
        return options.stream().map(option -> option.findElement(By.className("qs-title")).getText()).toList();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> condition.getAsBoolean());
    }
}
