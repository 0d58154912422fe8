package dev.qa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pathological markdown ends in one clear problem at its place, fast: never a stack overflow, a hang or running out of memory. */
class MarkdownLimitsTest {

    @ParameterizedTest
    @ValueSource(strings = {"nested-quotes", "growing-quotes", "nested-lists", "indented-list", "emphasis", "huge"})
    void hostileMarkdownIsOneProblemWithAPosition(String kind, @TempDir Path temp) throws IOException {
        Path root = Fixtures.copy("load/good", temp.resolve("site"));
        String body = switch (kind) {
            case "nested-quotes" -> ">".repeat(10_000) + " deep\n";
            case "growing-quotes" -> IntStream.rangeClosed(1, 10_000).mapToObj(i -> ">".repeat(i) + " x").collect(Collectors.joining("\n"));
            case "nested-lists" -> "- ".repeat(10_000) + "deep\n";
            case "indented-list" -> IntStream.range(0, 3_000).mapToObj(i -> "  ".repeat(i) + "- item").collect(Collectors.joining("\n"));
            case "emphasis" -> "*".repeat(50_000) + "word" + "*".repeat(50_000) + "\n";
            default -> IntStream.range(0, 2_000_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        };
        Files.writeString(root.resolve("content/01-first/09-hostile.md"), "---\ntitle: Hostile\nid: q9\n---\n" + body);

        var loaded = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new SiteLoader().load(root));

        assertEquals(1, loaded.problems().size(), () -> loaded.problems().toString().substring(0, Math.min(500, loaded.problems().toString().length())));
        assertTrue(loaded.problems().get(0).at().toString().startsWith("content/01-first/09-hostile.md:"), loaded.problems().get(0).at().toString());
        assertTrue(loaded.problems().get(0).message().contains("qa reads"), loaded.problems().get(0).message());
    }
}
