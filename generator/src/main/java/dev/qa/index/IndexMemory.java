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
final class IndexMemory {
    private final Map<String, Text> texts = new ConcurrentHashMap<>();
    private final Map<String, Counted> counted = new ConcurrentHashMap<>();
    private final Map<String, Encoded> encoded = new ConcurrentHashMap<>();
    private final Map<String, Written> written = new ConcurrentHashMap<>();
    private final LiveIndex live = new LiveIndex();
    private final Map<String, ShardText> shardTexts = new ConcurrentHashMap<>();
    /** The dictionary cut of the last index and the page counts it was cut by: a prose edit seldom changes either. */
    private List<Shards.DictionaryShard> dictionary = List.of();
    private Map<String, Integer> dictionaryCounts = Map.of();

    private record ShardText(List<Object> madeFrom, String text) {
    }

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
        if (!index.documentCounts().equals(dictionaryCounts)) {
            dictionary = Shards.dictionary(index);
            dictionaryCounts = Map.copyOf(index.documentCounts());
        }
        List<Page> files = IndexFiles.pages(documents, index, Shards.of(index, this::encode, dictionary), synonyms, this::write,
                this::shardText);
        // Sets, not lists: retainAll asks the argument whether it holds each key.
        Set<String> urls = documents.stream().map(SearchDocument::url).collect(Collectors.toSet());
        texts.keySet().retainAll(pages.stream().map(Page::path).collect(Collectors.toSet()));
        counted.keySet().retainAll(urls);
        written.keySet().retainAll(urls);
        // A term's entry is only used while its postings are the very list it was made from, so a gone
        // term's entry is stale, never wrong: they are swept out once they are a tenth of the terms.
        if (encoded.size() > index.postings().size() + index.postings().size() / 10) {
            encoded.keySet().retainAll(index.postings().keySet());
        }
        shardTexts.keySet().retainAll(files.stream().map(Page::path).collect(Collectors.toSet()));
        return files;
    }

    private String shardText(String path, List<Object> madeFrom, java.util.function.Supplier<String> make) {
        ShardText known = shardTexts.get(path);
        if (known != null && known.madeFrom().equals(madeFrom)) {
            return known.text();
        }
        String text = make.get();
        shardTexts.put(path, new ShardText(madeFrom, text));
        return text;
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
