package dev.qa.check;

import dev.qa.model.Result;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.model.Result.Status;
import dev.qa.model.PathText;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetCheckerTest {
    private static final String PAGE = "content/01-s/01-q.md";

    @Test
    void runsASnippetAndKeepsItsOutputUnicodeIntact() {
        Result result = only(Workers.check("passes"), 7);

        assertEquals(Status.PASSED, result.status(), () -> result.toString());
        assertEquals("HÉLLO ✓\n", result.stdout());
    }

    @Test
    void aPageIsOneSessionUntilReset() {
        var results = Workers.check("session");

        assertEquals(Status.PASSED, only(results, 5).status());
        assertEquals("42\n", only(results, 10).stdout());
        assertFailure(only(results, 14), "compile", PAGE, 15, 20, "cannot find symbol");
    }

    @Test
    void reportsACompileErrorWhereItStands() {
        assertFailure(only(Workers.check("compile-error"), 5), "compile", PAGE, 6, 12, "incompatible types");
    }

    @Test
    void aMethodThatUsesAMissingNameDoesNotCompile() {
        assertFailure(only(Workers.check("unresolved"), 5), "compile", PAGE, 6, 35, "missingName");
    }

    @Test
    void anUncaughtExceptionFailsAtItsLineAndCheckingGoesOn() {
        var results = Workers.check("exception");

        Result failed = only(results, 5);
        assertFailure(failed, "exception", PAGE, 8, 1, "java.lang.ArithmeticException: / by zero");
        assertEquals("before\n", failed.stdout());
        assertEquals("still checked\n", only(results, 11).stdout());
    }

    @Test
    void throwsChecksTheExceptionType() {
        var results = Workers.check("throws");

        assertEquals(Status.PASSED, only(results, 5).status());
        assertEquals(Status.PASSED, only(results, 9).status());
        assertFailure(only(results, 13), "expectation", PAGE, 14, 1, "NumberFormatException");
        assertFailure(only(results, 17), "expectation", PAGE, 18, 1, "ended normally");
    }

    @Test
    void compileFailPassesOnlyWhenTheCodeDoesNotCompile() {
        var results = Workers.check("compile-fail");

        assertEquals(Status.PASSED, only(results, 5).status());
        assertFailure(only(results, 9), "expectation", PAGE, 10, 1, "compiles");
    }

    @Test
    void noRunCompilesWithoutRunning() {
        var results = Workers.check("no-run");

        assertEquals(Status.PASSED, only(results, 5).status(), () -> only(results, 5).toString());
        assertEquals(Status.PASSED, only(results, 9).status(), () -> only(results, 9).toString());
        assertEquals("", only(results, 9).stdout());
    }

    @Test
    void outputThatDiffersFailsAtTheFirstDifferentLineOfTheOutputBlock() {
        assertFailure(only(Workers.check("output-mismatch"), 5), "output", PAGE, 12, 1, "expects \"three\"");
    }

    @Test
    void ignoredAndSkippedSnippetsDoNotRun() {
        var results = Workers.check("ignore-requires");

        assertEquals(Status.IGNORED, only(results, 5).status());
        assertEquals(Status.SKIPPED, only(results, 9).status());
        assertEquals(Status.PASSED, only(results, 13).status());
    }

    @Test
    void aClassWithMainIsRunAndItsPackageLineDropped() {
        var results = Workers.check("main");

        assertEquals(Status.PASSED, only(results, 5).status(), () -> only(results, 5).toString());
        assertEquals("hello from main\n", only(results, 5).stdout());
        assertFailure(only(results, 19), "exception", PAGE, 22, 9, "IllegalArgumentException: from main");
    }

    @Test
    void hiddenLinesRunAndTheirErrorsPointIntoTheMarkdown() {
        assertFailure(only(Workers.check("hidden"), 5), "compile", PAGE, 7, 36, "undefinedValue");
    }

    @Test
    void positionsInListsAndBlockQuotesAreThoseOnDisk() {
        var results = Workers.check("positions");

        assertFailure(only(results, 7), "compile", PAGE, 9, 15, "incompatible types");
        assertFailure(only(results, 14), "compile", PAGE, 16, 15, "incompatible types");
        assertFailure(only(results, 22), "compile", PAGE, 23, 24, "notDeclared");
    }

    @Test
    void positionsInCrlfFilesAreThoseOnDisk() {
        assertFailure(only(Workers.check("crlf"), 7), "compile", PAGE, 9, 14, "incompatible types");
    }

    @Test
    void includedFilesAndRegionsRunAndReportErrorsInTheIncludedFile() {
        var results = Workers.check("include");

        assertEquals(Status.PASSED, only(results, 5).status(), () -> only(results, 5).toString());
        assertFailure(only(results, 8), "compile", "snippets/Greeter.java", 12, 21, "incompatible types");
        assertEquals("whole file\n", only(results, 11).stdout());
    }

    @Test
    void badMarkupIsReportedWithItsPositionAndAHint() {
        assertInvalid("unknown-attribute", PAGE, 5, 9, "unknown snippet attribute 'compile-fial'", "did you mean 'compile-fail'");
        assertInvalid("region-without-file", PAGE, 5, 4, "needs a file=", "file=");
        assertInvalid("file-outside", PAGE, 5, 4, "outside snippets/", "snippets/");
        assertInvalid("file-missing", PAGE, 5, 4, "does not exist", "create");
        assertInvalid("region-missing", PAGE, 5, 4, "no region \"nope\"", "@start");
        assertInvalid("region-unended", "snippets/R.java", 2, 1, "has no `// @end`", "@end");
        assertInvalid("bad-timeout", PAGE, 5, 9, "timeout=soon is not a duration", "timeout=5s");
    }

    @Test
    void hostileSnippetsFailWithTheirKindAndTheCheckGoesOn() {
        var results = Workers.check("hostile");

        assertFailure(only(results, 5), "exit", PAGE, 6, 1, "ended the JVM");
        assertEquals("after exit\n", only(results, 9).stdout());
        assertFailure(only(results, 13), "exit", PAGE, 14, 1, "ended the JVM");
        assertFailure(only(results, 17), "timeout", PAGE, 18, 1, "within 1 s");
        assertEquals("after loop\n", only(results, 21).stdout());
        assertFailure(only(results, 25), "exception", PAGE, 27, 1, "java.lang.OutOfMemoryError");
        assertFailure(only(results, 30), "exception", PAGE, 31, 1, "java.lang.StackOverflowError");
        assertEquals("after errors\n", only(results, 35).stdout());
    }

    @Test
    void aThreadThatNeverEndsFailsTheSnippetThatStartedIt() {
        var results = Workers.check("leak");

        assertFailure(only(results, 5), "timeout", PAGE, 6, 1, "\"forever\"");
        assertEquals("next\n", only(results, 10).stdout());
    }

    @Test
    void transcriptsCompareJShellsFeedback() {
        var results = Workers.check("transcript");

        assertEquals(Status.PASSED, only(results, 5).status(), () -> only(results, 5).toString());
        assertEquals("Hi Ada\n", only(results, 5).stdout());
        assertFailure(only(results, 21), "output", PAGE, 23, 1, "expects \"$N ==> 7\"");
    }

    @Test
    void eachPageHasAFreshWorkingFolderOutsideTheRepository() {
        Path root = Fixtures.resource("check/files");
        var results = Workers.check("files");

        assertEquals("true\n", results.get(0).getValue().stdout());
        assertEquals("false\ntrue\n", results.get(1).getValue().stdout());
        assertFalse(Files.exists(root.resolve("left-behind.txt")));
    }

    @Test
    void anUnchangedPageComesFromTheCacheAndAChangedOneRunsAgain(@TempDir Path temp) throws IOException {
        Path root = Fixtures.copy("check/cache", temp);
        String first = Workers.check(root, CheckOptions.defaults(root)).get(0).getValue().stdout();
        String cached = Workers.check(root, CheckOptions.defaults(root)).get(0).getValue().stdout();
        String fresh = Workers.check(root, CheckOptions.defaults(root).withoutCache()).get(0).getValue().stdout();
        Path page = root.resolve(PAGE);
        Files.writeString(page, Files.readString(page).replace("nanoTime()", "nanoTime() + 0"));
        String changed = Workers.check(root, CheckOptions.defaults(root)).get(0).getValue().stdout();

        assertEquals(first, cached, "an unchanged page is not run again");
        assertTrue(!fresh.equals(first) && !changed.equals(first), "--no-cache and a change run the page again");
        assertTrue(Files.readString(root.resolve(".qa-cache/.gitignore")).contains("*"), "the cache is git-ignored");
    }

    @Test
    void onlyChecksOnePageAndSkipsTheOthers() {
        Path root = Fixtures.resource("check/files");
        var results = Workers.sorted(new dev.qa.pipeline.Pipeline(new SnippetChecker(Workers.POOL, CheckOptions.defaults(root).withoutCache()))
                .check(Workers.site(root), java.util.Set.of(Path.of("content/01-s/02-r.md"))));

        assertEquals(Status.SKIPPED, results.get(0).getValue().status());
        assertEquals(Status.PASSED, results.get(1).getValue().status());
    }

    private static void assertInvalid(String fixture, String file, int line, int column, String message, String hint) {
        var results = Workers.check("bad/" + fixture);
        Result invalid = only(results, 5);
        assertEquals(Status.FAILED, invalid.status(), fixture);
        assertEquals(Optional.empty(), invalid.failure(), fixture);
        Problem problem = invalid.error().orElseThrow();
        assertEquals(file + ":" + line + ":" + column, problem.at().toString(), fixture + ": " + problem);
        assertTrue(problem.message().contains(message), fixture + ": " + problem.message());
        assertTrue(problem.hint().contains(hint), fixture + ": " + problem.hint());
        assertEquals(Status.PASSED, only(results, 8).status(), fixture + ": the next snippet still runs");
    }

    private static void assertFailure(Result result, String kind, String file, int line, int column, String message) {
        assertEquals(Status.FAILED, result.status(), () -> result.toString());
        assertEquals(Optional.of(kind), result.failure().map(Result.Failure::key), () -> result.toString());
        Problem problem = result.error().orElseThrow();
        assertEquals(file + ":" + line + ":" + column, problem.at().toString(), () -> problem.toString());
        assertTrue(problem.message().contains(message), () -> problem.message());
    }

    private static Result only(List<Map.Entry<Position, Result>> results, int fenceLine) {
        return results.stream().filter(entry -> entry.getKey().line() == fenceLine
                        && PathText.slashed(entry.getKey().file()).equals(PAGE))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no snippet at line " + fenceLine + " in " + results));
    }

    @Test
    void aPageThatImportsADefaultPackageItselfDoesNotTakeItFromTheNextPage() {
        Path root = Fixtures.resource("check/reimport");
        // One worker, so that both pages run one after the other in the same JShell.
        try (WorkerPool one = new WorkerPool(1)) {
            var results = Workers.sorted(new SnippetChecker(one, CheckOptions.defaults(root).withoutCache()).check(Workers.site(root)));
            assertEquals(2, results.size());
            results.forEach(entry -> assertEquals(Status.PASSED, entry.getValue().status(), entry::toString));
        }
    }
}
