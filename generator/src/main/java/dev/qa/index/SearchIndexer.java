package dev.qa.index;

import dev.qa.model.Question;
import dev.qa.model.Section;
import dev.qa.model.Site;
import dev.qa.render.Page;
import dev.qa.render.SiteUrls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The index stage: builds the search index from the site model (titles, tags, order) and the
 * rendered pages (headings with their ids, answer text, code), as extra files of the site under
 * {@code search-index/}. assets/search.js reads them.
 */
public final class SearchIndexer {

    /** The index files to write beside {@code pages}; every question of the site is searchable. */
    public List<Page> index(Site site, List<Page> pages) {
        return files(documents(site, pages));
    }

    /** The index files of these documents. */
    static List<Page> files(List<SearchDocument> documents) {
        InvertedIndex index = InvertedIndex.of(documents);
        return IndexFiles.pages(documents, index, Shards.of(index));
    }

    /** One document per question that has a rendered page, in the site's order. */
    static List<SearchDocument> documents(Site site, List<Page> pages) {
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
                    HtmlText.segments(html.get(url)));
        }).toList();
    }
}
