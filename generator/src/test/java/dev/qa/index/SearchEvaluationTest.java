package dev.qa.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Chromium;
import dev.qa.Fixtures;
import dev.qa.model.Results;
import dev.qa.pipeline.BuildRequest;
import dev.qa.pipeline.BuildResult;
import dev.qa.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The evaluation set (bench/search/queries.tsv) typed into qa's search on the real site, in Chromium:
 * every category finds the answer in the first three results for at least 90% of its queries.
 * bench/search/run.sh reports the same set beside Pagefind.
 */
class SearchEvaluationTest {

    @Test
    void everyCategoryFindsNineInTenAnswersInTheTopThree(@TempDir Path temp) throws IOException {
        List<SearchEvaluation.Query> queries = SearchEvaluation.read(SearchEvaluation.QUERIES);
        assertTrue(queries.size() >= 100, "the set has " + queries.size() + " queries");
        Path site = temp.resolve("site");
        // Snippets are not run: the test measures search, and they are checked elsewhere.
        BuildResult result = new Pipeline(loaded -> Results.none())
                .build(new BuildRequest(Path.of("..").toAbsolutePath().normalize(), site, Fixtures.templates(), Optional.empty()));
        assertTrue(result.ok(), () -> result.problems().toString());
        for (SearchEvaluation.Query query : queries) {
            for (String page : query.expected()) {
                assertTrue(Files.isRegularFile(site.resolve(page)), "no page " + page + " for " + query.text());
            }
        }
        ChromeDriver browser = Chromium.start(temp.resolve("profile"));
        try {
            browser.get(site.resolve("index.html").toUri().toString());
            List<SearchEvaluation.Outcome> outcomes = SearchEvaluation.run(browser, SearchEvaluation.QA, queries);
            Map<String, int[]> tally = SearchEvaluation.tally(outcomes);
            StringBuilder report = new StringBuilder();
            tally.forEach((category, row) -> report.append(String.format("%-10s %3d queries, top-1 %3d, top-3 %3d%n",
                    category, row[0], row[1], row[2])));
            System.out.print(report);
            System.out.print(SearchEvaluation.misses(outcomes));
            tally.forEach((category, row) -> assertTrue(row[2] * 10 >= row[0] * 9,
                    category + ": " + row[2] + " of " + row[0] + " in the top three\n" + report + SearchEvaluation.misses(outcomes)));
        } finally {
            browser.quit();
        }
    }
}
