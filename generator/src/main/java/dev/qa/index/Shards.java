package dev.qa.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        Map<String, String> encoded = new java.util.HashMap<>();
        index.postings().forEach((term, list) -> encoded.put(term, PostingCodec.encode(list)));
        return of(index, encoded, dictionary(index));
    }

    /** The shards, with each term's postings already encoded in {@code encoded} and the dictionary already cut. */
    static Shards of(InvertedIndex index, Map<String, String> encoded, List<DictionaryShard> dictionary) {
        return new Shards(dictionary, cutPostings(new ArrayList<>(index.postings().keySet()), encoded));
    }

    /** The dictionary shards of this index. */
    static List<DictionaryShard> dictionary(InvertedIndex index) {
        return cut("", new ArrayList<>(index.postings().keySet()), index.documentCounts()).shards();
    }

    /**
     * The shards of the terms that start with one letter, and the bytes those terms take: what a live
     * index keeps so that an edit re-cuts only the letters whose terms changed.
     */
    record Group(long bytes, List<DictionaryShard> shards) {
    }

    /**
     * The dictionary shards of this index, re-cutting only the groups of terms (by first letter) that
     * hold a term in {@code changed} or that {@code groups} does not know; {@code groups} is brought up
     * to date. The same shards as {@link #dictionary(InvertedIndex)}.
     */
    static List<DictionaryShard> dictionary(InvertedIndex index, Set<String> changed, Map<String, Group> groups) {
        List<String> terms = new ArrayList<>(index.postings().keySet());
        Set<String> dirty = new java.util.HashSet<>();
        changed.forEach(term -> dirty.add(first(term)));
        Map<String, Group> now = new java.util.HashMap<>();
        List<DictionaryShard> shards = new ArrayList<>();
        long bytes = 0;
        int at = 0;
        while (at < terms.size()) {
            String letter = first(terms.get(at));
            int end = at;
            while (end < terms.size() && first(terms.get(end)).equals(letter)) {
                end++;
            }
            if (letter.isEmpty()) {
                at = end; // the empty term has no shard, as in the cut from the top
                continue;
            }
            Group group = groups.get(letter);
            if (group == null || dirty.contains(letter)) {
                group = cut(letter, terms.subList(at, end), index.documentCounts());
            }
            now.put(letter, group);
            shards.addAll(group.shards());
            bytes += group.bytes();
            at = end;
        }
        groups.clear();
        groups.putAll(now);
        // A dictionary that fits in one shard is that shard, keyed by the empty prefix.
        return bytes <= DICTIONARY_BYTES ? dictionary(index) : List.copyOf(shards);
    }

    private static String first(String term) {
        return term.isEmpty() ? "" : term.substring(0, Character.charCount(term.codePointAt(0)));
    }

    /** The shards of these terms, which all start with {@code prefix}. */
    private static Group cut(String prefix, List<String> terms, Map<String, Integer> documentCounts) {
        int[] counts = new int[terms.size()];
        // Bytes before each term, so that the size of any run of terms is one subtraction.
        long[] before = new long[terms.size() + 1];
        for (int i = 0; i < terms.size(); i++) {
            counts[i] = documentCounts.get(terms.get(i));
            before[i + 1] = before[i] + dictionaryBytes(terms.get(i), counts[i]);
        }
        List<DictionaryShard> dictionary = new ArrayList<>();
        cutDictionary(prefix, terms, counts, before, 0, terms.size(), dictionary);
        return new Group(before[terms.size()], List.copyOf(dictionary));
    }

    /** The bytes a term takes in a dictionary shard: the term, its page count, and separators. */
    static int dictionaryBytes(String term, int count) {
        return term.length() + String.valueOf(count).length() + 4;
    }

    /** The bytes a term takes in a postings shard. */
    static int postingsBytes(String term, String encoded) {
        return term.length() + encoded.length() + 6;
    }

    /** Cuts the terms {@code from} (inclusive) to {@code to} (exclusive), which all start with {@code prefix}. */
    private static void cutDictionary(String prefix, List<String> terms, int[] counts, long[] before, int from, int to,
                                      List<DictionaryShard> out) {
        if (before[to] - before[from] <= DICTIONARY_BYTES || prefix.length() >= MAX_KEY) {
            if (from < to) {
                out.add(new DictionaryShard(prefix, false, List.copyOf(terms.subList(from, to))));
            }
            return;
        }
        if (!prefix.isEmpty()) {
            out.add(new DictionaryShard(prefix, true, topCompletions(prefix, terms, counts, from, to)));
        }
        int at = from;
        while (at < to) {
            if (terms.get(at).length() == prefix.length()) {
                // The prefix itself is a term: it lives in the prefix's own shard, added above.
                at++;
                continue;
            }
            int next = prefix.length() + Character.charCount(terms.get(at).codePointAt(prefix.length()));
            String childPrefix = terms.get(at).substring(0, next);
            int end = at;
            while (end < to && terms.get(end).startsWith(childPrefix)) {
                end++;
            }
            cutDictionary(childPrefix, terms, counts, before, at, end, out);
            at = end;
        }
    }

    /**
     * The prefix itself when it is a term (it is found nowhere else), then the most common completions,
     * ties in term order; {@link #TOP_COMPLETIONS} of them, in term order. One pass with a small heap:
     * sorting every term under a one-letter prefix was most of the cut.
     */
    private static List<String> topCompletions(String prefix, List<String> terms, int[] counts, int from, int to) {
        // Worst first: lower count, then later term.
        java.util.PriorityQueue<Integer> best = new java.util.PriorityQueue<>(TOP_COMPLETIONS + 1,
                Comparator.comparing((Integer i) -> terms.get(i).equals(prefix) ? 1 : 0)
                        .thenComparingInt(i -> counts[i]).thenComparing(i -> -i));
        for (int i = from; i < to; i++) {
            best.add(i);
            if (best.size() > TOP_COMPLETIONS) {
                best.poll();
            }
        }
        return best.stream().sorted().map(terms::get).toList();
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
