package dev.qa.index;

import dev.qa.model.Page;
import dev.qa.model.SearchSynonyms;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a warm JVM's indexer keeps between builds, each with what it was made from: a page's text by
 * its HTML, its term counts by its title, tags and text, the inverted index itself (updated page by
 * page), each term's encoded postings by its list, and each page's document file by its document.
 */
final class IndexMemory implements IndexFiles.Texts {
    private final Map<String, Text> texts = new ConcurrentHashMap<>();
    private final Map<String, Counted> counted = new ConcurrentHashMap<>();
    /** Each term's postings, encoded: kept in step with the live index, term by term. */
    private final Map<String, String> encoded = new java.util.HashMap<>();
    private final Map<String, Written> written = new ConcurrentHashMap<>();
    private final LiveIndex live = new LiveIndex();
    private final Map<String, ShardText> shardTexts = new ConcurrentHashMap<>();
    private final Map<String, Checksum> checksums = new ConcurrentHashMap<>();
    /** The dictionary cut of the last index, cut again only when the terms or their page counts changed. */
    private List<Shards.DictionaryShard> dictionary = List.of();
    /** The dictionary's shards by first letter, so that an edit re-cuts only the letters whose terms were recounted. */
    private final Map<String, Shards.Group> dictionaryGroups = new java.util.HashMap<>();

    private record ShardText(List<Object> madeFrom, String text) {
    }

    private record Checksum(String text, long value) {
    }

    private record Text(String html, List<Segment> segments) {
    }

    private record Counted(String title, List<String> tags, List<String> aliases, List<Segment> segments, Map<String, float[]> counts) {
    }

    private record Written(SearchDocument document, String text) {
    }

    /** The text read from this HTML last time, if it is the same HTML. */
    Optional<List<Segment>> segments(String url, String html) {
        Text known = texts.get(url);
        return known != null && known.html().equals(html) ? Optional.of(known.segments()) : Optional.empty();
    }

    void remember(String url, String html, List<Segment> segments) {
        texts.put(url, new Text(html, segments));
    }

    /** The index files of these documents, reusing what did not change, and forgetting pages that are gone. */
    List<Page> files(List<SearchDocument> documents, List<Page> pages, SearchSynonyms synonyms) {
        // Most terms keep their postings and most pages their document after an edit: reuse their text.
        InvertedIndex index = live.update(documents, this::counts);
        if (live.rebuilt()) {
            dictionaryGroups.clear();
            encoded.clear();
        }
        if (live.countsChanged()) {
            dictionary = Shards.dictionary(index, live.recounted(), dictionaryGroups);
        }
        // Only the terms the update touched get new postings: the others keep their encoded text.
        for (String term : live.changed()) {
            List<Posting> postings = index.postings().get(term);
            if (postings == null) {
                encoded.remove(term);
            } else {
                encoded.put(term, PostingCodec.encode(postings));
            }
        }
        List<Page> files = IndexFiles.pages(documents, index, Shards.of(index, encoded, dictionary), synonyms, this::write, this);
        // Sets, not lists: retainAll asks the argument whether it holds each key.
        Set<String> urls = documents.stream().map(SearchDocument::url).collect(Collectors.toSet());
        texts.keySet().retainAll(pages.stream().map(Page::path).collect(Collectors.toSet()));
        counted.keySet().retainAll(urls);
        written.keySet().retainAll(urls);
        Set<String> paths = files.stream().map(Page::path).collect(Collectors.toSet());
        shardTexts.keySet().retainAll(paths);
        checksums.keySet().retainAll(paths);
        return files;
    }

    /** A shard's text, remembered while what it is made from stays equal. */
    @Override
    public String text(String path, List<Object> madeFrom, java.util.function.Supplier<String> make) {
        ShardText known = shardTexts.get(path);
        if (known != null && known.madeFrom().equals(madeFrom)) {
            return known.text();
        }
        String text = make.get();
        shardTexts.put(path, new ShardText(madeFrom, text));
        return text;
    }

    /** A file's checksum, remembered while its text is the same object (a remembered file). */
    @Override
    public long checksum(String path, String text) {
        Checksum known = checksums.get(path);
        if (known != null && known.text() == text) {
            return known.value();
        }
        long value = IndexFiles.Texts.super.checksum(path, text);
        checksums.put(path, new Checksum(text, value));
        return value;
    }

    private Map<String, float[]> counts(SearchDocument document) {
        Counted known = counted.get(document.url());
        if (known != null && known.title().equals(document.title()) && known.tags().equals(document.tags())
                && known.aliases().equals(document.aliases()) && known.segments().equals(document.segments())) {
            return known.counts();
        }
        Map<String, float[]> counts = InvertedIndex.weightedCounts(document);
        counted.put(document.url(), new Counted(document.title(), document.tags(), document.aliases(), document.segments(), counts));
        return counts;
    }

    private String write(SearchDocument document) {
        Written known = written.get(document.url());
        if (known != null && known.document().equals(document)) {
            return known.text();
        }
        String text = IndexFiles.document(document);
        written.put(document.url(), new Written(document, text));
        return text;
    }
}
