package dev.qa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.Page;
import dev.qa.model.Results;
import dev.qa.write.AtomicSiteWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./qa build} in a new process: what did not change since the last build is taken from it, and only that. */
class StoredRendererTest {
    private static final String ALPHA = "first/alpha.html";
    @TempDir
    Path temp;
    private Path source;
    private Path theme;
    private Path store;
    private Path site;

    @BeforeEach
    void firstBuild() throws Exception {
        source = Fixtures.copy("load/good", temp.resolve("source"));
        theme = temp.resolve("theme");
        Fixtures.copyTree(Fixtures.templates(), theme);
        store = temp.resolve("cache/render.bin");
        site = temp.resolve("site");
        Renderer.Rendered first = build();
        assertEquals(3, first.questionPagesRendered(), "the first build makes every question page");
    }

    @Test
    void aBuildWithNothingChangedMakesNoPageAndWritesTheSameSite() throws Exception {
        Map<String, String> before = contents(site);

        Renderer.Rendered again = build();

        assertEquals(0, again.questionPagesRendered());
        assertEquals(before, byPath(again.pages()), "every page is what a full render made");
    }

    @Test
    void anEditedAnswerRemakesItsPageOnly() throws Exception {
        Path alpha = source.resolve("content/01-first/01-alpha.md");
        Files.writeString(alpha, Files.readString(alpha) + "\nA sentence added after the first build.\n");

        Renderer.Rendered again = build();

        assertEquals(1, again.questionPagesRendered());
        Map<String, String> fresh = byPath(new Renderer(new Templates(theme)).render(load(), Results.none()).pages());
        assertEquals(fresh, byPath(again.pages()), "the same pages as a render that remembers nothing");
        assertTrue(fresh.get(ALPHA).contains("A sentence added after the first build."));
        assertTrue(fresh.get(Renderer.PRINT).contains("A sentence added after the first build."), "the print page too");
    }

    @Test
    void aThemeChangeRemakesEveryPage() throws Exception {
        Path layout = theme.resolve("layout.peb");
        Files.writeString(layout, Files.readString(layout).replace("</body>", "<!-- theme v2 --></body>"));

        Renderer.Rendered again = build();

        assertEquals(3, again.questionPagesRendered());
        assertTrue(byPath(again.pages()).get(ALPHA).contains("theme v2"));
    }

    @Test
    void aPageChangedByHandInTheSiteIsMadeAgain() throws Exception {
        String made = Files.readString(site.resolve(ALPHA));
        Files.writeString(site.resolve(ALPHA), made.replace("<body", "<body data-hand-edit"));

        Renderer.Rendered again = build();

        assertEquals(1, again.questionPagesRendered());
        assertEquals(made, byPath(again.pages()).get(ALPHA));
    }

    @Test
    void unchangedPagesAreHandedOnUnreadAndStayTheSameFiles() throws Exception {
        Object before = Files.readAttributes(site.resolve(ALPHA), java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        Renderer renderer = Renderer.stored(new Templates(theme), store, site);
        Renderer.Rendered again = renderer.render(load(), Results.none());
        new AtomicSiteWriter().write(site, again.pages(), null);
        renderer.keep();

        Page alpha = again.pages().stream().filter(page -> page.path().equals(ALPHA)).findFirst().orElseThrow();
        assertTrue(alpha.source() instanceof Page.Kept, "taken from the last build without reading it");
        assertEquals(before, Files.readAttributes(site.resolve(ALPHA), java.nio.file.attribute.BasicFileAttributes.class).fileKey());
    }

    @Test
    void aPageChangedByHandKeepingItsSizeIsMadeAgain() throws Exception {
        Path file = site.resolve(ALPHA);
        String made = Files.readString(file);
        java.nio.file.attribute.FileTime written = Files.getLastModifiedTime(file);
        Files.writeString(file, made.replace("<body", "<BODY"));
        // A clock that ticks coarsely could give the edit the time of the write; a later one is what an editor gives.
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(written.toMillis() + 5_000));

        Renderer.Rendered again = build();

        assertEquals(1, again.questionPagesRendered());
        assertEquals(made, byPath(again.pages()).get(ALPHA));
        assertEquals(made, Files.readString(file));
    }

    @Test
    void aDamagedStoreIsIgnored() throws Exception {
        Files.write(store, new byte[] {0, 0, 0, 1, 127, -1, -1, -1, 3});

        Renderer.Rendered again = build();

        assertEquals(3, again.questionPagesRendered());
        assertTrue(again.problems().isEmpty(), () -> again.problems().toString());
    }

    @Test
    void anotherBuildOfQaReusesNothing() throws Exception {
        byte[] stored = Files.readAllBytes(store);
        String theme = Fingerprint.ofTheme(this.theme);
        assertNotEquals(theme, Fingerprint.ofTheme(Fixtures.templates().resolve("assets")), "the theme's digest depends on its files");
        // The store names the build of qa and the theme it was made with; change one byte of that name.
        String text = new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.indexOf(theme);
        assertTrue(at > 0, "the store records the theme and build it was made with");
        stored[at] = (byte) (stored[at] == '0' ? '1' : '0');
        Files.write(store, stored);

        assertEquals(3, build().questionPagesRendered());
    }

    /**
     * One build as {@code ./qa build} runs it: render with the store, write, then keep. The pages come
     * back with their texts read before the write: a page kept from the last build is that build's file,
     * which the write removes.
     */
    private Renderer.Rendered build() throws Exception {
        Renderer renderer = Renderer.stored(new Templates(theme), store, site);
        Renderer.Rendered rendered = renderer.render(load(), Results.none());
        assertTrue(rendered.problems().isEmpty(), () -> rendered.problems().toString());
        List<Page> read = rendered.pages().stream().map(page -> new Page(page.path(), page.content())).toList();
        new AtomicSiteWriter().write(site, rendered.pages(), null);
        renderer.keep();
        return new Renderer.Rendered(read, rendered.problems(), rendered.questionPagesRendered());
    }

    private dev.qa.model.Site load() {
        Loaded loaded = new SiteLoader().load(source);
        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        return loaded.site();
    }

    private static Map<String, String> byPath(List<Page> pages) {
        return pages.stream().collect(Collectors.toMap(Page::path, Page::content));
    }

    private static Map<String, String> contents(Path folder) throws Exception {
        Path real = folder.toRealPath();
        try (var files = Files.walk(real)) {
            return files.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().equals(".qa-site"))
                    .collect(Collectors.toMap(file -> dev.qa.model.PathText.slashed(real.relativize(file)), file -> {
                        try {
                            return Files.readString(file);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }));
        }
    }
}
