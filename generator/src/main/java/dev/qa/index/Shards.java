package dev.qa.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How the index is cut into files that a query loads on demand.
 *
 * <p>The <em>dictionary</em> (terms and their page counts, no postings) is cut by term prefix: a
 * query word loads the one dictionary shard whose key is the longest prefix of the word, and finds
 * there its completions and its near misses (typos). A prefix with too many terms is split by its
 * next letter; its own shard then keeps only its most common completions, so a one-letter query still
 * loads one small file. Typo tolerance therefore covers every edit after the first letters that a
 * shard key fixes: on a site of a few hundred pages, after the first letter.
 *
 * <p>The <em>postings</em> are cut into runs of consecutive terms of about {@link #POSTINGS_BYTES};
 * the manifest lists each run's first term, so a term's run is found by binary search.
 *
 * @param dictionary the dictionary shards, in key order
 * @param postings   the postings shards, in term order
 */
public record Shards(List<DictionaryShard> dictionary, List<PostingsShard> postings) {
    static final int DICTIONARY_BYTES = 12_000;
    static final int POSTINGS_BYTES = 16_000;
    /** Completions kept in the shard of a prefix that was split. */
    static final int TOP_COMPLETIONS = 24;
    private static final int MAX_KEY = 12;

    /**
     * @param key   the prefix that all its terms share
     * @param split whether longer keys hold the rest of the prefix's terms (then {@code terms} are its
     *              most common completions only)
     * @param terms the terms, in order
     */
    public record DictionaryShard(String key, boolean split, List<String> terms) {
    }

    /**
     * @param terms   consecutive terms, in order
     * @param encoded their postings, as {@link PostingCodec} writes them, in the same order
     */
    public record PostingsShard(String firstTerm, List<String> terms, List<String> encoded) {
    }

    public static Shards of(InvertedIndex index) {
        return of(index, (term, list) -> PostingCodec.encode(list));
    }

    /** The shards, with each term's postings encoded by {@code encoder} (which may remember them). */
    static Shards of(InvertedIndex index, java.util.function.BiFunction<String, List<Posting>, String> encoder) {
        Map<String, String> encoded = new java.util.HashMap<>();
        index.postings().forEach((term, list) -> encoded.put(term, encoder.apply(term, list)));
        List<String> terms = new ArrayList<>(index.postings().keySet());
        List<DictionaryShard> dictionary = new ArrayList<>();
        cutDictionary("", terms, index.documentCounts(), dictionary);
        return new Shards(dictionary, cutPostings(terms, encoded));
    }

    /** The bytes a term takes in a dictionary shard: the term, its page count, and separators. */
    static int dictionaryBytes(String term, int count) {
        return term.length() + String.valueOf(count).length() + 4;
    }

    /** The bytes a term takes in a postings shard. */
    static int postingsBytes(String term, String encoded) {
        return term.length() + encoded.length() + 6;
    }

    private static void cutDictionary(String prefix, List<String> terms, Map<String, Integer> counts, List<DictionaryShard> out) {
        int bytes = terms.stream().mapToInt(term -> dictionaryBytes(term, counts.get(term))).sum();
        if (bytes <= DICTIONARY_BYTES || prefix.length() >= MAX_KEY) {
            if (!terms.isEmpty()) {
                out.add(new DictionaryShard(prefix, false, List.copyOf(terms)));
            }
            return;
        }
        if (!prefix.isEmpty()) {
            // The prefix itself, when it is a term, is found nowhere else.
            List<String> top = terms.stream()
                    .sorted(Comparator.comparing((String term) -> !term.equals(prefix))
                            .thenComparingInt(term -> -counts.get(term)).thenComparing(Comparator.naturalOrder()))
                    .limit(TOP_COMPLETIONS)
                    .sorted()
                    .toList();
            out.add(new DictionaryShard(prefix, true, top));
        }
        int from = 0;
        while (from < terms.size()) {
            if (terms.get(from).length() == prefix.length()) {
                // The prefix itself is a term: it lives in the prefix's own shard, added above.
                from++;
                continue;
            }
            int next = prefix.length() + Character.charCount(terms.get(from).codePointAt(prefix.length()));
            String childPrefix = terms.get(from).substring(0, next);
            int to = from;
            while (to < terms.size() && terms.get(to).startsWith(childPrefix)) {
                to++;
            }
            cutDictionary(childPrefix, terms.subList(from, to), counts, out);
            from = to;
        }
    }

    private static List<PostingsShard> cutPostings(List<String> terms, Map<String, String> encoded) {
        List<PostingsShard> shards = new ArrayList<>();
        List<String> current = new ArrayList<>();
        List<String> currentEncoded = new ArrayList<>();
        int bytes = 0;
        for (String term : terms) {
            int size = postingsBytes(term, encoded.get(term));
            if (!current.isEmpty() && bytes + size > POSTINGS_BYTES) {
                shards.add(new PostingsShard(current.get(0), List.copyOf(current), List.copyOf(currentEncoded)));
                current.clear();
                currentEncoded.clear();
                bytes = 0;
            }
            current.add(term);
            currentEncoded.add(encoded.get(term));
            bytes += size;
        }
        if (!current.isEmpty()) {
            shards.add(new PostingsShard(current.get(0), List.copyOf(current), List.copyOf(currentEncoded)));
        }
        return shards;
    }
}
