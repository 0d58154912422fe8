package dev.qa.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.pipeline.BuildRequest;
import dev.qa.pipeline.Pipeline;
import dev.qa.model.Result;
import dev.qa.model.Results;
import dev.qa.model.CodeBlock;
import dev.qa.model.Position;
import dev.qa.model.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The real site's code as published is the code as written: every fenced block of every question,
 * read from the markdown by a fence reader of this test's own (not the generator's), must come out
 * of the rendered page, the print page, the copy buttons and the {@code .jsh} download with every
 * line as it stands in the source, indentation and tabs included.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedCodeTest {
    private static final Path SOURCE = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern OPEN = Pattern.compile("^( *)(`{3,}|~{3,})[ \\t]*([^`]*)$");

    private Map<String, Page> pages;
    private List<Path> questions;

    @BeforeAll
    void render() throws IOException {
        var assembled = new Pipeline(dev.qa.PassingCheck::of)
                .assemble(new BuildRequest(SOURCE, SOURCE.resolve("site"), Fixtures.templates(), Optional.empty()));
        assertTrue(assembled.ok(), () -> assembled.problems().toString());
        pages = assembled.pages().stream().collect(Collectors.toMap(Page::path, Function.identity()));
        try (Stream<Path> files = Files.walk(SOURCE.resolve("content"))) {
            questions = files.filter(file -> file.getFileName().toString().matches("\\d+-.*\\.md"))
                    .filter(file -> !file.getParent().equals(SOURCE.resolve("content"))).sorted().toList();
        }
        assertTrue(questions.size() >= 200, "the real content is there: " + questions.size());
    }

    @Test
    void everyCodeBlockOfEveryQuestionPageShowsItsLinesAsWritten() throws IOException {
        int blocks = 0;
        for (Path file : questions) {
            List<Fence> fences = fences(file);
            Document page = Jsoup.parse(pages.get(url(file)).content());
            List<String> shown = page.select(".code pre").eachText().isEmpty() ? List.of()
                    : page.select(".code pre").stream().map(Element::wholeText).toList();
            assertEquals(fences.stream().map(Fence::shown).toList(), shown, file.toString());
            blocks += fences.size();
        }
        assertTrue(blocks > 400, "the real site has hundreds of code blocks: " + blocks);
    }

    @Test
    void copyForJShellCarriesTheLinesAsTheyRun() throws IOException {
        int compared = 0;
        for (Path file : questions) {
            List<Fence> java = fences(file).stream().filter(Fence::isJava).toList();
            List<Element> snippets = Jsoup.parse(pages.get(url(file)).content()).select(".snippet");
            assertEquals(java.size(), snippets.size(), file.toString());
            for (int i = 0; i < java.size(); i++) {
                String jsh = snippets.get(i).hasAttr("data-jsh") ? snippets.get(i).attr("data-jsh") : java.get(i).shown();
                // A page with libraries starts with comments that say how to get them (snippets.md); the code follows.
                jsh = jsh.replaceFirst("\\A// Uses [^\\n]*\\n(//  [^\\n]*\\n|// then [^\\n]*\\n)*", "");
                assertTrue(jsh.startsWith(java.get(i).runnable().replaceFirst("(?m)^[ \\t]*package[ \\t]+[\\w.]+[ \\t]*;[ \\t]*\\n", "")),
                        file + " snippet " + (i + 1) + ":\n" + jsh);
                compared++;
            }
        }
        assertTrue(compared > 100, "the real site has over a hundred snippets: " + compared);
    }

    @Test
    void theJShellDownloadHoldsEverySnippetWithItsIndentation() throws IOException {
        for (Path file : questions) {
            List<Fence> java = fences(file).stream().filter(Fence::isJava).toList();
            if (java.isEmpty()) {
                continue;
            }
            String jsh = pages.get(url(file).replaceFirst("\\.html$", ".jsh")).content();
            for (Fence snippet : java) {
                String expected = snippet.runnable();
                if (List.of(snippet.info().split("\\s+")).stream().anyMatch(List.of("ignore", "no-run", "compile-fail")::contains)) {
                    expected = expected.replaceAll("(?m)^", "// ");
                }
                String body = expected.replaceFirst("(?m)^(// )?[ \\t]*package[ \\t]+[\\w.]+[ \\t]*;[ \\t]*\\n", "");
                assertTrue(jsh.contains(body), file + ": the .jsh lacks\n" + body);
            }
        }
    }

    @Test
    void thePrintPageShowsEveryQuestionsCodeAsWritten() throws IOException {
        List<String> expected = new ArrayList<>();
        for (Path file : questions) {
            fences(file).forEach(fence -> expected.add(fence.shown()));
        }
        Document print = Jsoup.parse(pages.get("print/index.html").content());
        assertEquals(expected, print.select("article.printed .code pre").stream().map(Element::wholeText).toList());
    }

    /** The page a question file publishes: {@code 01-architecture/02-cap.md} is {@code architecture/cap.html}. */
    private static String url(Path file) {
        String section = file.getParent().getFileName().toString().replaceFirst("^\\d+-", "");
        return section + "/" + file.getFileName().toString().replaceFirst("^\\d+-", "").replaceFirst("\\.md$", ".html");
    }

    /** The fenced blocks of a markdown file in order, each with what the page must show for it. */
    private static List<Fence> fences(Path file) throws IOException {
        List<String> lines = Files.readString(file).replace("\r\n", "\n").lines().toList();
        List<Fence> fences = new ArrayList<>();
        boolean inFrontMatter = !lines.isEmpty() && lines.get(0).equals("---");
        boolean previousWasJava = false;
        for (int i = inFrontMatter ? 1 : 0; i < lines.size(); i++) {
            if (inFrontMatter) {
                inFrontMatter = !lines.get(i).equals("---");
                continue;
            }
            Matcher open = OPEN.matcher(lines.get(i));
            if (!open.matches()) {
                previousWasJava &= lines.get(i).isBlank();
                continue;
            }
            int indent = open.group(1).length();
            String marker = open.group(2);
            String info = open.group(3).strip();
            StringBuilder body = new StringBuilder();
            Pattern close = Pattern.compile("^ *" + Pattern.quote(marker.substring(0, 1)) + "{" + marker.length() + ",}[ \\t]*$");
            for (i++; i < lines.size() && !close.matcher(lines.get(i)).matches(); i++) {
                String line = lines.get(i);
                int strip = 0;
                while (strip < indent && strip < line.length() && line.charAt(strip) == ' ') {
                    strip++;
                }
                body.append(line.substring(strip)).append('\n');
            }
            String language = info.split("\\s+")[0];
            boolean output = language.equals("output") && previousWasJava;
            fences.add(new Fence(info, body.toString(), output));
            previousWasJava = language.equals("java");
        }
        return fences;
    }

    /** A fenced block as written, and an {@code output} block's pairing with the snippet before it. */
    private record Fence(String info, String body, boolean isOutput) {

        boolean isJava() {
            return info.split("\\s+")[0].equals("java");
        }

        /** What the reader sees: a snippet without its hidden {@code # } lines, anything else as it is. */
        String shown() {
            return isJava() ? lines(false) : body;
        }

        /** What JShell runs: hidden lines in, without their marker. */
        String runnable() {
            return lines(true);
        }

        private String lines(boolean withHidden) {
            StringBuilder out = new StringBuilder();
            for (String line : body.split("\n", -1)) {
                String trimmed = line.stripLeading();
                String indent = line.substring(0, line.length() - trimmed.length());
                if (trimmed.startsWith("# ") || trimmed.equals("#")) {
                    if (withHidden) {
                        out.append(indent).append(trimmed.substring(Math.min(2, trimmed.length()))).append('\n');
                    }
                } else {
                    out.append(trimmed.startsWith("##") ? indent + trimmed.substring(1) : line).append('\n');
                }
            }
            return out.substring(0, out.length() - 1);
        }
    }
}
