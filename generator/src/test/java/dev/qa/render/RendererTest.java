package dev.qa.render;

import dev.qa.model.Page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.model.Results;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class RendererTest {
    private final Loaded loaded = new SiteLoader().load(Fixtures.resource("load/good"));
    private final Renderer.Rendered rendered = new Renderer(new Templates(Fixtures.templates())).render(loaded.site(), Results.none());
    private final Map<String, Page> pages = rendered.pages().stream().collect(Collectors.toMap(Page::path, Function.identity()));

    @Test
    void writesEveryPageOfTheSite() {
        assertTrue(rendered.problems().isEmpty(), () -> rendered.problems().toString());
        assertTrue(pages.keySet().containsAll(List.of("index.html", "first/index.html", "second/index.html",
                "first/alpha.html", "first/beta.html", "second/only.html", "tags/greek.html", "tags/index.html",
                "404.html", "sitemap.xml", "robots.txt")), pages.keySet()::toString);
    }

    @Test
    void homeListsSectionsWithTheirQuestionCounts() {
        Document home = html("index.html");

        List<Element> sections = home.select("ul.cards > li");
        assertEquals(2, sections.size());
        assertEquals("🅰️First & foremost", sections.get(0).selectFirst("h2").text());
        assertEquals("2 questions · 1 to answer", sections.get(0).selectFirst(".count").text());
        assertEquals("first/index.html", home.selectFirst("ul.cards a").attr("href"));
    }

    @Test
    void sectionPageListsItsQuestionsAndMarksDrafts() {
        Document section = html("first/index.html");

        assertEquals("🅰️ First & foremost", section.selectFirst("h1").text());
        List<Element> items = section.select("ol.qlist > li");
        assertEquals("Alpha: what is it?", items.get(0).selectFirst("a").text());
        assertEquals("alpha.html", items.get(0).selectFirst("a").attr("href"));
        assertEquals("draft", items.get(1).selectFirst(".badge").text());
    }

    @Test
    void questionPageEscapesTheTitleAndLinksItsNeighbours() {
        Document alpha = html("first/alpha.html");

        assertEquals("Alpha: what is it? · Fixture Q&A", alpha.title());
        assertEquals("beta.html", alpha.selectFirst("a[rel=next]").attr("href"));
        assertEquals("../tags/greek.html", alpha.selectFirst(".meta a.tag").attr("href"));
        assertEquals("../assets/style.css", alpha.selectFirst("link[rel=stylesheet]").attr("href"));
        assertTrue(pages.get("first/alpha.html").content().contains("Fixture Q&amp;A"), "the site title is escaped");
    }

    @Test
    void draftQuestionSaysItIsNotAnsweredYet() {
        Document beta = html("first/beta.html");

        assertTrue(beta.selectFirst(".draft-note").text().startsWith("Not answered yet — contribute."));
    }

    @Test
    void linksToMarkdownFilesBecomeRelativeLinksToPages() {
        Document only = html("second/only.html");

        assertEquals("../first/alpha.html#details", only.selectFirst("article a[href*=alpha]").attr("href"));
    }

    @Test
    void aLinkToAMissingFileIsAProblemWithItsLine() {
        Loaded broken = new SiteLoader().load(Fixtures.resource("load/broken-link"));
        Renderer.Rendered result = new Renderer(new Templates(Fixtures.templates())).render(broken.site(), Results.none());

        assertEquals(1, result.problems().size());
        assertEquals("content/01-s/01-q.md:7:5", result.problems().get(0).at().toString());
        assertTrue(result.problems().get(0).message().contains("02-missing.md"));
    }

    @Test
    void rawHtmlInMarkdownIsShownAsText() {
        // The policy in docs/authoring.md: raw HTML is escaped, never passed through.
        Document alpha = html("first/alpha.html");

        assertTrue(alpha.select("article script").isEmpty());
    }

    @Test
    void everyPageListsEverySectionAndTheQuestionsOfItsOwnWithTheCurrentOneMarked() {
        Document alpha = html("first/alpha.html");

        assertEquals(List.of("alpha.html", "beta.html"), alpha.select("#nav details a").eachAttr("href"));
        assertEquals("alpha.html", alpha.selectFirst("#nav a[aria-current=page]").attr("href"));
        assertTrue(alpha.selectFirst("#nav details").hasAttr("open"), "the current section is open");
        assertEquals(1, alpha.select("#nav details").size(), "other sections are links to their pages, not lists");
        assertEquals(List.of("../second/index.html"), alpha.select("#nav a.section-link").eachAttr("href"));
        assertEquals(List.of(), html("index.html").select("#nav details"), "a page outside any section lists sections only");
        assertEquals(List.of("Home", "🅰️ First & foremost", "Question 1 of 2"), alpha.select(".crumbs li").eachText());
    }

    @Test
    void thePrintPageHoldsEveryQuestionWithLinksThatResolveFromIt() {
        Document print = html("print/index.html");

        assertEquals(List.of("q1", "q2", "q3"), print.select("article.printed").eachAttr("id"));
        assertEquals("../first/alpha.html#details", print.selectFirst("#q3 a[href*=alpha]").attr("href"));
        assertEquals("print/index.html", html("index.html").selectFirst(".site-foot a[href*=print]").attr("href"));
    }

    @Test
    void everyPageLoadsOnlyFilesOfTheSiteAndNoScriptBlocksRendering() {
        Document alpha = html("first/alpha.html");

        assertEquals(List.of("../assets/site.js"), alpha.select("script[src]").stream()
                .filter(script -> !script.attr("src").endsWith("search.js")).map(script -> script.attr("src")).toList());
        assertTrue(alpha.select("script[src]").stream().allMatch(script -> script.hasAttr("defer")));
        assertTrue(alpha.select("[src], link[href]").stream().noneMatch(element -> (element.attr("src") + element.attr("href")).contains("//")));
        assertEquals("../", alpha.selectFirst("#search").attr("data-root"));
    }

    @Test
    void aFileSnippetShowsTheIncludedCodeNotItsEmptyFence() {
        Loaded included = new SiteLoader().load(Fixtures.resource("check/include"));
        Renderer.Rendered result = new Renderer(new Templates(Fixtures.templates())).render(included.site(), Results.none());
        Document page = Jsoup.parse(result.pages().stream().filter(p -> p.path().equals("s/q.html")).findFirst().orElseThrow().content());

        List<String> code = page.select(".snippet pre code").eachText();
        assertEquals(3, code.size(), code::toString);
        assertTrue(code.get(0).startsWith("static String greet(String name) {"), code.get(0));
        assertTrue(code.get(1).contains("int count = \"three\";"), code.get(1));
        assertTrue(code.get(2).contains("System.out.println(\"whole file\");"), code.get(2));
    }

    private Document html(String path) {
        return Jsoup.parse(pages.get(path).content());
    }

    @Test
    void inALongSectionTheSidebarListsTheQuestionsAroundTheCurrentOneAndLinksToAll(@org.junit.jupiter.api.io.TempDir java.nio.file.Path root)
            throws java.io.IOException {
        java.nio.file.Path section = java.nio.file.Files.createDirectories(root.resolve("content/01-long"));
        java.nio.file.Files.writeString(section.resolve("_section.md"), "---\ntitle: Long\norder: 1\n---\n");
        for (int i = 1; i <= 100; i++) {
            java.nio.file.Files.writeString(section.resolve(String.format("%03d-q%d.md", i, i)),
                    "---\ntitle: Question " + i + "?\nid: q" + i + "\n---\nAnswer " + i + ".\n");
        }
        Renderer.Rendered long100 = new Renderer(new Templates(Fixtures.templates()))
                .render(new SiteLoader().load(root).site(), Results.none());
        Map<String, Page> byPath = long100.pages().stream().collect(Collectors.toMap(Page::path, Function.identity()));

        Document middle = org.jsoup.Jsoup.parse(byPath.get("long/q50.html").content());
        List<String> listed = middle.select("#nav details li a:not(.all)").eachText();
        assertEquals(31, listed.size(), listed::toString);
        assertEquals("Question 35?", listed.get(0));
        assertEquals("Question 50?", middle.selectFirst("#nav a[aria-current=page]").text());
        assertEquals("index.html", middle.selectFirst("#nav a.all").attr("href"), "the section's page lists all 100");
        assertEquals(100, org.jsoup.Jsoup.parse(byPath.get("long/index.html").content()).select(".qlist a").size());
        Document first = org.jsoup.Jsoup.parse(byPath.get("long/q1.html").content());
        assertEquals("Question 1?", first.select("#nav details li a:not(.all)").eachText().get(0), "the window starts at the first question");
    }

    @Test
    void linksAndImagesWithAScriptSchemeFailTheBuildAtTheirPositionAndNeverReachThePage() {
        Loaded hostile = new SiteLoader().load(Fixtures.resource("hostile/links"));
        Renderer.Rendered result = new Renderer(new Templates(Fixtures.templates())).render(hostile.site(), Results.none());

        assertEquals(List.of("content/01-s/01-q.md:5:1", "content/01-s/01-q.md:6:1", "content/01-s/01-q.md:7:1",
                        "content/01-s/01-q.md:8:1", "content/01-s/01-q.md:9:1", "content/01-s/01-q.md:10:1", "content/01-s/01-q.md:11:1"),
                hostile.problems().stream().map(problem -> problem.at().toString()).toList(), hostile.problems()::toString);
        assertTrue(hostile.problems().stream().allMatch(problem -> problem.message().contains("which qa does not publish")));
        assertFalse(result.problems().isEmpty(), "render refuses them too, should a site with load problems ever be rendered");
        for (Page page : result.pages()) {
            Document html = Jsoup.parse(page.content());
            for (Element element : html.select("[href], [src]")) {
                String url = (element.hasAttr("href") ? element.attr("href") : element.attr("src")).strip().toLowerCase(java.util.Locale.ROOT);
                assertFalse(url.startsWith("javascript:") || url.startsWith("data:image/svg"), page.path() + ": " + element);
            }
        }
        Document question = Jsoup.parse(result.pages().stream().filter(p -> p.path().equals("s/q.html")).findFirst().orElseThrow().content());
        assertEquals(List.of("https://example.org", "mailto:a@example.org"), question.select("article a[href^=http], article a[href^=mailto]").eachAttr("href"));
    }
}
