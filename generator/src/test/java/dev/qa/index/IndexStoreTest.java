package dev.qa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.Page;
import dev.qa.model.Results;
import dev.qa.model.Site;
import dev.qa.render.Renderer;
import dev.qa.render.Templates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./qa build} in a new process reads again only the pages whose text changed, and writes the index a fresh build writes. */
class IndexStoreTest {
    @TempDir
    Path temp;
    private Path store;
    private Site site;
    private List<Page> pages;

    @BeforeEach
    void firstBuild() {
        store = temp.resolve("cache/index.bin");
        Loaded loaded = new SiteLoader().load(Fixtures.resource("index/site"));
        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        site = loaded.site();
        pages = new Renderer(new Templates(Fixtures.templates())).render(site, Results.none()).pages();
        SearchIndexer first = SearchIndexer.stored(store);
        assertEquals(fresh(pages), byPath(first.index(site, pages)));
        assertEquals(7, first.pagesRead(), "the first build reads every question page");
        first.keep();
    }

    @Test
    void nothingChangedReadsNoPageAndWritesTheSameIndex() {
        SearchIndexer again = SearchIndexer.stored(store);

        assertEquals(fresh(pages), byPath(again.index(site, pages)));
        assertEquals(0, again.pagesRead());
    }

    @Test
    void anEditedPageIsReadAgainAndItsNewWordsAreFound() {
        List<Page> edited = new ArrayList<>(pages);
        int at = indexOf(edited, "systems/kubernetes.html");
        edited.set(at, new Page("systems/kubernetes.html",
                edited.get(at).content().replaceFirst("<p>", "<p>Zanzibarian quokkas. ")));
        SearchIndexer again = SearchIndexer.stored(store);

        Map<String, String> files = byPath(again.index(site, edited));

        assertEquals(1, again.pagesRead());
        assertEquals(fresh(edited), files);
        assertTrue(files.values().stream().anyMatch(text -> text.contains("quokka")), "the new word is in the index");
    }

    @Test
    void aRememberingIndexerWritesAfterAnEditWhatAFreshIndexWrites() {
        SearchIndexer remembering = SearchIndexer.remembering();
        remembering.index(site, pages);
        List<Page> edited = new ArrayList<>(pages);
        int at = indexOf(edited, "systems/kubernetes.html");
        // One plain word for another: the page keeps its length, which a live index keeps from its last full build.
        edited.set(at, new Page("systems/kubernetes.html",
                edited.get(at).content().replaceFirst("(<p>[^<]*?)\\b[a-z]{6,}\\b", "$1quokkas")));
        assertTrue(edited.get(at).content().contains("quokkas"));

        Map<String, String> files = byPath(remembering.index(site, edited));

        assertEquals(1, remembering.pagesRead());
        assertEquals(fresh(edited), files);
    }

    @Test
    void aDamagedStoreIsIgnored() throws Exception {
        byte[] bytes = Files.readAllBytes(store);
        Files.write(store, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        SearchIndexer again = SearchIndexer.stored(store);

        assertEquals(fresh(pages), byPath(again.index(site, pages)));
        assertEquals(7, again.pagesRead());
    }

    private Map<String, String> fresh(List<Page> pages) {
        return byPath(new SearchIndexer().index(site, pages));
    }

    private static int indexOf(List<Page> pages, String path) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).path().equals(path)) {
                return i;
            }
        }
        throw new AssertionError("no page " + path);
    }

    private static Map<String, String> byPath(List<Page> pages) {
        return pages.stream().collect(Collectors.toMap(Page::path, Page::content));
    }
}
