package dev.qa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void segmentsFollowSubHeadingsWithTheirIds() {
        List<Segment> segments = HtmlText.segments("<main><article><h1>Title</h1><p>Intro &amp; more.</p>"
                + "<h2 id=\"first-part\">First <code>part</code></h2><p>One.</p>"
                + "<h3 id=\"deeper\">Deeper</h3><p>Two.</p></article></main>");

        assertEquals(List.of(new Segment("", "", "Intro & more.", ""), new Segment("First part", "first-part", "One.", ""),
                new Segment("Deeper", "deeper", "Two.", "")), segments);
    }

    @Test
    void codeBlocksAreCodeNotText() {
        List<Segment> segments = HtmlText.segments("<article><p>Use <code>Map</code>.</p>"
                + "<pre><code class=\"language-java\">var m = new HashMap&lt;String, Integer&gt;();</code></pre></article>");

        assertEquals("Use Map.", segments.get(0).text());
        assertEquals("var m = new HashMap<String, Integer>();", segments.get(0).code());
    }

    @Test
    void theSidebarTheTagsAndNavigationAreNotThePagesText() {
        List<Segment> segments = HtmlText.segments("<nav class=\"sidebar\"><a>Other question</a></nav><main>"
                + "<nav class=\"breadcrumbs\"><a>Home</a></nav><article><h1>T</h1><p class=\"tags\"><a>#x</a></p>"
                + "<p class=\"meta\"><a class=\"tag\">#y</a></p><p>Answer.</p><button>Copy</button><span aria-hidden=\"true\">¶</span>"
                + "<div class=\"output\"><div class=\"output-label\">Output</div></div></article>"
                + "<nav class=\"pager\"><a>Next</a></nav></main>");

        assertEquals(List.of(new Segment("", "", "Answer.", "")), segments);
    }

    @Test
    void anAnchorInsideTheHeadingGivesTheIdWhenTheHeadingHasNone() {
        List<Segment> segments = HtmlText.segments("<article><h2><a id=\"why\" href=\"#why\"></a>Why</h2><p>B.</p></article>");

        assertEquals(new Segment("Why", "why", "B.", ""), segments.get(1));
    }

    @Test
    void entitiesAreDecoded() {
        assertEquals("a < b & \"c\" ’ é", HtmlText.decode("a &lt; b &amp; &quot;c&quot; &#8217; &#xe9;"));
    }
}
