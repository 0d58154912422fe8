package dev.qa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HeadingRendererTest {
    private static final ReadingFixture SITE = new ReadingFixture();
    private final Document page = SITE.html("basics/counting.html");

    @Test
    void everyHeadingHasAPermalinkToItself() {
        Element heading = page.getElementById("counting-with-a-map");

        assertEquals("h2", heading.tagName());
        Element anchor = heading.selectFirst("a.anchor");
        assertEquals("#counting-with-a-map", anchor.attr("href"));
        assertEquals("Link to this section: Counting with a map", anchor.attr("aria-label"));
        assertEquals("Counting with a map", heading.text(), "the anchor adds no text of its own");
    }

    @Test
    void theTableOfContentsListsH2AndH3InOrder() {
        List<Element> links = page.select("nav.toc a");

        assertEquals(List.of("#counting-with-a-map", "#as-a-class", "#counting-in-sql"), links.stream().map(a -> a.attr("href")).toList());
        assertEquals("l3", links.get(2).parent().className());
        assertTrue(page.selectFirst(".layout").hasClass("has-toc"));
    }

    @Test
    void linksToAnAnchorOfAnotherPageStillResolve() {
        assertTrue(SITE.rendered.problems().isEmpty(), SITE.rendered.problems()::toString);
        // Through the site's root, so that the print page (one folder deep too) can show the same HTML.
        assertEquals("../basics/counting.html#counting-with-a-map",
                SITE.html("basics/last.html").selectFirst("article a[href*=counting]").attr("href"));
        assertTrue(SITE.html("print/index.html").select("a[href*=counting-with-a-map]").eachAttr("href")
                .contains("../basics/counting.html#counting-with-a-map"), "the print page shows the same link");
    }

    @Test
    void aPageWithFewHeadingsHasNoTableOfContents() {
        assertTrue(SITE.html("basics/last.html").select("nav.toc").isEmpty());
    }
}
