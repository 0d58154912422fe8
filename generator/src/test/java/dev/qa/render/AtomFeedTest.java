package dev.qa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.Page;
import dev.qa.model.Results;
import dev.qa.model.Site;
import dev.qa.model.SiteConfig;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class AtomFeedTest {
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String BASE = "https://example.org/repo/";

    private final Loaded loaded = new SiteLoader().load(Fixtures.resource("render/feed"));

    @Test
    void feedIsAtomWithAbsoluteIdsAndLinksUnderTheSubPath() throws Exception {
        assertTrue(loaded.problems().isEmpty(), () -> loaded.problems().toString());
        org.w3c.dom.Element feed = parse(pages(loaded.site()).get("feed.xml").content());

        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals(BASE, child(feed, "id").getTextContent());
        assertEquals("Feed <Q&A>", child(feed, "title").getTextContent());
        assertEquals("2024-03-02T00:00:00Z", child(feed, "updated").getTextContent(), "the newest entry's date, not the build's");
        assertEquals(BASE + "feed.xml", link(feed, "self"));
        assertFalse(child(feed, "author").getTextContent().isBlank(), "RFC 4287: an author for entries that name none");

        List<org.w3c.dom.Element> entries = children(feed, "entry");
        assertEquals(List.of("Newer, from a JBake header", "Older <one> & more"),
                entries.stream().map(entry -> child(entry, "title").getTextContent()).toList(),
                "answered, dated questions, newest first; the draft and the undated question are left out");
        org.w3c.dom.Element newer = entries.get(0);
        assertEquals(BASE + "second/newer.html", child(newer, "id").getTextContent());
        assertEquals(BASE + "second/newer.html", link(newer, "alternate"));
        assertEquals("2024-03-02T00:00:00Z", child(newer, "updated").getTextContent(), "a JBake date with a time is read by its day");
        org.w3c.dom.Element older = entries.get(1);
        assertEquals("2024-01-15T00:00:00Z", child(older, "updated").getTextContent());
        assertEquals(List.of("first", "greek"), children(older, "category").stream().map(c -> c.getAttribute("term")).toList());

        org.w3c.dom.Element content = child(older, "content");
        assertEquals("html", content.getAttribute("type"));
        Document answer = Jsoup.parseBodyFragment(content.getTextContent());
        String href = answer.selectFirst("a").attr("href");
        assertEquals(BASE + "second/newer.html", URI.create(content.getAttributeNS("http://www.w3.org/XML/1998/namespace", "base"))
                .resolve(href).toString(), "the answer's relative links resolve against xml:base");
        assertEquals("<b>", answer.selectFirst("code").text(), "the answer's text is escaped twice: once as HTML, once in XML");
        for (org.w3c.dom.Element entry : entries) {
            for (String required : List.of("id", "title", "updated")) {
                assertEquals(1, children(entry, required).size(), required);
            }
            assertTrue(URI.create(child(entry, "id").getTextContent()).isAbsolute());
        }
    }

    @Test
    void everyPageLinksTheFeedFromItsHead() {
        Map<String, Page> pages = pages(loaded.site());
        for (Page page : pages.values()) {
            if (!page.path().endsWith(".html")) {
                continue;
            }
            Element link = Jsoup.parse(page.content()).selectFirst("head link[rel=alternate][type=application/atom+xml]");
            assertTrue(link != null, page.path());
            String resolved = page.path().equals("404.html") ? link.attr("href")
                    : URI.create(BASE).resolve(page.path()).resolve(link.attr("href")).toString();
            assertEquals(BASE + "feed.xml", resolved, page.path() + " links " + link.attr("href"));
        }
    }

    @Test
    void withoutABaseUrlThereIsNoFeedAndNoLinkToOne() {
        Site site = loaded.site();
        Site local = new Site(new SiteConfig(java.util.Optional.empty(), site.config().editUrl(), site.config().snippetTimeout(),
                java.util.List.of()),
                site.home(), site.sections());
        Map<String, Page> pages = pages(local);

        assertNull(pages.get("feed.xml"));
        assertNull(Jsoup.parse(pages.get("index.html").content()).selectFirst("link[type=application/atom+xml]"));
    }

    @Test
    void afterAnEditTheFeedOfARememberingRendererIsTheFeedOfAFreshOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
            throws Exception {
        java.nio.file.Path source = Fixtures.copy("render/feed", temp.resolve("source"));
        Renderer remembering = Renderer.remembering(new Templates(Fixtures.templates()));
        String before = remembering.render(new SiteLoader().load(source).site(), Results.none()).pages().stream()
                .filter(page -> page.path().equals("feed.xml")).findFirst().orElseThrow().content();
        java.nio.file.Path newer = source.resolve("content/02-second/01-newer.md");
        java.nio.file.Files.writeString(newer, java.nio.file.Files.readString(newer) + "\nA paragraph written later.\n");
        Site edited = new SiteLoader().load(source).site();

        String after = remembering.render(edited, Results.none()).pages().stream()
                .filter(page -> page.path().equals("feed.xml")).findFirst().orElseThrow().content();

        assertEquals(pages(edited).get("feed.xml").content(), after);
        assertTrue(after.contains("A paragraph written later.") && !before.contains("A paragraph written later."), after);
    }

    @Test
    void aDateThatIsNotADayIsAProblemAtItsLine() {
        Loaded bad = new SiteLoader().load(Fixtures.resource("render/feed-bad-date"));

        assertEquals(1, bad.problems().size(), bad.problems()::toString);
        assertEquals("content/01-first/01-bad.md:4:1", bad.problems().get(0).at().file().toString().replace('\\', '/') + ":"
                + bad.problems().get(0).at().line() + ":" + bad.problems().get(0).at().column());
        assertTrue(bad.problems().get(0).message().contains("must be a date like 2024-05-17"), bad.problems().get(0)::message);
    }

    private static Map<String, Page> pages(Site site) {
        Renderer.Rendered rendered = new Renderer(new Templates(Fixtures.templates())).render(site, Results.none());
        assertTrue(rendered.problems().isEmpty(), () -> rendered.problems().toString());
        return rendered.pages().stream().collect(Collectors.toMap(Page::path, Function.identity()));
    }

    private static org.w3c.dom.Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static List<org.w3c.dom.Element> children(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof org.w3c.dom.Element element && ATOM.equals(element.getNamespaceURI())
                    && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static org.w3c.dom.Element child(org.w3c.dom.Element parent, String name) {
        List<org.w3c.dom.Element> found = children(parent, name);
        assertEquals(1, found.size(), name);
        return found.get(0);
    }

    private static String link(org.w3c.dom.Element parent, String rel) {
        return children(parent, "link").stream().filter(link -> link.getAttribute("rel").equals(rel)).findFirst().orElseThrow()
                .getAttribute("href");
    }
}
