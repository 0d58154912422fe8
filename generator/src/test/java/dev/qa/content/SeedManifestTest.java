package dev.qa.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.PathText;
import dev.qa.model.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The site's permalinks are a promise: every question of the seed document keeps its id and its
 * page. The manifest {@code docs/seed-questions.tsv} lists them (id, section folder, file, seed lines, title).
 */
class SeedManifestTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everySeedQuestionHasItsPage() throws IOException {
        List<String[]> manifest = Files.readAllLines(ROOT.resolve("docs/seed-questions.tsv")).stream()
                .skip(1).filter(line -> !line.isBlank()).map(line -> line.split("\t")).toList();
        Loaded loaded = new SiteLoader().load(ROOT);
        assertNotNull(loaded.site(), () -> loaded.problems().toString());
        Map<String, Question> byId = loaded.site().questions().collect(Collectors.toMap(Question::id, Function.identity(), (a, b) -> a));

        List<String> missing = new ArrayList<>();
        for (String[] row : manifest) {
            Question question = byId.get(row[0]);
            String expected = "content/" + row[1] + "/" + row[2];
            if (question == null) {
                missing.add(row[0] + " (" + expected + ") has no page");
            } else if (!PathText.slashed(question.file()).equals(expected)) {
                missing.add(row[0] + " moved from " + expected + " to " + PathText.slashed(question.file()) + ": its permalink would break");
            }
        }
        assertEquals(202, manifest.size(), "the seed has 202 questions");
        assertEquals(List.of(), missing);
    }
}
