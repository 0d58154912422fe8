package dev.qa.render.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HighlighterTest {
    private final Highlighter highlighter = new Highlighter();

    @Test
    void javaKeywordsStringsCommentsNumbersAnnotationsAndTypes() {
        String code = "@Override // done\nvar map = new HashMap<String, Integer>(16); String s = \"a \\\"b\\\"\"; char c = 'x';\n/* block\n comment */ long n = 0x1F_FFL;";

        assertEquals(List.of("var", "new", "char", "long"), texts(code, "java", "k"));
        assertEquals(List.of("HashMap", "String", "Integer", "String"), texts(code, "java", "t"));
        assertEquals(List.of("\"a \\\"b\\\"\"", "'x'"), texts(code, "java", "s"));
        assertEquals(List.of("// done", "/* block\n comment */"), texts(code, "java", "c"));
        assertEquals(List.of("16", "0x1F_FFL"), texts(code, "java", "n"));
        assertEquals(List.of("@Override"), texts(code, "java", "a"));
    }

    @Test
    void javaTextBlocksAndRecordsAndNamesThatContainKeywords() {
        String code = "record Point(int x) {}\nString json = \"\"\"\n  {\"a\": 1} // not a comment\n  \"\"\";\nint interval = forty2;";

        assertEquals(List.of("record", "int", "int"), texts(code, "java", "k"));
        assertEquals(List.of("\"\"\"\n  {\"a\": 1} // not a comment\n  \"\"\""), texts(code, "java", "s"));
        assertTrue(texts(code, "java", "n").isEmpty(), "forty2 is a name, not a number");
    }

    @Test
    void jsonKeysAreTellApartFromStringValues() {
        String code = "{\"id\": 7, \"name\": \"Ada\", \"tags\": [true, null], \"ratio\": -1.5e3}";

        assertEquals(List.of("\"id\"", "\"name\"", "\"tags\"", "\"ratio\""), texts(code, "json", "p"));
        assertEquals(List.of("\"Ada\""), texts(code, "json", "s"));
        assertEquals(List.of("7", "-1.5e3"), texts(code, "json", "n"));
        assertEquals(List.of("true", "null"), texts(code, "json", "l"));
    }

    @Test
    void yamlKeysValuesAndComments() {
        String code = "---\nspec:\n  replicas: 3  # three pods\n  containers:\n    - name: api\n      image: registry.example.com/api:2.0.0\n      enabled: true\n      command: [\"sleep\", \"5\"]\n";

        assertEquals(List.of("spec", "replicas", "containers", "name", "image", "enabled", "command"), texts(code, "yaml", "p"));
        assertEquals(List.of("3"), texts(code, "yaml", "n"), "a version inside an image name is not a number");
        assertEquals(List.of("# three pods"), texts(code, "yaml", "c"));
        assertEquals(List.of("true"), texts(code, "yaml", "l"));
        assertEquals(List.of("\"sleep\"", "\"5\""), texts(code, "yaml", "s"));
        assertEquals(List.of("---"), texts(code, "yml", "m"));
    }

    @Test
    void sqlKeywordsInAnyCaseAndStringsWithDoubledQuotes() {
        String code = "SELECT id FROM orders WHERE note = 'it''s' -- why\nand total > 10 for update skip locked;";

        assertEquals(List.of("SELECT", "FROM", "WHERE", "and", "for", "update", "skip", "locked"), texts(code, "sql", "k"));
        assertEquals(List.of("'it''s'"), texts(code, "sql", "s"));
        assertEquals(List.of("-- why"), texts(code, "sql", "c"));
        assertEquals(List.of("10"), texts(code, "sql", "n"));
    }

    @Test
    void httpRequestResponseHeadersAndJsonBody() {
        String code = "PUT /users/123 HTTP/1.1\nContent-Type: application/json\n\n{ \"age\": 25 }\n\nHTTP/1.1 429 Too Many Requests\nRetry-After: 1\n";

        assertEquals(List.of("PUT"), texts(code, "http", "k"));
        assertEquals(List.of("Content-Type", "\"age\"", "Retry-After"), texts(code, "http", "p"));
        assertEquals(List.of("25", "429"), texts(code, "http", "n"));
        assertEquals(List.of("HTTP/1.1", "HTTP/1.1"), texts(code, "http", "m").stream().map(String::strip).toList());
    }

    @Test
    void javascriptTemplateStringsLiteralsAndTypescriptKeywords() {
        String code = "const user = await db.users.findOne({ _id: id }); // mongo\nlet s = `hi ${name}`; interface A { x: number | undefined }";

        assertEquals(List.of("const", "await", "let", "interface", "number"), texts(code, "js", "k"));
        assertEquals(List.of("`hi ${name}`"), texts(code, "ts", "s"));
        assertEquals(List.of("undefined"), texts(code, "ts", "l"));
        assertEquals(List.of("// mongo"), texts(code, "javascript", "c"));
    }

    @Test
    void bashVariablesOptionsCommentsAndHashesInsideWords() {
        String code = "# deploy\nexport TAG=\"v$VERSION\"\ncurl -sS --fail http://x/a#frag ${HOST}  # why\n";

        assertEquals(List.of("# deploy", "# why"), texts(code, "bash", "c"));
        assertEquals(List.of("\"v$VERSION\""), texts(code, "bash", "s"));
        assertEquals(List.of("${HOST}"), texts(code, "sh", "v"));
        assertEquals(List.of("-sS", "--fail"), texts(code, "bash", "a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"java", "js", "ts", "json", "yaml", "sql", "http", "bash", "text", "unknown"})
    void everyLanguageEscapesHtmlAndKeepsEveryCharacter(String language) {
        String code = "<script>alert('x & y')</script> \"unterminated\n/* open comment\n`tick $ {\n\tend";

        String html = highlighter.html(language, code);

        assertFalse(html.contains("<script"), html);
        assertEquals(code, Jsoup.parseBodyFragment("<pre><code>" + html + "</code></pre>").selectFirst("code").wholeText());
    }

    @Test
    void unknownLanguagesAreOnlyEscaped() {
        assertFalse(highlighter.knows("text"));
        assertTrue(highlighter.knows("YML"));
        assertEquals("a &lt;b&gt; &amp; c", highlighter.html("text", "a <b> & c"));
    }

    private List<String> texts(String code, String language, String cssClass) {
        Element pre = Jsoup.parseBodyFragment("<pre><code>" + highlighter.html(language, code) + "</code></pre>").selectFirst("code");
        return pre.select("span." + cssClass).stream().map(Element::wholeText).collect(Collectors.toList());
    }
}
