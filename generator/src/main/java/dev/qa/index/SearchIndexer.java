package dev.qa.index;

import dev.qa.model.Question;
import dev.qa.model.SearchSynonyms;
import dev.qa.model.Section;
import dev.qa.model.Site;
import dev.qa.model.Page;
import dev.qa.model.SiteUrls;
import dev.qa.text.Digest;
import java.nio.file.Path;
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
    /** A live build's texts, counts and index files, kept between builds; empty for an indexer that indexes once. */
    private final Optional<IndexMemory> memory;
    /** What {@code ./qa build} read from each page, kept on disk for the next build; empty without a cache. */
    private final Optional<IndexStore> store;
    private final AtomicInteger read = new AtomicInteger();

    /** An indexer for one build. */
    public SearchIndexer() {
        this(Optional.empty(), Optional.empty());
    }

    private SearchIndexer(Optional<IndexMemory> memory, Optional<IndexStore> store) {
        this.memory = memory;
        this.store = store;
    }

    /**
     * An indexer for {@code ./qa build} that keeps in {@code file} what it read from each page: a page
     * whose HTML, title, tags and aliases did not change since the last build is not read again.
     * {@link #keep()} saves it once the site is written.
     */
    public static SearchIndexer stored(Path file) {
        return new SearchIndexer(Optional.empty(), Optional.of(IndexStore.load(file)));
    }

    /** Saves what the last index read, for the next build; does nothing for other indexers. */
    public void keep() {
        store.ifPresent(IndexStore::save);
    }

    /** An indexer for a warm JVM: what did not change since the last index (a page's HTML, a term's postings) is not made again. */
    public static SearchIndexer remembering() {
        return new SearchIndexer(Optional.of(new IndexMemory()), Optional.empty());
    }

    /** The index files to write beside {@code pages}; every question of the site is searchable. */
    public List<Page> index(Site site, List<Page> pages) {
        read.set(0);
        // The counts the store knew or that were made while reading the pages, by URL.
        Map<String, Map<String, float[]>> counted = new ConcurrentHashMap<>();
        List<SearchDocument> documents = documents(site, pages, counted);
        SearchSynonyms synonyms = site.config().searchSynonyms();
        if (memory.isPresent()) {
            return memory.get().files(documents, pages, synonyms);
        }
        InvertedIndex index = InvertedIndex.of(documents, document -> {
            Map<String, float[]> known = counted.get(document.url());
            return known != null ? known : InvertedIndex.weightedCounts(document);
        });
        return IndexFiles.pages(documents, index, Shards.of(index), synonyms, IndexFiles::document);
    }

    /** How many pages the last index read (the others were remembered). */
    public int pagesRead() {
        return read.get();
    }

    /** The index files of these documents. */
    static List<Page> files(List<SearchDocument> documents) {
        return files(documents, SearchSynonyms.NONE);
    }

    static List<Page> files(List<SearchDocument> documents, SearchSynonyms synonyms) {
        InvertedIndex index = InvertedIndex.of(documents);
        return IndexFiles.pages(documents, index, Shards.of(index), synonyms, IndexFiles::document);
    }

    /** One document per question that has a rendered page, in the site's order. */
    private List<SearchDocument> documents(Site site, List<Page> pages, Map<String, Map<String, float[]>> counted) {
        Map<String, Page> html = new HashMap<>();
        pages.forEach(page -> html.put(page.path(), page));
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
            Question question = questions.get(i);
            return store.isPresent() ? stored(store.get(), i, question, sections.get(i), url, html.get(url), counted)
                    : new SearchDocument(i, question.title(), url, sections.get(i).title(), question.tags(),
                            segments(url, html.get(url).content()), question.aliases());
        }).toList();
    }

    /** A page's document from the store when the page did not change, else read and counted now and stored. */
    private SearchDocument stored(IndexStore store, int id, Question question, Section section, String url, Page page,
                                  Map<String, Map<String, float[]>> counted) {
        String digest = page.source() instanceof Page.Kept kept ? kept.digest() : Digest.of(page.content());
        String key = IndexStore.key(digest, question.title(), question.tags(), question.aliases());
        Optional<IndexStore.Entry> known = store.get(url, key);
        List<Segment> segments = known.map(IndexStore.Entry::segments).orElseGet(() -> {
            read.incrementAndGet();
            return HtmlText.segments(page.content());
        });
        SearchDocument document = new SearchDocument(id, question.title(), url, section.title(), question.tags(), segments,
                question.aliases());
        Map<String, float[]> counts = known.map(IndexStore.Entry::counts).orElseGet(() -> {
            Map<String, float[]> made = InvertedIndex.weightedCounts(document);
            store.put(url, new IndexStore.Entry(key, document.segments(), made));
            return made;
        });
        counted.put(url, counts);
        return document;
    }

    private List<Segment> segments(String url, String html) {
        Optional<List<Segment>> known = memory.flatMap(kept -> kept.segments(url, html));
        if (known.isPresent()) {
            return known.get();
        }
        read.incrementAndGet();
        List<Segment> segments = HtmlText.segments(html);
        memory.ifPresent(kept -> kept.remember(url, html, segments));
        return segments;
    }
}
