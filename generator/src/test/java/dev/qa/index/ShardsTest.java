package dev.qa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShardsTest {

    /** An index of {@code n} random words, each on a few pages. */
    private static InvertedIndex randomIndex(int n, long seed) {
        Random random = new Random(seed);
        TreeMap<String, List<Posting>> postings = new TreeMap<>();
        Map<String, Integer> counts = new java.util.HashMap<>();
        while (postings.size() < n) {
            StringBuilder word = new StringBuilder();
            int length = 3 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                word.append((char) ('a' + Math.min(25, (int) Math.abs(random.nextGaussian() * 6))));
            }
            List<Posting> list = new ArrayList<>();
            int doc = random.nextInt(50);
            for (int i = 0; i < 1 + random.nextInt(6); i++) {
                list.add(new Posting(doc, 1 + random.nextInt(63), random.nextInt(4)));
                doc += 1 + random.nextInt(200);
            }
            postings.put(word.toString(), list);
            counts.put(word.toString(), list.size());
        }
        return new InvertedIndex(postings, counts);
    }

    @Test
    void aSmallIndexIsOneDictionaryShard() {
        Shards shards = Shards.of(randomIndex(50, 1));

        assertEquals(1, shards.dictionary().size());
        assertEquals("", shards.dictionary().get(0).key());
        assertEquals(1, shards.postings().size());
    }

    @Test
    void everyTermIsFoundInTheLeafShardOfItsLongestKeyAndShardsStayUnderTheirSize() {
        InvertedIndex index = randomIndex(40_000, 2);
        Shards shards = Shards.of(index);
        Map<String, Shards.DictionaryShard> byKey = shards.dictionary().stream()
                .collect(Collectors.toMap(Shards.DictionaryShard::key, shard -> shard));

        assertTrue(shards.dictionary().size() > 10);
        for (String term : index.postings().keySet()) {
            Shards.DictionaryShard shard = longestKey(term, byKey);
            assertTrue(shard.terms().contains(term), () -> term + " is not in shard " + shard.key());
        }
        for (Shards.DictionaryShard shard : shards.dictionary()) {
            int bytes = shard.terms().stream().mapToInt(t -> Shards.dictionaryBytes(t, index.documentCounts().get(t))).sum();
            assertTrue(bytes <= Shards.DICTIONARY_BYTES, shard.key() + " has " + bytes + " bytes");
            assertTrue(!shard.split() || shard.terms().size() <= Shards.TOP_COMPLETIONS + 1);
            assertTrue(shard.terms().stream().allMatch(t -> t.startsWith(shard.key())));
        }
    }

    @Test
    void aDictionaryRecutOnlyWhereCountsChangedIsTheDictionaryCutWhole() {
        InvertedIndex index = randomIndex(40_000, 5);
        Map<String, Shards.Group> groups = new java.util.HashMap<>();
        assertEquals(Shards.dictionary(index), Shards.dictionary(index, java.util.Set.of(), groups));
        // A term gains many pages, another appears, a third is gone.
        java.util.TreeMap<String, List<Posting>> postings = new java.util.TreeMap<>(index.postings());
        Map<String, Integer> counts = new java.util.HashMap<>(index.documentCounts());
        String grown = postings.keySet().stream().filter(term -> term.startsWith("c")).findFirst().orElseThrow();
        counts.put(grown, 900);
        postings.put("mmmnew", List.of(new Posting(1, 3, 0)));
        counts.put("mmmnew", 1);
        String gone = postings.lastKey();
        postings.remove(gone);
        counts.remove(gone);
        InvertedIndex edited = new InvertedIndex(postings, counts);

        List<Shards.DictionaryShard> recut = Shards.dictionary(edited, java.util.Set.of(grown, "mmmnew", gone), groups);

        assertEquals(Shards.dictionary(edited), recut);
        assertFalse(recut.equals(Shards.dictionary(index)), "the edit changed the dictionary");
    }

    @Test
    void aSplitPrefixKeepsItsMostCommonCompletions() {
        InvertedIndex index = randomIndex(40_000, 3);
        Shards.DictionaryShard split = Shards.of(index).dictionary().stream().filter(Shards.DictionaryShard::split).findFirst()
                .orElseThrow();
        int weakestKept = split.terms().stream().mapToInt(t -> index.documentCounts().get(t)).min().orElseThrow();
        long stronger = index.postings().keySet().stream().filter(t -> t.startsWith(split.key()))
                .filter(t -> !split.terms().contains(t) && index.documentCounts().get(t) > weakestKept).count();
        assertEquals(0, stronger);
    }

    @Test
    void postingsShardsAreConsecutiveRunsUnderTheirSize() {
        InvertedIndex index = randomIndex(40_000, 4);
        Shards shards = Shards.of(index);

        List<String> all = new ArrayList<>();
        Set<String> firsts = new HashSet<>();
        for (Shards.PostingsShard shard : shards.postings()) {
            assertEquals(shard.firstTerm(), shard.terms().get(0));
            assertTrue(firsts.add(shard.firstTerm()));
            int bytes = shard.terms().stream().mapToInt(t -> Shards.postingsBytes(t, PostingCodec.encode(index.postings().get(t)))).sum();
            assertTrue(bytes <= Shards.POSTINGS_BYTES || shard.terms().size() == 1, shard.firstTerm() + ": " + bytes);
            all.addAll(shard.terms());
        }
        assertEquals(new ArrayList<>(index.postings().keySet()), all);
        assertFalse(shards.postings().size() < 10);
    }

    private static Shards.DictionaryShard longestKey(String term, Map<String, Shards.DictionaryShard> byKey) {
        for (int length = term.length(); length >= 0; length--) {
            Shards.DictionaryShard shard = byKey.get(term.substring(0, length));
            if (shard != null) {
                return shard;
            }
        }
        throw new AssertionError("no shard for " + term);
    }
}
