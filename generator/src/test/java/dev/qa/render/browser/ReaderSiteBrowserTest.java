package dev.qa.render.browser;

import dev.qa.Chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The reader's site in headless Chromium, from file:// and from a local server. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderSiteBrowserTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> AXE_PAGES = List.of("index.html", "basics/index.html", "basics/counting.html", "more/indented.html");

    private FixtureSite site;
    private ChromeDriver driver;

    @BeforeAll
    void start(@TempDir Path temp) throws IOException {
        driver = Chromium.start(temp.resolve("profile"));
        site = new FixtureSite(temp.resolve("site"));
    }

    @AfterAll
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    @BeforeEach
    void desktop() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", false));
        Chromium.viewport(driver, 1280, 900, false);
        Chromium.systemTheme(driver, "light");
        open(site.httpRoot(), "index.html");
        driver.executeScript("localStorage.clear()");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void aReaderGoesFromHomeToSectionToQuestionAndPagesWithTheArrowKeys(String scheme) {
        String root = scheme.equals("file") ? site.fileRoot() : site.httpRoot();
        open(root, "index.html");

        // A click starts a navigation and may return before it ends: on a loaded machine the old page was still there.
        driver.findElement(By.cssSelector(".cards a")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("basics/index.html"));
        assertEquals("Basics", driver.findElement(By.tagName("h1")).getText().replaceAll("^\\S+\\s+", ""));
        driver.findElement(By.cssSelector(".qlist a")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("basics/counting.html"));
        assertEquals("How do you count words?", driver.findElement(By.tagName("h1")).getText());
        assertEquals("How do you count words?", driver.findElement(By.cssSelector("#nav a[aria-current=page]")).getText());

        driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_RIGHT);
        waitFor(() -> driver.getCurrentUrl().endsWith("basics/open.html"));
        assertTrue(driver.findElement(By.cssSelector(".draft-note")).getText().startsWith("Not answered yet — contribute."));
        driver.findElement(By.tagName("body")).sendKeys(Keys.ARROW_LEFT);
        waitFor(() -> driver.getCurrentUrl().endsWith("basics/counting.html"));

        driver.findElement(By.cssSelector("nav.toc a[href='#as-a-class']")).click();
        assertTrue(driver.getCurrentUrl().endsWith("#as-a-class"));
        assertNoRequestOutside(root);
    }

    @ParameterizedTest
    @ValueSource(strings = {"file", "http"})
    void noPageRequestsAnythingOutsideTheSite(String scheme) {
        String root = scheme.equals("file") ? site.fileRoot() : site.httpRoot();
        for (String page : List.of("index.html", "basics/index.html", "basics/counting.html", "more/more.html", "tags/index.html",
                "tags/java.html", "print/index.html", "404.html")) {
            open(root, page);
            assertNoRequestOutside(root);
        }
    }

    @Test
    void theThemeFollowsTheSystemAndTheTogglesChoiceIsRememberedWithoutAFlash() {
        Chromium.systemTheme(driver, "dark");
        open(site.httpRoot(), "basics/counting.html");
        assertEquals("rgb(13, 17, 23)", background(), "dark, as the system says");
        WebElement toggle = driver.findElement(By.cssSelector(".theme-toggle"));
        assertEquals("true", toggle.getAttribute("aria-pressed"));

        toggle.click();
        assertEquals("rgb(255, 255, 255)", background());
        assertEquals("false", toggle.getAttribute("aria-pressed"));

        open(site.httpRoot(), "index.html");
        // The head script set the theme before the style sheet applied: no frame was drawn dark.
        assertEquals("light", driver.executeScript("return document.documentElement.getAttribute('data-theme')"));
        assertEquals("rgb(255, 255, 255)", background());
    }

    @Test
    void copyButtonsCopyTheCodeAndJShellGetsTheHiddenLines() {
        open(site.httpRoot(), "basics/counting.html");
        driver.executeScript("window.copied = []; navigator.clipboard.writeText = t => { window.copied.push(t); return Promise.resolve(); };");
        assertEquals(driver.findElements(By.cssSelector(".code")).size(), driver.findElements(By.cssSelector(".code .tools")).size(),
                "every block has a copy button");

        WebElement sql = driver.findElement(By.cssSelector(".code[data-lang=sql]"));
        hover(sql);
        sql.findElement(By.xpath(".//button[text()='Copy']")).click();
        WebElement snippet = driver.findElement(By.cssSelector(".snippet"));
        hover(snippet);
        WebElement jshell = snippet.findElement(By.xpath(".//button[text()='Copy for JShell']"));
        jshell.click();

        List<?> copied = (List<?>) driver.executeScript("return window.copied");
        assertEquals("SELECT word, count(*) FROM words GROUP BY word;\n", copied.get(0));
        assertTrue(copied.get(1).toString().startsWith("import java.time.Duration;\nvar words"), copied.get(1).toString());
        waitFor(() -> jshell.getText().equals("Copied"));
    }

    @Test
    void copiedCodeKeepsItsIndentationAndTabs() {
        open(site.httpRoot(), "more/indented.html");
        driver.executeScript("window.copied = []; navigator.clipboard.writeText = t => { window.copied.push(t); return Promise.resolve(); };");

        WebElement snippet = driver.findElement(By.cssSelector(".snippet"));
        hover(snippet);
        snippet.findElement(By.xpath(".//button[text()='Copy']")).click();
        hover(snippet);
        snippet.findElement(By.xpath(".//button[text()='Copy for JShell']")).click();
        for (String lang : List.of("yaml", "text")) {
            WebElement block = driver.findElement(By.cssSelector(".code[data-lang=" + lang + "]"));
            hover(block);
            block.findElement(By.xpath(".//button[text()='Copy']")).click();
        }

        List<?> copied = (List<?>) driver.executeScript("return window.copied");
        assertTrue(copied.get(0).toString().startsWith("public class Shapes {\n    record Square(double side) {\n        double area() {\n"),
                copied.get(0).toString());
        assertTrue(copied.get(1).toString().contains("\n        var unused = 0;\n        System.out.println(new Square(3).area());\n"),
                copied.get(1).toString());
        assertEquals("a:\n  b: 1\n  c:\n    - d\n", copied.get(2));
        assertEquals("all:\n\tmake build\n\t\tnested tab\n", copied.get(3));
        assertEquals("            return side * side;", driver.findElement(By.cssSelector(".snippet pre")).getText().lines()
                .filter(line -> line.contains("return")).findFirst().orElseThrow(), "the page shows the indentation too");
    }

    @Test
    void onAPhoneTheSidebarIsADrawerAndNothingScrollsSideways() {
        Chromium.viewport(driver, 360, 780, true);
        open(site.httpRoot(), "more/more.html");

        assertEquals(360L, driver.executeScript("return document.documentElement.scrollWidth"), "the wide table scrolls inside itself");
        WebElement nav = driver.findElement(By.id("nav"));
        assertFalse(nav.isDisplayed());
        WebElement menu = driver.findElement(By.cssSelector(".menu"));
        menu.click();
        waitFor(nav::isDisplayed);
        assertEquals("true", menu.getAttribute("aria-expanded"));
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        waitFor(() -> !nav.isDisplayed());
    }

    @Test
    void withoutJavaScriptEverythingReadsAndTheMenuStillOpens() {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", java.util.Map.of("value", true));
        Chromium.viewport(driver, 360, 780, true);
        open(site.httpRoot(), "basics/counting.html");

        assertTrue(driver.findElements(By.cssSelector(".tools")).isEmpty(), "no buttons that would do nothing");
        assertFalse(driver.findElement(By.cssSelector(".theme-toggle")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector(".snippet .output .verified")).isDisplayed());
        driver.findElement(By.cssSelector(".menu")).click();
        WebElement nav = driver.findElement(By.id("nav"));
        waitFor(nav::isDisplayed);
        nav.findElement(By.xpath(".//a[contains(., 'More & beyond')]")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("more/index.html"));
        driver.findElement(By.linkText("Is there more?")).click();
        waitFor(() -> driver.getCurrentUrl().endsWith("more/more.html"));
    }

    @Test
    void keyboardUsersGetASkipLinkAndAVisibleFocus() {
        open(site.httpRoot(), "basics/counting.html");

        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement skip = driver.switchTo().activeElement();
        assertEquals("Skip to content", skip.getText());
        assertTrue(skip.isDisplayed());
        assertFalse("none".equals(skip.getCssValue("outline-style")), "focus is visible");
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", driver.switchTo().activeElement().getAttribute("id"));
    }

    @Test
    void axeFindsNoViolationsInEitherTheme() {
        StringBuilder violations = new StringBuilder();
        for (String theme : List.of("light", "dark")) {
            for (String page : AXE_PAGES) {
                open(site.httpRoot(), page);
                driver.executeScript("document.documentElement.setAttribute('data-theme', arguments[0])", theme);
                // #search belongs to the search feature, tested on its own.
                Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                        .exclude("#search").analyze(driver);
                for (Rule rule : results.getViolations()) {
                    violations.append(theme).append(' ').append(page).append(": ").append(rule.getId()).append(" - ").append(rule.getHelp())
                            .append(rule.getNodes().stream().map(node -> "\n    " + node.getTarget() + " " + node.getFailureSummary())
                                    .collect(Collectors.joining())).append('\n');
                }
            }
        }
        assertEquals("", violations.toString());
    }

    @Test
    void screenshotsOfHomeSectionAndQuestionAtPhoneAndDesktopWidths() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        for (String theme : List.of("light", "dark")) {
            Chromium.systemTheme(driver, theme);
            for (boolean phone : List.of(false, true)) {
                Chromium.viewport(driver, phone ? 360 : 1280, phone ? 780 : 900, phone);
                for (String page : AXE_PAGES) {
                    open(site.httpRoot(), page);
                    String name = page.replace("/index.html", "").replace(".html", "").replace('/', '-') + "-" + (phone ? "phone" : "desktop") + "-" + theme;
                    Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
                }
            }
        }
        assertTrue(Files.size(SCREENSHOTS.resolve("basics-counting-phone-dark.png")) > 10_000);
    }

    private void open(String root, String page) {
        driver.get(root + page);
        waitFor(() -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** Scrolls the element clear of the sticky header and points at it, as a reader's mouse would. */
    private void hover(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        new Actions(driver).moveToElement(element).perform();
    }

    private String background() {
        return (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor");
    }

    /** Every resource the page loaded or names comes from the site's own folder or server. */
    private void assertNoRequestOutside(String root) {
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                        + ".concat([...document.querySelectorAll('[src], link[href]')].map(e => e.src || e.href))");
        List<String> outside = urls.stream().filter(url -> !url.startsWith(root)).toList();
        assertTrue(outside.isEmpty(), () -> driver.getCurrentUrl() + " requested " + outside);
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> condition.getAsBoolean());
    }
}
