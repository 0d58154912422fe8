package dev.qa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CodeBlockRendererTest {
    private static final ReadingFixture SITE = new ReadingFixture();
    private final Document page = SITE.html("basics/counting.html");

    @Test
    void javaIsColouredAtBuildTimeWithoutItsHiddenLines() {
        Element code = page.selectFirst(".snippet code.language-java");

        assertTrue(code.select("span.k").eachText().contains("var"), code.html());
        assertTrue(code.select("span.t").eachText().containsAll(java.util.List.of("Map", "String", "Integer", "TreeMap")));
        assertFalse(code.wholeText().contains("import java.time.Duration"), "hidden lines are not shown");
        assertTrue(code.wholeText().contains("# not hidden: a heading in a text block"), "## shows a literal #");
    }

    @Test
    void otherLanguagesAreColouredToo() {
        Element sql = page.selectFirst("code.language-sql");

        assertEquals(java.util.List.of("SELECT", "count", "FROM", "GROUP", "BY"), sql.select("span.k").eachText());
        assertEquals("sql", sql.parent().parent().attr("data-lang"));
    }

    @Test
    void snippetCarriesItsHiddenLinesForJShellOnlyWhenItHasSome() {
        Element first = page.select(".snippet").get(0);
        Element second = page.select(".snippet").get(1);

        assertTrue(first.attr("data-jsh").startsWith("import java.time.Duration;\nvar words"), first.attr("data-jsh"));
        assertTrue(second.attr("data-jsh").endsWith("Main.main(new String[0]);\n"), "a main class is run the way the check runs it");
        assertFalse(second.attr("data-jsh").contains("package demo"));
    }

    @Test
    void verifiedOutputSitsUnderItsSnippetWithTheJavaThatRanIt() {
        Element snippet = page.select(".snippet").get(0);

        assertEquals("passed", snippet.attr("data-status"));
        assertEquals("{a=2, b=1}\n", snippet.selectFirst(".output code").wholeText());
        assertEquals("verified on Java " + Runtime.version().feature(), snippet.selectFirst(".output .verified").text());
        assertEquals(3, page.select(".snippet").size(), "the output block is drawn inside the snippet, not after it");
    }

    @Test
    void aSnippetThatPrintsNothingStillSaysItWasVerifiedAndIgnoredOnesSayTheyWereNot() {
        assertNotNull(page.select(".snippet").get(1).selectFirst(".verified"));
        assertEquals("not checked", page.select(".snippet").get(2).selectFirst(".unverified").text());
    }

    @Test
    void everyBlockCanBeScrolledByKeyboard() {
        assertTrue(page.select(".code pre").stream().allMatch(pre -> pre.attr("tabindex").equals("0")));
    }

    @Test
    void everyLineKeepsItsIndentationAndTabsStayTabs() {
        Document indented = SITE.html("more/indented.html");

        assertEquals("""
                public class Shapes {
                    record Square(double side) {
                        double area() {
                            return side * side;
                        }
                    }

                    public static void main(String[] args) {
                        System.out.println(new Square(3).area());
                    }
                }
                """, indented.selectFirst(".snippet code.language-java").wholeText());
        assertEquals("a:\n  b: 1\n  c:\n    - d\n", indented.selectFirst("code.language-yaml").wholeText());
        assertEquals("all:\n\tmake build\n\t\tnested tab\n", indented.selectFirst("code.language-text").wholeText());
        assertEquals("if (ok) {\n  go();\n}\n", indented.selectFirst("li code.language-js").wholeText(),
                "inside a list the list's indentation goes, the code's own stays");
    }

    @Test
    void copyForJShellKeepsTheIndentationOfHiddenLinesToo() {
        String jsh = SITE.html("more/indented.html").selectFirst(".snippet").attr("data-jsh");

        assertTrue(jsh.contains("\n        var unused = 0;\n        System.out.println"), jsh);
        assertTrue(jsh.endsWith("}\nShapes.main(new String[0]);\n"), jsh);
    }
}
