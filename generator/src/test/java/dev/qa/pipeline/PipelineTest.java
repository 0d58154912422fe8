package dev.qa.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.model.Results;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
    private final Pipeline pipeline = new Pipeline(site -> Results.none());

    @Test
    void everyInternalLinkOfTheBuiltSiteResolvesToAFile(@TempDir Path out) throws IOException {
        BuildResult result = pipeline.build(request(Fixtures.resource("load/good"), out.resolve("site")));

        assertTrue(result.ok(), () -> result.problems().toString());
        List<String> broken = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(out.resolve("site").toRealPath())) {
            for (Path page : files.filter(file -> file.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(page.toFile(), "UTF-8");
                for (Element link : html.select("a[href], link[href], script[src]")) {
                    String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
                    if (URI.create(target).getScheme() != null || target.startsWith("#")) {
                        continue;
                    }
                    checked++;
                    String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                    if (!Files.isRegularFile(page.resolveSibling(file).normalize())) {
                        broken.add(out.relativize(page) + " -> " + target);
                    }
                }
            }
        }
        assertTrue(checked > 20, "the site has links to check");
        assertEquals(List.of(), broken);
    }

    @Test
    void baseUrlIsUsedOnlyForAbsoluteUrls(@TempDir Path out) throws IOException {
        Path site = out.resolve("site");
        pipeline.build(new BuildRequest(Fixtures.resource("load/good"), site, Fixtures.templates(), Optional.of("https://example.org/repo")));

        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://example.org/repo/first/alpha.html</loc>"), sitemap);
        assertTrue(sitemap.contains("<loc>https://example.org/repo/</loc>"), sitemap);
        assertTrue(Files.readString(site.resolve("robots.txt")).contains("Sitemap: https://example.org/repo/sitemap.xml"));
        Document alpha = Jsoup.parse(site.resolve("first/alpha.html").toFile(), "UTF-8");
        assertEquals("https://example.org/repo/first/alpha.html", alpha.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("beta.html", alpha.selectFirst("a[rel=next]").attr("href"));
    }

    @Test
    void copiesThemeAssets(@TempDir Path out) throws IOException {
        pipeline.build(request(Fixtures.resource("load/good"), out.resolve("site")));

        assertTrue(Files.isRegularFile(out.resolve("site/assets/style.css")));
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteByteForByte(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));
        Path site = temp.resolve("site");
        assertTrue(pipeline.build(request(source, site)).ok());
        Map<String, byte[]> before = snapshot(site);

        Files.writeString(source.resolve("content/01-first/01-alpha.md"), "---\ntitle: [broken\n---\n");
        BuildResult failed = pipeline.build(request(source, site));

        assertFalse(failed.ok());
        Map<String, byte[]> after = snapshot(site);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((path, bytes) -> assertTrue(java.util.Arrays.equals(bytes, after.get(path)), path));
        try (Stream<Path> siblings = Files.list(temp)) {
            // .site.qa-lock stays: removing a lock file another build may be opening would race with it.
            // site links to the one build folder; the failed build left no folder of its own.
            assertEquals(List.of(".site.qa-build-", ".site.qa-lock", "site", "source"),
                    siblings.map(p -> p.getFileName().toString().replaceFirst("(qa-build-).*", "$1")).sorted().toList(),
                    "no temporary folder is left behind");
        }
    }

    @Test
    void aSuccessfulBuildReplacesTheWholeSite(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));
        Path site = temp.resolve("site");
        assertTrue(pipeline.build(request(source, site)).ok());
        Files.writeString(site.resolve("stale.html"), "old");

        assertTrue(pipeline.build(request(source, site)).ok());

        assertFalse(Files.exists(site.resolve("stale.html")), "files of an older build do not linger");
        assertTrue(Files.exists(site.resolve("index.html")));
    }

    private static BuildRequest request(Path source, Path site) {
        return new BuildRequest(source, site, Fixtures.templates(), Optional.empty());
    }

    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder.toRealPath())) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.toRealPath().relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
