package dev.qa.index;

import dev.qa.model.Question;
import dev.qa.model.SearchSynonyms;
import dev.qa.model.Section;
import dev.qa.model.Site;
import dev.qa.model.Page;
import dev.qa.model.SiteUrls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
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
    private final AtomicInteger read = new AtomicInteger();

    /** An indexer for one build. */
    public SearchIndexer() {
        this.memory = Optional.empty();
    }

    private SearchIndexer(IndexMemory memory) {
        this.memory = Optional.of(memory);
    }

    /** An indexer for a warm JVM: what did not change since the last index (a page's HTML, a term's postings) is not made again. */
    public static SearchIndexer remembering() {
        return new SearchIndexer(new IndexMemory());
    }

    /** The index files to write beside {@code pages}; every question of the site is searchable. */
    public List<Page> index(Site site, List<Page> pages) {
        read.set(0);
        List<SearchDocument> documents = documents(site, pages);
        SearchSynonyms synonyms = site.config().searchSynonyms();
        return memory.map(known -> known.files(documents, pages, synonyms)).orElseGet(() -> files(documents, synonyms));
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
                    segments(url, html.get(url)), questions.get(i).aliases());
        }).toList();
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
