package dev.qa.index;

import java.util.ArrayList;
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
 * object, so what is made from it can be reused too). Page weights are normalised by a rounded average
 * page length ({@link Weights#pivot}), so that one edit seldom changes every posting; a full rebuild
 * happens when that rounded average changes or pages are added, removed or reordered. Either way the
 * index is the one a build from scratch makes.
 */
final class LiveIndex {
    private List<String> urls = List.of();
    private float average = 1;
    private final Map<String, Map<String, float[]>> countsByUrl = new HashMap<>();
    private final Map<String, Float> lengthByUrl = new HashMap<>();
    private final SortedMap<String, TreeMap<Integer, Posting>> byTerm = new TreeMap<>();
    private final SortedMap<String, List<Posting>> postings = new TreeMap<>();
    private final Map<String, Integer> documentCounts = new HashMap<>();
    /** The terms whose postings the last update changed, added or removed; every term after a full rebuild. */
    private Set<String> changed = Set.of();
    /** The terms the last update added, removed or changed the page count of. */
    private Set<String> recounted = Set.of();
    /** Whether the last update started from nothing (pages added, removed or moved). */
    private boolean rebuilt = true;

    /** The terms whose postings the last update may have changed (all of them after a full rebuild, which clears first). */
    Set<String> changed() {
        return changed;
    }

    /** The terms the last update added, removed or changed the page count of (with {@link #rebuilt()}: start over). */
    Set<String> recounted() {
        return recounted;
    }

    /** Whether the last update indexed from scratch: what was made from the index before is all stale. */
    boolean rebuilt() {
        return rebuilt;
    }

    /** Whether the last update changed which terms there are or how many pages hold one. */
    boolean countsChanged() {
        return rebuilt || !recounted.isEmpty();
    }

    InvertedIndex update(List<SearchDocument> documents, Function<SearchDocument, Map<String, float[]>> counter) {
        List<String> now = documents.stream().map(SearchDocument::url).toList();
        List<Map<String, float[]>> counts = documents.stream().map(counter).toList();
        Set<String> touched = new HashSet<>();
        Set<String> recountedNow = new HashSet<>();
        // Summed in page order, as InvertedIndex.of does, so that the rounded average is the very same float.
        float[] lengths = new float[counts.size()];
        float total = 0;
        for (int i = 0; i < counts.size(); i++) {
            Map<String, float[]> perTerm = counts.get(i);
            lengths[i] = countsByUrl.get(now.get(i)) == perTerm ? lengthByUrl.get(now.get(i)) : InvertedIndex.length(perTerm);
            total += lengths[i];
        }
        float pivot = Weights.pivot(documents.isEmpty() ? 1 : total / documents.size());
        rebuilt = !now.equals(urls) || pivot != average;
        if (rebuilt) {
            urls = now;
            countsByUrl.clear();
            lengthByUrl.clear();
            byTerm.clear();
            postings.clear();
            documentCounts.clear();
            average = pivot;
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
            float length = lengths[i];
            lengthByUrl.put(url, length);
            for (Map.Entry<String, float[]> entry : perTerm.entrySet()) {
                byTerm.computeIfAbsent(entry.getKey(), term -> new TreeMap<>()).put(doc, InvertedIndex.posting(doc, entry.getValue(), length, average));
                touched.add(entry.getKey());
            }
            countsByUrl.put(url, perTerm);
        }
        for (String term : touched) {
            TreeMap<Integer, Posting> list = byTerm.get(term);
            if (list == null || list.isEmpty()) {
                byTerm.remove(term);
                postings.remove(term);
                if (documentCounts.remove(term) != null) {
                    recountedNow.add(term);
                }
            } else {
                postings.put(term, InvertedIndex.cut(new ArrayList<>(list.values())));
                Integer before = documentCounts.put(term, list.size());
                if (before == null || before != list.size()) {
                    recountedNow.add(term);
                }
            }
        }
        changed = touched;
        recounted = recountedNow;
        return new InvertedIndex(postings, documentCounts);
    }


}
