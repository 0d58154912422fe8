package dev.qa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.Page;
import dev.qa.model.Results;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FreeMarker port of the default theme (examples/freemarker-theme) makes the real site's pages, DOM for DOM. */
class FreeMarkerThemeTest {

    @Test
    void portOfTheDefaultThemeRendersTheRealSiteToTheSameDom(@TempDir Path temp) throws IOException {
        Path repository = Fixtures.templates().getParent();
        Loaded loaded = new SiteLoader().load(repository);
        assertTrue(loaded.problems().isEmpty(), () -> loaded.problems().toString());
        Path port = freeMarkerTheme(repository, temp.resolve("theme"));

        Map<String, String> pebble = render(new Templates(Fixtures.templates()), loaded);
        Map<String, String> freeMarker = render(new Templates(port), loaded);

        assertEquals(pebble.keySet(), freeMarker.keySet());
        assertTrue(pebble.size() > 200, "the real site: " + pebble.size() + " pages");
        assertTrue(pebble.containsKey("feed.xml"), "qa.yml has a base URL, so the head's feed link is compared too");
        List<String> differing = new ArrayList<>();
        for (String path : pebble.keySet()) {
            if (path.endsWith(".html")) {
                List<String> expected = dom(pebble.get(path));
                List<String> actual = dom(freeMarker.get(path));
                if (!expected.equals(actual)) {
                    differing.add(path + ": " + firstDifference(expected, actual));
                }
            } else if (!pebble.get(path).equals(freeMarker.get(path))) {
                differing.add(path + " (not made by a template, yet different)");
            }
        }
        assertTrue(differing.isEmpty(), () -> differing.size() + " pages differ:\n" + String.join("\n", differing.subList(0, Math.min(10, differing.size()))));
    }

    @Test
    void domComparisonSeesADifferenceInTextOrAttributes() {
        List<String> page = dom("<p class=a>Hello <b>world</b></p>");

        assertEquals(page, dom("<p class=a>\n  Hello   <b>world</b>\n</p>"), "white space between words is not a difference");
        assertTrue(!page.equals(dom("<p class=b>Hello <b>world</b></p>")));
        assertTrue(!page.equals(dom("<p class=a>Hello <i>world</i></p>")));
        assertTrue(!page.equals(dom("<p class=a>Hello <b>World</b></p>")));
        assertTrue(!dom("<pre>a\n b</pre>").equals(dom("<pre>a\nb</pre>")), "white space in pre is content");
    }

    /** The port's templates with the default theme's assets beside them, as a user installs it. */
    static Path freeMarkerTheme(Path repository, Path theme) throws IOException {
        Fixtures.copyTree(repository.resolve("examples/freemarker-theme"), theme);
        Fixtures.copyTree(repository.resolve("templates/assets"), theme.resolve("assets"));
        try (Stream<Path> files = Files.list(theme)) {
            assertTrue(files.noneMatch(file -> file.toString().endsWith(".peb")), "the port is FreeMarker only");
        }
        return theme;
    }

    private static Map<String, String> render(Templates templates, Loaded loaded) {
        Renderer.Rendered rendered = new Renderer(templates).render(loaded.site(), Results.none());
        assertTrue(rendered.problems().isEmpty(), () -> rendered.problems().toString());
        return rendered.pages().stream().collect(Collectors.toMap(Page::path, Page::content, (a, b) -> a, TreeMap::new));
    }

    /**
     * A page as a list of its nodes in document order: each element with its attributes in order of
     * name, each text with its white space runs made one space (kept as it is inside {@code pre}),
     * blank text between elements left out.
     */
    static List<String> dom(String html) {
        List<String> nodes = new ArrayList<>();
        walk(Jsoup.parse(html), false, nodes);
        return nodes;
    }

    private static void walk(Node node, boolean inPre, List<String> out) {
        if (node instanceof Element element) {
            String attributes = element.attributes().asList().stream().sorted(Comparator.comparing(Attribute::getKey))
                    .map(attribute -> attribute.getKey() + "=\"" + attribute.getValue() + "\"").collect(Collectors.joining(" "));
            out.add("<" + element.tagName() + (attributes.isEmpty() ? "" : " " + attributes) + ">");
        } else if (node instanceof TextNode text) {
            String value = inPre ? text.getWholeText() : text.getWholeText().replaceAll("\\s+", " ").strip();
            if (!value.isEmpty()) {
                out.add("text: " + value);
            }
        } else if (node instanceof DataNode data) {
            out.add("data: " + data.getWholeData().strip());
        }
        boolean pre = inPre || node instanceof Element element && element.tagName().equals("pre");
        for (Node child : node.childNodes()) {
            walk(child, pre, out);
        }
        if (node instanceof Element element) {
            out.add("</" + element.tagName() + ">");
        }
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!expected.get(i).equals(actual.get(i))) {
                return "node " + i + ": Pebble " + expected.get(i) + " / FreeMarker " + actual.get(i);
            }
        }
        return "Pebble has " + expected.size() + " nodes, FreeMarker " + actual.size();
    }
}
