package dev.qa.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Terms to pages: every term, how many pages hold it, and its postings.
 *
 * @param postings        by term, in term order; each list sorted by page id
 * @param documentCounts  how many pages hold each term, before {@link #MAX_POSTINGS} cut the list
 */
public record InvertedIndex(SortedMap<String, List<Posting>> postings, Map<String, Integer> documentCounts) {
    /**
     * A term on more pages than this keeps only its best pages: a word on 5,000 pages tells little
     * about any of them, and its full list would cost more bytes than all the rest of a query.
     */
    public static final int MAX_POSTINGS = 1000;

    public static InvertedIndex of(List<SearchDocument> documents) {
        return of(documents, InvertedIndex::weightedCounts);
    }

    /** The index of these documents, each counted by {@code counter} (which may know the counts already). */
    static InvertedIndex of(List<SearchDocument> documents, java.util.function.Function<SearchDocument, Map<String, float[]>> counter) {
        List<Map<String, float[]>> counts = new ArrayList<>(documents.size());
        float[] lengths = new float[documents.size()];
        float total = 0;
        for (SearchDocument document : documents) {
            Map<String, float[]> perTerm = counter.apply(document);
            float length = length(perTerm);
            lengths[counts.size()] = length;
            total += length;
            counts.add(perTerm);
        }
        float average = Weights.pivot(documents.isEmpty() ? 1 : total / documents.size());
        Map<String, List<Posting>> byTerm = new HashMap<>();
        for (int doc = 0; doc < counts.size(); doc++) {
            for (Map.Entry<String, float[]> entry : counts.get(doc).entrySet()) {
                byTerm.computeIfAbsent(entry.getKey(), term -> new ArrayList<>())
                        .add(posting(documents.get(doc).id(), entry.getValue(), lengths[doc], average));
            }
        }
        SortedMap<String, List<Posting>> postings = new TreeMap<>();
        Map<String, Integer> documentCounts = new HashMap<>();
        for (Map.Entry<String, List<Posting>> entry : byTerm.entrySet()) {
            documentCounts.put(entry.getKey(), entry.getValue().size());
            postings.put(entry.getKey(), cut(entry.getValue()));
        }
        return new InvertedIndex(postings, documentCounts);
    }

    /** A page's posting for a term: its impact from the term's weight in all segments, and its best segment. */
    static Posting posting(int doc, float[] bySegment, float pageLength, float averageLength) {
        int best = 0;
        float sum = 0;
        for (int segment = 0; segment < bySegment.length; segment++) {
            sum += bySegment[segment];
            if (bySegment[segment] > bySegment[best]) {
                best = segment;
            }
        }
        return new Posting(doc, Weights.impact(sum, pageLength, averageLength), best);
    }

    /** A page's length: the sum of all its weighted term counts. */
    static float length(Map<String, float[]> perTerm) {
        float length = 0;
        for (float[] bySegment : perTerm.values()) {
            for (float weight : bySegment) {
                length += weight;
            }
        }
        return length;
    }

    /** A term's postings by page, only its best {@link #MAX_POSTINGS} pages when it is on more. */
    static List<Posting> cut(List<Posting> postings) {
        List<Posting> list = new ArrayList<>(postings);
        if (list.size() > MAX_POSTINGS) {
            list.sort(Comparator.comparingInt(Posting::impact).reversed().thenComparingInt(Posting::doc));
            list = new ArrayList<>(list.subList(0, MAX_POSTINGS));
        }
        list.sort(Comparator.comparingInt(Posting::doc));
        return List.copyOf(list);
    }

    /** For each term of a page, its weighted count in each segment. */
    static Map<String, float[]> weightedCounts(SearchDocument document) {
        int segments = document.segments().size();
        Map<String, float[]> counts = new HashMap<>();
        add(counts, segments, 0, Tokenizer.terms(document.title()), Weights.TITLE);
        for (String alias : document.aliases()) {
            // An alias is another title: what a reader calls the question.
            add(counts, segments, 0, Tokenizer.terms(alias), Weights.TITLE);
        }
        for (String tag : document.tags()) {
            add(counts, segments, 0, Tokenizer.terms(tag), Weights.TAG);
        }
        for (int i = 0; i < segments; i++) {
            Segment segment = document.segments().get(i);
            add(counts, segments, i, Tokenizer.terms(segment.heading()), Weights.HEADING);
            add(counts, segments, i, Tokenizer.terms(segment.text()), Weights.TEXT);
            add(counts, segments, i, Tokenizer.terms(segment.code()), Weights.CODE);
        }
        return counts;
    }

    private static void add(Map<String, float[]> counts, int segments, int segment, List<String> terms, float weight) {
        for (String term : terms) {
            counts.computeIfAbsent(term, t -> new float[Math.max(1, segments)])[segment] += weight;
        }
    }
}
