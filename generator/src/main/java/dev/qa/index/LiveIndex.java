package dev.qa.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The inverted index of a warm JVM ({@code qa serve}), updated page by page: a page whose term counts
 * did not change keeps its postings, and a term none of whose pages changed keeps its list (the same
 * object, so what is made from it can be reused too). Page weights use the average page length of the
 * last full build of the index, so that one edit does not change every posting; a full rebuild happens
 * when pages are added, removed or reordered, and {@code qa build} always indexes from scratch.
 */
final class LiveIndex {
    private List<String> urls = List.of();
    private float average = 1;
    private final Map<String, Map<String, float[]>> countsByUrl = new HashMap<>();
    private final SortedMap<String, TreeMap<Integer, Posting>> byTerm = new TreeMap<>();
    private final SortedMap<String, List<Posting>> postings = new TreeMap<>();
    private final Map<String, Integer> documentCounts = new HashMap<>();

    InvertedIndex update(List<SearchDocument> documents, Function<SearchDocument, Map<String, float[]>> counter) {
        List<String> now = documents.stream().map(SearchDocument::url).toList();
        List<Map<String, float[]>> counts = documents.stream().map(counter).toList();
        Set<String> touched = new HashSet<>();
        if (!now.equals(urls)) {
            urls = now;
            countsByUrl.clear();
            byTerm.clear();
            postings.clear();
            documentCounts.clear();
            float total = 0;
            for (Map<String, float[]> perTerm : counts) {
                total += length(perTerm);
            }
            average = documents.isEmpty() ? 1 : total / documents.size();
        }
        for (int i = 0; i < documents.size(); i++) {
            String url = now.get(i);
            Map<String, float[]> perTerm = counts.get(i);
            Map<String, float[]> old = countsByUrl.get(url);
            if (old == perTerm) {
                continue;
            }
            int doc = documents.get(i).id();
            if (old != null) {
                for (String term : old.keySet()) {
                    TreeMap<Integer, Posting> list = byTerm.get(term);
                    if (list != null) {
                        list.remove(doc);
                        touched.add(term);
                    }
                }
            }
            float length = length(perTerm);
            for (Map.Entry<String, float[]> entry : perTerm.entrySet()) {
                float[] bySegment = entry.getValue();
                int best = 0;
                float sum = 0;
                for (int segment = 0; segment < bySegment.length; segment++) {
                    sum += bySegment[segment];
                    if (bySegment[segment] > bySegment[best]) {
                        best = segment;
                    }
                }
                byTerm.computeIfAbsent(entry.getKey(), term -> new TreeMap<>())
                        .put(doc, new Posting(doc, Weights.impact(sum, length, average), best));
                touched.add(entry.getKey());
            }
            countsByUrl.put(url, perTerm);
        }
        for (String term : touched) {
            TreeMap<Integer, Posting> list = byTerm.get(term);
            if (list == null || list.isEmpty()) {
                byTerm.remove(term);
                postings.remove(term);
                documentCounts.remove(term);
            } else {
                postings.put(term, cut(list));
                documentCounts.put(term, list.size());
            }
        }
        return new InvertedIndex(postings, documentCounts);
    }

    /** The list as {@link InvertedIndex#of} makes it: by page, only the best pages of a very common term. */
    private static List<Posting> cut(TreeMap<Integer, Posting> byDoc) {
        List<Posting> list = new ArrayList<>(byDoc.values());
        if (list.size() > InvertedIndex.MAX_POSTINGS) {
            list.sort(Comparator.comparingInt(Posting::impact).reversed().thenComparingInt(Posting::doc));
            list = new ArrayList<>(list.subList(0, InvertedIndex.MAX_POSTINGS));
            list.sort(Comparator.comparingInt(Posting::doc));
        }
        return List.copyOf(list);
    }

    private static float length(Map<String, float[]> perTerm) {
        float length = 0;
        for (float[] bySegment : perTerm.values()) {
            for (float weight : bySegment) {
                length += weight;
            }
        }
        return length;
    }
}
