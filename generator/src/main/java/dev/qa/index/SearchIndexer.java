package dev.qa.index;

import dev.qa.model.Question;
import dev.qa.model.Section;
import dev.qa.model.Site;
import dev.qa.model.Page;
import dev.qa.model.SiteUrls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The index stage: builds the search index from the site model (titles, tags, order) and the
 * rendered pages (headings with their ids, answer text, code), as extra files of the site under
 * {@code search-index/}. assets/search.js reads them.
 */
public final class SearchIndexer {
    /** A live build's page texts, by page: reading a page's HTML is most of this stage, and most pages did not change. */
    private final Optional<Map<String, Text>> remembered;
    private final AtomicInteger read = new AtomicInteger();

    /** A live build's term counts by page, with the title, tags and text they were counted from. */
    private final Map<String, Counted> counted = new ConcurrentHashMap<>();

    /** The text of one page as read, with the HTML it was read from. */
    private record Text(String html, List<Segment> segments) {
    }

    private record Counted(String title, List<String> tags, List<Segment> segments, Map<String, float[]> counts) {
    }

    /** A live build's encoded postings by term and document files by page, with what they were made from. */
    private final Map<String, Encoded> encoded = new ConcurrentHashMap<>();
    private final LiveIndex live = new LiveIndex();
    private final Map<String, Written> written = new ConcurrentHashMap<>();

    private record Encoded(List<Posting> postings, String text) {
    }

    private record Written(SearchDocument document, String text) {
    }

    /** An indexer for one build. */
    public SearchIndexer() {
        this.remembered = Optional.empty();
    }

    private SearchIndexer(Map<String, Text> remembered) {
        this.remembered = Optional.of(remembered);
    }

    /** An indexer for a warm JVM: a page whose HTML did not change since the last index is not read again. */
    public static SearchIndexer remembering() {
        return new SearchIndexer(new ConcurrentHashMap<>());
    }

    /** The index files to write beside {@code pages}; every question of the site is searchable. */
    public List<Page> index(Site site, List<Page> pages) {
        read.set(0);
        List<SearchDocument> documents = documents(site, pages);
        List<Page> files;
        if (remembered.isEmpty()) {
            files = files(documents, InvertedIndex.of(documents));
        } else {
            // Most terms keep their postings and most pages their document after an edit: reuse their text.
            InvertedIndex index = live.update(documents, this::counts);
            files = IndexFiles.pages(documents, index, Shards.of(index, this::encode), this::write);
            encoded.keySet().retainAll(index.postings().keySet());
            written.keySet().retainAll(documents.stream().map(SearchDocument::url).toList());
        }
        remembered.ifPresent(texts -> texts.keySet().retainAll(pages.stream().map(Page::path).toList()));
        counted.keySet().retainAll(documents.stream().map(SearchDocument::url).toList());
        return files;
    }

    /** How many pages the last index read (the others were remembered). */
    public int pagesRead() {
        return read.get();
    }

    /** The index files of these documents. */
    static List<Page> files(List<SearchDocument> documents) {
        return files(documents, InvertedIndex.of(documents));
    }

    private static List<Page> files(List<SearchDocument> documents, InvertedIndex index) {
        return IndexFiles.pages(documents, index, Shards.of(index));
    }

    /** One document per question that has a rendered page, in the site's order. */
    List<SearchDocument> documents(Site site, List<Page> pages) {
        Map<String, String> html = new HashMap<>();
        pages.forEach(page -> html.put(page.path(), page.content()));
        List<Question> questions = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (Section section : site.sections()) {
            for (Question question : section.questions()) {
                if (html.containsKey(SiteUrls.question(section, question))) {
                    questions.add(question);
                    sections.add(section);
                }
            }
        }
        // Reading the HTML is most of the stage's time, and pages are independent.
        return IntStream.range(0, questions.size()).parallel().mapToObj(i -> {
            String url = SiteUrls.question(sections.get(i), questions.get(i));
            return new SearchDocument(i, questions.get(i).title(), url, sections.get(i).title(), questions.get(i).tags(),
                    segments(url, html.get(url)));
        }).toList();
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

    private Map<String, float[]> counts(SearchDocument document) {
        Counted known = counted.get(document.url());
        if (known != null && known.title().equals(document.title()) && known.tags().equals(document.tags())
                && known.segments().equals(document.segments())) {
            return known.counts();
        }
        Map<String, float[]> counts = InvertedIndex.weightedCounts(document);
        counted.put(document.url(), new Counted(document.title(), document.tags(), document.segments(), counts));
        return counts;
    }

    private List<Segment> segments(String url, String html) {
        Text known = remembered.map(texts -> texts.get(url)).orElse(null);
        if (known != null && known.html().equals(html)) {
            return known.segments();
        }
        read.incrementAndGet();
        List<Segment> segments = HtmlText.segments(html);
        remembered.ifPresent(texts -> texts.put(url, new Text(html, segments)));
        return segments;
    }
}
