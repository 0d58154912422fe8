package dev.qa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A theme's templates are Pebble or FreeMarker by extension, with the same escaping and the same errors. */
class TemplatesTest {
    @TempDir
    Path theme;

    @Test
    void freeMarkerEscapesWhatItPrintsAndPrintsRendererHtmlWithNoEsc() throws IOException {
        write("page.ftl", "<title>${title}</title><a href=\"${url}\">x</a>${content?no_esc}");

        String html = new Templates(theme).render("page", Map.of("title", "<script>alert(1)</script> & co",
                "url", "\" onmouseover=\"x", "content", "<p>made by qa</p>"));

        assertEquals("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title><a href=\"&quot; onmouseover=&quot;x\">x</a><p>made by qa</p>", html);
    }

    @Test
    void pebbleAndFreeMarkerEscapeTheSameText() throws IOException {
        write("a.ftl", "${text}");
        write("b.peb", "{{ text }}");
        Templates templates = new Templates(theme);
        Map<String, Object> model = Map.of("text", "<a href='x'>\"&\"</a>");

        assertEquals(org.jsoup.parser.Parser.unescapeEntities(templates.render("b", model), false),
                org.jsoup.parser.Parser.unescapeEntities(templates.render("a", model), false));
        assertTrue(!templates.render("a", model).contains("<a"));
    }

    @Test
    void freeMarkerReadsRecordsByTheirComponentNames() throws IOException {
        write("page.ftl", "<#list items as item>${item.title}=${item.url};</#list>");

        assertEquals("One=a.html;Two=b.html;", new Templates(theme).render("page",
                Map.of("items", List.of(new Views.Link("One", "a.html"), new Views.Link("Two", "b.html")))));
    }

    @Test
    void aMissingVariableIsAnErrorAtItsLineAndColumn() throws IOException {
        write("page.ftl", "<p>\n  ${titel}</p>");

        Problem problem = assertThrows(Templates.TemplateProblem.class,
                () -> new Templates(theme).render("page", new HashMap<>(Map.of("title", "x")))).problem();

        assertEquals("templates/page.ftl:2:5", where(problem));
        assertTrue(problem.message().contains("titel"), problem.message());
        assertTrue(problem.hint().contains("FreeMarker"), problem.hint());
    }

    @Test
    void aSyntaxErrorNamesTheIncludedFileWhereItIs() throws IOException {
        write("layout.ftl", "<#macro page>\n<#if>\n</#macro>");
        write("page.ftl", "<#import \"layout.ftl\" as layout><@layout.page/>");

        Problem problem = assertThrows(Templates.TemplateProblem.class, () -> new Templates(theme).render("page", Map.of())).problem();

        assertTrue(where(problem).startsWith("templates/layout.ftl:2:"), where(problem));
        assertTrue(problem.message().startsWith("template syntax error"), problem.message());
    }

    @Test
    void templatesCannotMakeJavaObjects() throws IOException {
        write("page.ftl", "<#assign run = \"freemarker.template.utility.Execute\"?new()>${run(\"id\")}");

        Problem problem = assertThrows(Templates.TemplateProblem.class, () -> new Templates(theme).render("page", Map.of())).problem();

        assertEquals("templates/page.ftl:1:1", where(problem));
        assertTrue(problem.message().contains("not allowed"), problem.message());
    }

    @Test
    void twoTemplatesForOnePageAreRefused() throws IOException {
        write("home.ftl", "a");
        write("home.peb", "b");

        Problem problem = assertThrows(Templates.TemplateProblem.class, () -> new Templates(theme).render("home", Map.of())).problem();

        assertTrue(problem.message().contains("home.peb and home.ftl"), problem.message());
    }

    @Test
    void aThemeMayMixEngines() throws IOException {
        write("home.ftl", "ftl ${x}");
        write("tag.peb", "peb {{ x }}");
        Templates templates = new Templates(theme);

        assertEquals("ftl 1", templates.render("home", Map.of("x", 1)));
        assertEquals("peb 1", templates.render("tag", Map.of("x", 1)));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(theme.resolve(name), text);
    }

    private static String where(Problem problem) {
        return problem.at().file().toString().replace('\\', '/') + ":" + problem.at().line() + ":" + problem.at().column();
    }
}
