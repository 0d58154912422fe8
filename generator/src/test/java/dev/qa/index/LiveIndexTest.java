package dev.qa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveIndexTest {
    /** Counts each document once per its text, as the live indexer does: equal input, the same map. */
    private final Map<String, Map<String, float[]>> counted = new HashMap<>();

    private Map<String, float[]> counts(SearchDocument document) {
        return counted.computeIfAbsent(document.url() + "\n" + document.segments(), key -> InvertedIndex.weightedCounts(document));
    }

    private static SearchDocument page(int id, String text) {
        return new SearchDocument(id, "Question " + id, "s/q" + id + ".html", "S", List.of("tag"),
                List.of(new Segment("", "", text, "")));
    }

    @Test
    void anEditedPageGivesTheIndexAFreshBuildWouldGiveWhenTheAverageLengthStays() {
        LiveIndex live = new LiveIndex();
        List<SearchDocument> before = List.of(page(0, "cache aside pattern"), page(1, "write through cache"), page(2, "quorum reads"));
        live.update(before, this::counts);
        // Same number of words, so the average page length (which a live index keeps) is unchanged.
        List<SearchDocument> after = List.of(page(0, "cache aside pattern"), page(1, "write behind buffer"), page(2, "quorum reads"));

        InvertedIndex updated = live.update(after, this::counts);
        InvertedIndex fresh = InvertedIndex.of(after);

        assertEquals(fresh.postings(), updated.postings());
        assertEquals(fresh.documentCounts(), updated.documentCounts());
        assertFalse(updated.postings().containsKey("through"), "a word the page lost is gone");
        assertTrue(updated.postings().containsKey("behind"), "a word it gained is there");
    }

    @Test
    void aTermNoneOfWhosePagesChangedKeepsItsVeryList() {
        LiveIndex live = new LiveIndex();
        List<Posting> quorum = live.update(List.of(page(0, "quorum reads"), page(1, "leader lease")), this::counts).postings().get("quorum");

        InvertedIndex updated = live.update(List.of(page(0, "quorum reads"), page(1, "leader election")), this::counts);

        assertSame(quorum, updated.postings().get("quorum"), "so the encoded postings made from it can be reused");
        assertEquals(List.of(1), updated.postings().get("election").stream().map(Posting::doc).toList());
    }

    @Test
    void addingOrRemovingAPageIndexesFromScratch() {
        LiveIndex live = new LiveIndex();
        live.update(List.of(page(0, "quorum reads"), page(1, "leader lease")), this::counts);
        List<SearchDocument> fewer = List.of(page(0, "leader lease"));

        assertEquals(InvertedIndex.of(fewer).postings(), live.update(fewer, this::counts).postings());
    }
}
