package dev.qa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.Page;
import dev.qa.model.Problem;
import dev.qa.model.Results;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A JBake project's pages, made from JBake's data model with its templates and configuration. */
class JBakeRendererTest {
    private static final Path PROJECT = Fixtures.resource("jbake/blog");
    private final Map<String, Page> pages = render(PROJECT);

    @Test
    void makesThePagesTheConfigurationAsksForAtItsPaths() {
        assertEquals(List.of("about.html", "atom.xml", "blog/2024/first.html", "blog/2024/second.html",
                        "blog/2024/unfinished-draft.html", "history.html", "index.html", "labels/index.html", "labels/intro.html",
                        "labels/java.html", "remark.html", "sitemap.xml"),
                pages.keySet().stream().sorted().toList(), "render.error404 is off by default: no 404.html");
    }

    @Test
    void aPostSeesItsContentMapAndTheSitesLists() {
        Document first = html("blog/2024/first.html");

        assertEquals("First & <best>", first.title(), "escaped in the page, so it reads as written");
        assertEquals("First & <best>", first.selectFirst("h1").text());
        assertEquals("post", first.selectFirst("article").attr("data-type"));
        assertEquals("published", first.selectFirst("article").attr("data-status"));
        assertEquals("blog/2024/first.html", first.selectFirst("article").attr("data-uri"));
        assertEquals("../../", first.selectFirst("article").attr("data-root"), "content.rootpath");
        assertEquals("../../css/site.css", first.selectFirst("link").attr("href"));
        assertEquals("2024-01-15", first.selectFirst("time").text());
        assertEquals(List.of("java", "intro"), first.select("ul.tags li").eachText());
        assertEquals("first", first.selectFirst(".body strong").text(), "the Markdown body is HTML, printed as markup");
        assertTrue(first.selectFirst(".body pre code") != null, "the Java snippet is shown");
        // posts (3, the draft too), published_posts (2), published_pages (about), published_content (2 posts, 1 page, 1 note), all_content (5)
        assertEquals("3 2 1 4 5", first.selectFirst("p.counts").text());
    }

    @Test
    void anHtmlDocumentIsPublishedAsWrittenWithItsCustomHeaderKeys() {
        Document second = html("blog/2024/second.html");

        assertEquals("HTML", second.selectFirst(".body p.raw em").text());
        assertEquals("Ada", second.selectFirst("p.author").text());
    }

    @Test
    void pagesAndOwnTypesUseTheirTemplates() {
        assertEquals("page", html("about.html").selectFirst("main").attr("data-type"));
        assertEquals("", html("about.html").selectFirst("main").attr("data-root"));
        assertEquals(List.of("About"), html("about.html").select("ul.pages li").eachText());
        assertEquals("note", html("remark.html").selectFirst("aside").attr("data-type"));
    }

    @Test
    void indexArchiveAndTagPagesListPublishedPostsNewestFirst() {
        Document index = html("index.html");
        assertEquals(List.of("Second", "First & <best>"), index.select("ol.posts a").eachText());
        assertEquals("blog/2024/second.html", index.selectFirst("ol.posts a").attr("href"));
        assertEquals(List.of("intro 2", "java 1"), index.select("ul.tags li").eachText());
        assertEquals("labels/intro.html", index.selectFirst("ul.tags a").attr("href"));
        assertEquals("https://example.org/blog", index.selectFirst("p.host").text(), "config.site_host");
        assertEquals("history.html", index.selectFirst("p.archive a").attr("href"), "config.archive_file");

        assertEquals(List.of("February 2024: Second", "January 2024: First & <best>"), html("history.html").select("ul.archive li").eachText());
        Document intro = html("labels/intro.html");
        assertEquals("intro", intro.selectFirst("h1").text());
        assertEquals("../", intro.selectFirst("h1").attr("data-root"));
        assertEquals(List.of("Second", "First & <best>"), intro.select("ul.tagged li").eachText());
        assertEquals(List.of("intro", "java"), html("labels/index.html").select("ul.all-tags li").eachText());
    }

    @Test
    void feedAndSitemapAreWellFormedXmlWithTheirTextEscaped() throws Exception {
        org.w3c.dom.Document feed = xml("atom.xml");
        assertEquals("First & <best>", feed.getElementsByTagName("title").item(2).getTextContent(), "the feed's own <#escape>");
        assertTrue(feed.getElementsByTagName("description").item(1).getTextContent().contains("<strong>first</strong>"),
                "the body is escaped once, as text of the description");
        assertEquals("2024-02-20", feed.getElementsByTagName("pubDate").item(0).getTextContent(), "the newest published date");

        org.w3c.dom.Document sitemap = xml("sitemap.xml");
        assertEquals(4, sitemap.getElementsByTagName("url").getLength());
        assertEquals("First & <best>", sitemap.getElementsByTagName("title").item(1).getTextContent(), "escaped as XML");
    }

    @Test
    void aMistakeInATemplateIsAProblemAtItsLine() {
        Problem problem = assertThrows(Templates.TemplateProblem.class, () -> render(Fixtures.resource("jbake/badtemplate"))).problem();

        assertEquals("templates/post.ftl:2", problem.at().file().toString().replace('\\', '/') + ":" + problem.at().line());
        assertTrue(problem.message().contains("content.nosuchkey"), problem.message());
    }

    private Document html(String path) {
        assertTrue(pages.containsKey(path), path);
        return Jsoup.parse(pages.get(path).content());
    }

    private org.w3c.dom.Document xml(String path) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(pages.get(path).content().getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Page> render(Path project) {
        Loaded loaded = new SiteLoader().load(project);
        assertTrue(loaded.problems().isEmpty(), () -> loaded.problems().toString());
        Renderer.Rendered rendered = new Renderer(new Templates(project.resolve("templates"))).render(loaded.site(), Results.none());
        assertTrue(rendered.problems().isEmpty(), () -> rendered.problems().toString());
        return rendered.pages().stream().collect(Collectors.toMap(Page::path, Function.identity()));
    }
}
