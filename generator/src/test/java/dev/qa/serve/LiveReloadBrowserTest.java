package dev.qa.serve;

import dev.qa.Chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the preview: a save on disk reloads the open page, with no hand on the browser,
 * and a broken snippet shows the overlay until it is fixed. Debian's Chromium only, never Selenium
 * Manager; skipped without it unless QA_BROWSER_TESTS=required.
 */
class LiveReloadBrowserTest {
    private static final String ALPHA = "content/01-basics/01-alpha.md";

    @TempDir
    Path temp;

    @Test
    void aSaveReloadsTheOpenPageAndABrokenSnippetShowsTheOverlay() throws IOException {
        try (ServedSite site = ServedSite.start(temp)) {
            site.awaitRebuild();
            ChromeDriver browser = Chromium.start(temp.resolve("profile"));
            try {
                browser.get(site.server.url().resolve("basics/alpha.html").toString());
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("Alpha prose, version one."));
                // Survives only as long as this document: a reload clears it.
                ((JavascriptExecutor) browser).executeScript("window.qaNotReloaded = true;");

                site.edit(ALPHA, "Alpha prose, version one.", "Alpha prose, version two.");

                wait.until(driver -> driver.findElement(By.tagName("body")).getText().contains("Alpha prose, version two."));
                assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.qaNotReloaded;"));

                site.edit(ALPHA, "int answer = 41;", "int answer = \"41\";");
                wait.until(driver -> !driver.findElements(By.id(ReloadScript.OVERLAY_ID)).isEmpty());
                assertTrue(browser.findElement(By.id(ReloadScript.OVERLAY_ID)).getText().contains(ALPHA + ":11:"));

                site.edit(ALPHA, "int answer = \"41\";", "int answer = 41;");
                wait.until(driver -> driver.findElements(By.id(ReloadScript.OVERLAY_ID)).isEmpty());
            } finally {
                browser.quit();
            }
        }
    }
}
