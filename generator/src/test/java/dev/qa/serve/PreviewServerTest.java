package dev.qa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.pipeline.BuildRequest;
import dev.qa.pipeline.BuildResult;
import dev.qa.pipeline.Pipeline;
import dev.qa.model.Results;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {
    private static final String ALPHA = "content/01-basics/01-alpha.md";
    private static final String ALPHA_PAGE = "/basics/alpha.html";

    @TempDir
    Path temp;

    @Test
    void servesTheBuiltSiteWithTypesAndRevalidation() throws IOException {
        try (ServedSite site = ServedSite.start(temp)) {
            assertTrue(site.awaitRebuild().ok());
            ServedSite.Response home = site.get("/");

            assertEquals(200, home.status());
            assertEquals("text/html; charset=utf-8", home.header("Content-Type"));
            assertEquals("no-cache", home.header("Cache-Control"));
            assertNotNull(home.header("ETag"));
            assertEquals(304, site.request("GET", "/", Map.of("If-None-Match", home.header("ETag"))).status());
            assertEquals("text/css; charset=utf-8", site.get("/assets/style.css").header("Content-Type"));
            assertEquals(200, site.request("HEAD", "/index.html", Map.of()).status());
            assertEquals(405, site.request("POST", "/index.html", Map.of()).status());
        }
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedAndAMissingFileIsTheSitesNotFoundPage() throws IOException {
        try (ServedSite site = ServedSite.start(temp)) {
            site.awaitRebuild();
            String section = site.get("/basics").header("Location");
            ServedSite.Response missing = site.get("/no/such/page.html");

            assertEquals("/basics/", section);
            assertEquals(200, site.get(section).status());
            assertEquals(404, missing.status());
            assertEquals("text/html; charset=utf-8", missing.header("Content-Type"));
            assertTrue(missing.body().contains("data-qa-preview"), "the 404 page reloads too");
        }
    }

    @Test
    void nothingOutsideTheSiteIsEverServed() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "TOP SECRET");
        try (ServedSite site = ServedSite.start(temp, 0, root -> {
            try {
                Files.createSymbolicLink(root.resolve("templates/assets/leak.txt"), secret);
                Files.createSymbolicLink(root.resolve("templates/assets/outside"), temp);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })) {
            site.awaitRebuild();
            List<String> attempts = List.of("/../secret.txt", "/assets/../../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
                    "/assets/%2e%2e/%2e%2e/%2e%2e/secret.txt", "/%252e%252e/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt",
                    "/assets\\..\\..\\..\\secret.txt", "/assets/%5c..%5c..%5csecret.txt", "//etc/passwd", "/" + temp.resolve("secret.txt"),
                    "/C:/Windows/win.ini", "/assets/leak.txt", "/assets/outside/secret.txt", "/%00", "/%zz", "/%c0%ae%c0%ae/secret.txt",
                    "/assets/./style.css", "secret.txt", "/etc/passwd");
            for (String attempt : attempts) {
                ServedSite.Response response = site.get(attempt);
                assertTrue(response.status() == 400 || response.status() == 404, attempt + " answered " + response.status());
                assertFalse(response.body().contains("TOP SECRET"), attempt);
                assertFalse(response.body().contains("root:"), attempt);
            }
            assertEquals(200, site.get("/assets/style.css").status(), "assets themselves are served");
        }
    }

    @Test
    void aProseEditChangesThePageAndRunsNoSnippet() throws IOException {
        try (ServedSite site = ServedSite.start(temp)) {
            site.awaitRebuild();
            assertEquals(List.of("alpha-1", "alpha-2", "beta", "gamma"), site.runs());

            site.edit(ALPHA, "Alpha prose, version one.", "Alpha prose, version two.");
            Rebuild rebuild = site.awaitRebuild();

            assertTrue(rebuild.ok(), () -> rebuild.problems().orElse(""));
            assertEquals(List.of(ALPHA), rebuild.changed());
            assertEquals(2, rebuild.snippetsChecked(), "only the edited page goes to the check");
            assertEquals(List.of(), site.runs(), "its snippets did not change: the check's cache answers");
            assertEquals(1, rebuild.questionPagesRendered(), "only the edited page is rendered again");
            assertEquals(1, rebuild.pagesIndexed(), "and only its search text is read again");
            assertTrue(site.get(ALPHA_PAGE).body().contains("Alpha prose, version two."));
        }
    }

    @Test
    void aTitleEditReachesEveryPageThatShowsTheTitle() throws IOException {
        try (ServedSite site = ServedSite.start(temp)) {
            site.awaitRebuild();
            String title = Jsoup.parse(site.get(ALPHA_PAGE).body()).selectFirst("h1").text();

            site.edit(ALPHA, "title: " + title, "title: Alpha, renamed");
            Rebuild rebuild = site.awaitRebuild();

            assertTrue(rebuild.ok(), () -> rebuild.problems().orElse(""));
            assertEquals(3, rebuild.questionPagesRendered(), "its section's pages list it in their sidebar");
            for (String page : List.of("/basics/", ALPHA_PAGE, "/basics/beta.html", "/basics/gamma.html", "/print/")) {
                assertTrue(site.get(page).body().contains("Alpha, renamed"), page);
            }
            assertEquals(3, rebuild.pagesIndexed(), "the search reads the three pages whose HTML changed");
        }
    }

    @Test
    void aSnippetEditRunsOnlyThatPagesSnippets() throws IOException {
        try (ServedSite site = ServedSite.start(temp)) {
            site.awaitRebuild();
            site.runs();

            site.edit(ALPHA, "answer + 1", "answer + 2");
            Rebuild rebuild = site.awaitRebuild();

            assertTrue(rebuild.ok(), () -> rebuild.problems().orElse(""));
            assertEquals(List.of("alpha-1", "alpha-2"), site.runs());
            assertTrue(site.get(ALPHA_PAGE).body().contains("alpha says 43"));
        }
    }

    @Test
    void aTemplateEditRerendersEveryPageAndRunsNoSnippet() throws IOException {
        try (ServedSite site = ServedSite.start(temp)) {
            site.awaitRebuild();
            site.runs();
            Path layout = site.root.resolve("templates/layout.peb");
            String text = Files.readString(layout);
            int body = text.indexOf("<body");
            int end = text.indexOf('>', body) + 1;

            Files.writeString(layout, text.substring(0, end) + "<p id=\"theme-mark\">theme edited</p>" + text.substring(end));
            Rebuild rebuild = site.awaitRebuild();

            assertTrue(rebuild.ok(), () -> rebuild.problems().orElse(""));
            assertEquals(0, rebuild.snippetsChecked());
            assertEquals(List.of(), site.runs());
            assertEquals(3, rebuild.questionPagesRendered());
            for (String page : List.of("/", "/basics/", ALPHA_PAGE, "/basics/beta.html")) {
                assertNotNull(Jsoup.parse(site.get(page).body()).getElementById("theme-mark"), page);
            }
        }
    }

    @Test
    void anEditToAnIncludedFileRunsThePagesThatIncludeIt() throws IOException {
        try (ServedSite site = ServedSite.start(temp)) {
            site.awaitRebuild();
            site.runs();

            site.edit("snippets/Greeter.java", "version one", "version two");
            Rebuild rebuild = site.awaitRebuild();

            assertTrue(rebuild.ok(), () -> rebuild.problems().orElse(""));
            assertEquals(List.of("gamma"), site.runs());
            assertTrue(site.get("/basics/gamma.html").body().contains("Hello, version two"));
        }
    }

    @Test
    void aBrokenSnippetShowsTheTerminalsMessageOverThePageUntilItIsFixed() throws IOException {
        try (ServedSite site = ServedSite.start(temp)) {
            site.awaitRebuild();

            site.edit(ALPHA, "int answer = 41;", "int answer = \"41\";");
            Rebuild broken = site.awaitRebuild();

            assertFalse(broken.ok());
            String terminal = broken.problems().get();
            assertTrue(terminal.startsWith(ALPHA + ":11:"), terminal);
            assertTrue(terminal.contains("^"), terminal);
            Element overlay = Jsoup.parse(site.get(ALPHA_PAGE).body()).getElementById(ReloadScript.OVERLAY_ID);
            assertNotNull(overlay, "the overlay is shown");
            assertEquals(terminal, overlay.selectFirst("pre").wholeText());
            assertNotNull(Jsoup.parse(site.get("/").body()).getElementById(ReloadScript.OVERLAY_ID), "on every page");

            site.edit(ALPHA, "int answer = \"41\";", "int answer = 41;");
            assertTrue(site.awaitRebuild().ok());
            assertEquals(null, Jsoup.parse(site.get(ALPHA_PAGE).body()).getElementById(ReloadScript.OVERLAY_ID));
        }
    }

    @Test
    void aBrokenFirstBuildStillServesTheOverlay() throws IOException {
        try (ServedSite site = ServedSite.start(temp, 0, root -> {
            try {
                Path file = root.resolve("content/01-basics/02-beta.md");
                Files.writeString(file, Files.readString(file).replace("title: Beta question\n", ""));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        })) {
            Rebuild first = site.awaitRebuild();
            assertFalse(first.ok());
            ServedSite.Response home = site.get("/");

            assertEquals(200, home.status());
            Element overlay = Jsoup.parse(home.body()).getElementById(ReloadScript.OVERLAY_ID);
            assertNotNull(overlay);
            assertTrue(overlay.text().contains("content/01-basics/02-beta.md"), overlay.text());

            site.edit("content/01-basics/02-beta.md", "id: b1\n", "title: Beta question\nid: b1\n");
            assertTrue(site.awaitRebuild().ok());
            assertEquals(null, Jsoup.parse(site.get("/").body()).getElementById(ReloadScript.OVERLAY_ID));
        }
    }

    @Test
    void openPagesAreToldOfEveryNewVersion() throws IOException {
        try (ServedSite site = ServedSite.start(temp)) {
            long first = site.awaitRebuild().version();
            HttpURLConnection events = (HttpURLConnection) site.server.url().resolve(LiveReload.PATH).toURL().openConnection();
            events.setReadTimeout(30_000);
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(events.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("text/event-stream; charset=utf-8", events.getHeaderField("Content-Type"));
                assertEquals("data: " + first, nextData(lines));

                site.edit(ALPHA, "version one", "version two");
                long second = site.awaitRebuild().version();

                assertNotEquals(first, second);
                assertEquals("data: " + second, nextData(lines));
            } finally {
                events.disconnect();
            }
        }
    }

    @Test
    void theNextPortIsUsedWhenTheAskedOneIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            try (ServedSite site = ServedSite.start(temp, port, root -> { })) {
                assertNotEquals(port, site.server.url().getPort());
                assertEquals("127.0.0.1", site.server.url().getHost());
                site.awaitRebuild();
                assertEquals(200, site.get("/").status());
            }
        }
    }

    @Test
    void thePublishedSiteNeverHasThePreviewScript() throws IOException {
        Path root = temp.resolve("site");
        Fixtures.copy("serve/site", root);
        Path output = temp.resolve("out");
        BuildRequest request = new BuildRequest(root, output, Fixtures.templates(), Optional.empty());

        BuildResult result = new Pipeline(site -> Results.none()).build(request);

        assertTrue(result.ok(), result.problems()::toString);
        try (Stream<Path> files = Files.walk(output.toRealPath())) {
            List<Path> html = files.filter(file -> file.toString().endsWith(".html")).toList();
            assertFalse(html.isEmpty());
            for (Path file : html) {
                String text = Files.readString(file);
                assertFalse(text.contains("data-qa-preview") || text.contains(LiveReload.PATH), file.toString());
            }
        }
    }

    private static String nextData(BufferedReader lines) throws IOException {
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.startsWith("data: ")) {
                return line;
            }
        }
        return null;
    }

    @Test
    void aRequestForAnyOtherHostIsRefusedSoADnsRebindingPageCannotReadThePreview() throws IOException {
        try (ServedSite site = ServedSite.start(temp)) {
            site.awaitRebuild();

            assertEquals(403, site.request("GET", "/", java.util.Map.of("Host", "attacker.example:" + site.port())).status());
            assertEquals(403, site.request("GET", "/__qa/events", java.util.Map.of("Host", "attacker.example")).status());
            assertEquals(200, site.request("GET", "/", java.util.Map.of("Host", "localhost:" + site.port())).status());
            assertEquals(200, site.request("GET", "/", java.util.Map.of("Host", "127.0.0.1:" + site.port())).status());
        }
    }

    @Test
    void clientsThatSendTheirHeadersSlowlyDoNotHoldUpAReader() throws IOException {
        try (ServedSite site = ServedSite.start(temp)) {
            site.awaitRebuild();
            List<java.net.Socket> slow = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    java.net.Socket socket = new java.net.Socket("127.0.0.1", site.port());
                    socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    slow.add(socket);
                }
                long start = System.nanoTime();
                assertEquals(200, site.get("/").status());
                assertTrue((System.nanoTime() - start) / 1_000_000 < 5_000, "a reader is answered while 8 clients dawdle");
            } finally {
                for (java.net.Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }
}
