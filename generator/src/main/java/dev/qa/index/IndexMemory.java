package dev.qa.index;

import dev.qa.model.Page;
import dev.qa.model.SearchSynonyms;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a warm JVM's indexer keeps between builds, each with what it was made from: a page's text by
 * its HTML, its term counts by its title, tags and text, the inverted index itself (updated page by
 * page), each term's encoded postings by its list, and each page's document file by its document.
 */
final class IndexMemory {
    private final Map<String, Text> texts = new ConcurrentHashMap<>();
    private final Map<String, Counted> counted = new ConcurrentHashMap<>();
    private final Map<String, Encoded> encoded = new ConcurrentHashMap<>();
    private final Map<String, Written> written = new ConcurrentHashMap<>();
    private final LiveIndex live = new LiveIndex();

    private record Text(String html, List<Segment> segments) {
    }

    private record Counted(String title, List<String> tags, List<String> aliases, List<Segment> segments, Map<String, float[]> counts) {
    }

    private record Encoded(List<Posting> postings, String text) {
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
        List<Page> files = IndexFiles.pages(documents, index, Shards.of(index, this::encode), synonyms, this::write);
        List<String> urls = documents.stream().map(SearchDocument::url).toList();
        texts.keySet().retainAll(pages.stream().map(Page::path).toList());
        counted.keySet().retainAll(urls);
        written.keySet().retainAll(urls);
        encoded.keySet().retainAll(index.postings().keySet());
        return files;
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

    private String encode(String term, List<Posting> postings) {
        Encoded known = encoded.get(term);
        // The live index hands the very same list for a term none of whose pages changed.
        if (known != null && known.postings() == postings) {
            return known.text();
        }
        String text = PostingCodec.encode(postings);
        encoded.put(term, new Encoded(postings, text));
        return text;
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
