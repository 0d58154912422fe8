package dev.qa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of {@code hostile/corpus} built as a contributor's pull request would be: refused with a
 * problem at its place, or published harmless; never a stack trace, exit 3, a hang, or a change to
 * anything outside the output folder.
 */
class HostileCorpusTest {
    private static final String PAGE = "content/01-first/09-hostile.md";

    static Stream<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.resource("hostile/corpus"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.matches("(refused|published)-.*\\.md"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void buildsWithoutHarm(String name, @TempDir Path temp) throws IOException {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));
        Files.copy(Fixtures.resource("hostile/corpus").resolve(name), source.resolve(PAGE));
        Path output = temp.resolve("out/site");
        Map<String, String> before = snapshot(temp);

        QaRun run = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> QaRun.of("build", "--no-cache", "--source", source.toString(),
                "--templates", Fixtures.templates().toString(), "--output", output.toString()));

        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run::err);
        if (name.startsWith("refused-")) {
            assertEquals(1, run.exit(), run::err);
            assertTrue(run.err().contains(PAGE + ":"), () -> "the problem names the page, line and column:\n" + run.err());
            assertFalse(Files.exists(output), "nothing was published");
        } else {
            assertEquals(0, run.exit(), run::err);
            for (Path page : htmlOf(output)) {
                assertHarmless(Jsoup.parse(page.toFile(), "UTF-8"), page);
            }
        }
        Map<String, String> after = snapshot(temp);
        // The output and the folder qa made to hold it (with its lock file) are the build's to change.
        after.keySet().removeIf(path -> path.equals("out") || path.startsWith("out/"));
        before.keySet().removeIf(path -> path.equals("out") || path.startsWith("out/"));
        assertEquals(before, after, "nothing outside the output changed");
    }

    /** No element of the page runs script: the theme's own scripts come from its assets folder. */
    private static void assertHarmless(Document html, Path page) {
        for (Element element : html.getAllElements()) {
            if (element.tagName().equals("script")) {
                assertTrue(element.attr("src").contains("assets/") || element.data().strip().isEmpty() || !element.data().contains("alert"),
                        page + ": " + element);
            }
            assertFalse(Arrays.asList("iframe", "object", "embed").contains(element.tagName()), page + ": " + element);
            element.attributes().forEach(attribute -> {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                assertFalse(key.startsWith("on") && value.contains("alert"), page + ": " + element);
                assertFalse((key.equals("href") || key.equals("src")) && (value.startsWith("javascript:") || value.startsWith("vbscript:")
                        || value.startsWith("data:")), page + ": " + element);
            });
        }
    }

    private static java.util.List<Path> htmlOf(Path output) throws IOException {
        try (Stream<Path> files = Files.walk(output.toRealPath())) {
            return files.filter(file -> file.toString().endsWith(".html")).toList();
        }
    }

    /** Every file and link under {@code root}, with its bytes (or link target), by path. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(file -> {
                String path = dev.qa.model.PathText.slashed(root.relativize(file));
                if (path.contains(".qa-cache")) {
                    return; // qa's own cache of results
                }
                try {
                    if (Files.isSymbolicLink(file)) {
                        files.put(path, "-> " + Files.readSymbolicLink(file));
                    } else if (Files.isRegularFile(file)) {
                        byte[] bytes = Files.readAllBytes(file);
                        files.put(path, bytes.length + " bytes, hash " + Arrays.hashCode(bytes));
                    } else {
                        files.put(path, "/");
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }
}
