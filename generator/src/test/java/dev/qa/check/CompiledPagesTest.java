package dev.qa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qa.Fixtures;
import dev.qa.check.worker.Sandbox;
import dev.qa.check.worker.WorkerMain;
import dev.qa.model.PathText;
import dev.qa.model.Position;
import dev.qa.model.Result;
import dev.qa.model.Result.Status;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages compiled as one unit give exactly what JShell gives snippet by snippet: the fixture's pages
 * are checked by workers that compile units and by workers that do not, and every result must match
 * (time aside). The first snippet of each page tells which way it ran: it prints "unit" when its class
 * was compiled into a unit and "jshell" when JShell compiled it.
 */
class CompiledPagesTest {
    private static final int PROBE_LINE = 5;
    private static WorkerPool jshellOnly;
    private static Map<Position, Result> withUnits;
    private static Map<Position, Result> withoutUnits;

    @BeforeAll
    static void checkBothWays(@TempDir Path temporary) {
        Path root = Fixtures.resource("check/units");
        jshellOnly = new WorkerPool(2, WorkerArchive.none(), message -> { }, Optional.ofNullable(System.getProperty(Sandbox.BWRAP_PROPERTY)),
                temporary, List.of("-D" + WorkerMain.UNITS + "=false"));
        withUnits = byFence(Workers.check(root, CheckOptions.defaults(root).withoutCache()));
        withoutUnits = byFence(Workers.sorted(new SnippetChecker(jshellOnly, CheckOptions.defaults(root).withoutCache())
                .check(Workers.site(root))));
    }

    @AfterAll
    static void close() {
        jshellOnly.close();
    }

    private static Map<Position, Result> byFence(List<Map.Entry<Position, Result>> results) {
        Map<Position, Result> map = new LinkedHashMap<>();
        results.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }

    @Test
    void everyResultIsJShellsOwn() {
        assertEquals(withoutUnits.keySet(), withUnits.keySet());
        withoutUnits.forEach((fence, expected) -> {
            if (fence.line() == PROBE_LINE) {
                return;
            }
            Result actual = withUnits.get(fence);
            assertEquals(expected.status(), actual.status(), () -> fence + ": " + actual);
            assertEquals(expected.failure(), actual.failure(), () -> fence + ": " + actual);
            assertEquals(expected.stdout(), actual.stdout(), () -> fence + ": " + actual);
            assertEquals(expected.error(), actual.error(), () -> fence + ": " + actual);
            assertEquals(expected.mainCall(), actual.mainCall(), () -> fence + ": " + actual);
        });
    }

    @Test
    void pagesThatCompileRunAsUnitsAndTheOthersThroughJShell() {
        Map<String, String> expected = new LinkedHashMap<>();
        // Compiled as a unit: plain code, forged marks, a wrong output, an exit, a timeout, a compile-fail that compiles.
        for (String page : List.of("01", "02", "05", "07", "10")) {
            expected.put(page, "unit\n");
        }
        // A compile error, an exception, a name declared twice, a name used before its declaration, a lambda
        // capturing a variable that changes, a method using a top-level variable: JShell decides.
        for (String page : List.of("03", "04", "06", "08", "09", "11", "12")) {
            expected.put(page, "jshell\n");
        }
        expected.forEach((page, way) -> {
            assertEquals(way, probe(withUnits, page), () -> "page " + page);
            assertEquals("jshell\n", probe(withoutUnits, page), () -> "page " + page);
        });
    }

    @Test
    void printingOrForgingAMarkMovesNoOutputBetweenSnippets() {
        assertEquals("1\n2\n3\n4\n", result("02", 9).stdout());
        assertEquals("3\nforged\n", result("02", 14).stdout());
        assertEquals("last\n", result("02", 22).stdout());
    }

    @Test
    void theUnitsResultsAreTheExpectedOnes() {
        assertEquals("hidden 10\n", result("01", 9).stdout());
        assertEquals(Status.PASSED, result("01", 9).status());
        assertEquals("Point[x=3, y=-4] 7 10\n", result("01", 23).stdout());
        assertEquals(Optional.of("Main"), result("01", 31).mainCall());
        assertEquals("main with 0 arguments\n", result("01", 31).stdout());
        assertEquals(Status.FAILED, result("05", 9).status());
        assertEquals(Result.Failure.EXIT, result("07", 13).failure().orElseThrow());
        assertEquals("after exit\n", result("07", 18).stdout());
        assertEquals(Result.Failure.TIMEOUT, result("10", 13).failure().orElseThrow());
        assertEquals("first\n", result("10", 9).stdout());
        assertEquals("after the timeout\n", result("10", 17).stdout());
        assertEquals("s2\n", result("06", 14).stdout());
        assertEquals("1\n", result("11", 9).stdout());
    }

    private static String probe(Map<Position, Result> results, String page) {
        return find(results, page, PROBE_LINE).stdout();
    }

    private static Result result(String page, int line) {
        return find(withUnits, page, line);
    }

    private static Result find(Map<Position, Result> results, String page, int line) {
        return results.entrySet().stream()
                .filter(entry -> PathText.slashed(entry.getKey().file()).equals("content/01-s/" + page + ".md") && entry.getKey().line() == line)
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no snippet at " + page + ":" + line + " in " + results.keySet()));
    }

}
