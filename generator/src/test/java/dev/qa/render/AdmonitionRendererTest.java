package dev.qa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AdmonitionRendererTest {
    private static final ReadingFixture SITE = new ReadingFixture();
    private final Document page = SITE.html("basics/counting.html");

    @Test
    void anAdmonitionIsANoteWithItsKindAndTitle() {
        Element warning = page.selectFirst(".admonition.warning");

        assertEquals("note", warning.attr("role"));
        assertEquals("Not thread-safe", warning.selectFirst(".admonition-title").text());
        assertEquals("A TreeMap needs a lock when <threads> share it.", warning.selectFirst("p:not(.admonition-title)").text());
        assertEquals("TreeMap", warning.selectFirst("code").text(), "the body is markdown");
    }

    @Test
    void withoutATitleTheKindIsTheTitle() {
        assertEquals("Tip", page.selectFirst(".admonition.tip .admonition-title").text());
    }

    @Test
    void questionMarksMakeACollapsedBlockThatNeedsNoScript() {
        Element details = page.selectFirst("details.admonition.note");

        assertFalse(details.hasAttr("open"));
        assertEquals("More detail", details.selectFirst("summary").text());
    }

    @Test
    void flexmarksOwnIconsScriptsAndStylesAreNotUsed() {
        assertTrue(page.select("article svg, article script, article style, .adm-block").isEmpty(),
                () -> page.select("article svg, article script, article style, .adm-block").outerHtml());
    }
}
