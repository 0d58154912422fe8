package dev.qa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvertedIndexTest {

    private static SearchDocument page(int id, String title, Segment... segments) {
        return new SearchDocument(id, title, "s/p" + id + ".html", "S", List.of(), List.of(segments));
    }

    /** The posting of a word's stem: the index holds stems ({@link Stemmer}). */
    private static Posting posting(InvertedIndex index, String word, int doc) {
        return index.postings().get(Stemmer.stem(word)).stream().filter(p -> p.doc() == doc).findFirst().orElseThrow();
    }

    @Test
    void aTitleOutweighsAHeadingWhichOutweighsText() {
        InvertedIndex index = InvertedIndex.of(List.of(
                page(0, "Sharding explained", new Segment("", "", "Some words about databases.", "")),
                page(1, "Databases", new Segment("", "", "Intro.", ""), new Segment("Sharding", "sharding", "More words.", "")),
                page(2, "Databases again", new Segment("", "", "Here sharding is mentioned once.", ""))));

        int title = posting(index, "sharding", 0).impact();
        int heading = posting(index, "sharding", 1).impact();
        int text = posting(index, "sharding", 2).impact();
        assertTrue(title > heading && heading > text, title + " > " + heading + " > " + text);
    }

    @Test
    void aPostingPointsAtTheSegmentWhereTheTermWeighsMost() {
        InvertedIndex index = InvertedIndex.of(List.of(page(0, "Caching",
                new Segment("", "", "Eviction is covered below.", ""),
                new Segment("Eviction policies", "eviction-policies", "LRU eviction and LFU eviction.", ""))));

        assertEquals(1, posting(index, "eviction", 0).segment());
        assertEquals(0, posting(index, "caching", 0).segment());
    }

    @Test
    void tagsAndCodeIdentifiersAreIndexed() {
        InvertedIndex index = InvertedIndex.of(List.of(new SearchDocument(0, "Ordered maps", "a.html", "S", List.of("collections"),
                List.of(new Segment("", "", "", "Map<String, Integer> m = new LinkedHashMap<>();")))));

        assertTrue(index.postings().keySet().containsAll(List.of("collection", "linkedhashmap", "hashmap", "link")));
    }

    @Test
    void aVeryCommonTermKeepsItsBestPagesAndItsTrueCount() {
        List<SearchDocument> pages = new ArrayList<>();
        for (int i = 0; i < InvertedIndex.MAX_POSTINGS + 200; i++) {
            String title = i == 700 ? "Latency" : "Page " + i;
            pages.add(page(i, title, new Segment("", "", "latency " + "filler ".repeat(i % 7), "")));
        }

        InvertedIndex index = InvertedIndex.of(pages);

        List<Posting> latency = index.postings().get("latenci");
        assertEquals(InvertedIndex.MAX_POSTINGS, latency.size());
        assertEquals(InvertedIndex.MAX_POSTINGS + 200, index.documentCounts().get("latenci"));
        assertTrue(latency.stream().anyMatch(p -> p.doc() == 700), "the page with the title match is kept");
        for (int i = 1; i < latency.size(); i++) {
            assertTrue(latency.get(i - 1).doc() < latency.get(i).doc(), "sorted by page");
        }
    }

    @Test
    void anAliasWeighsAsMuchAsTheTitle() {
        InvertedIndex index = InvertedIndex.of(List.of(
                new SearchDocument(0, "How do you roll out a new version?", "a.html", "S", List.of(),
                        List.of(new Segment("", "", "Replace instances a few at a time.", "")), List.of("blue-green deployment")),
                page(1, "Blue-green deployment", new Segment("", "", "Two environments.", "")),
                page(2, "Environments", new Segment("", "", "A blue-green deployment needs two.", ""))));

        int alias = posting(index, "bluegreen", 0).impact();
        int title = posting(index, "bluegreen", 1).impact();
        int text = posting(index, "bluegreen", 2).impact();
        assertTrue(alias > 2 * text && Math.abs(alias - title) < 8, alias + " ~ " + title + " > 2 x " + text);
    }
}
