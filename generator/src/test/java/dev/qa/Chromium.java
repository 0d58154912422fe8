package dev.qa;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its own chromedriver, or the browser and driver that
 * {@code QA_CHROMIUM} and {@code QA_CHROMEDRIVER} name (as the GitHub workflow does); Selenium Manager
 * is never asked, since nothing may be downloaded at test time. Without a browser the tests are
 * skipped, unless {@code QA_BROWSER_TESTS=required} (as in .ci/run and the workflow), where a missing
 * browser must fail them.
 */
public final class Chromium {
    public static final Path CHROMIUM = Path.of(env("QA_CHROMIUM", "/usr/bin/chromium"));
    public static final Path DRIVER = Path.of(env("QA_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private Chromium() {
    }

    public static ChromeDriver start(Path profile) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "required".equals(System.getenv("QA_BROWSER_TESTS"))) {
            fail("QA_BROWSER_TESTS=required but " + CHROMIUM + " or " + DRIVER + " is missing: apt-get install chromium chromium-driver");
        }
        assumeTrue(present, "no Chromium at " + CHROMIUM + "; browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--window-size=1280,900", "--user-data-dir=" + Files.createDirectories(profile).toAbsolutePath());
        // Chromium keeps crash-report settings and a dconf cache in the home folder whatever its profile:
        // give it one inside the profile, so that tests never write into the user's home.
        Path home = Files.createDirectories(profile.resolve("home")).toAbsolutePath();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .withEnvironment(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                        "XDG_CACHE_HOME", home.resolve(".cache").toString()))
                .build();
        return new ChromeDriver(service, options);
    }

    /** Emulates a screen {@code width} CSS pixels wide; a phone also gets touch-style media queries. */
    public static void viewport(ChromeDriver driver, int width, int height, boolean phone) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", phone ? 2 : 1, "mobile", phone));
    }

    /** Emulates the system's colour scheme setting ({@code light} or {@code dark}). */
    public static void systemTheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", java.util.List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }
}
