package dev.qa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static QaRun run(String... args) {
        return QaRun.of(args);
    }

    @Test
    void jsonIsTheOnlyThingOnStandardOutputAndAFailureExitsWithOne(@TempDir Path temp) throws IOException {
        Path junit = temp.resolve("reports/snippets.xml");
        QaRun run = run("check", "--source", Fixtures.resource("check/compile-error").toString(), "--format", "json",
                "--no-cache", "--junit", junit.toString());

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().startsWith("{\n  \"snippets\": [\n    {\"file\": \"content/01-s/01-q.md\", \"line\": 5, "
                + "\"status\": \"failed\", \"failure\": \"compile\", \"error\": {\"file\": \"content/01-s/01-q.md\", \"line\": 6, "
                + "\"column\": 12, \"message\": \"incompatible types: int cannot be converted to java.lang.String\"}, \"millis\": "),
                run.out());
        assertTrue(run.out().contains("\"summary\": {\"passed\": 0, \"failed\": 1, \"ignored\": 0, \"skipped\": 0, \"millis\": "));
        assertTrue(run.out().endsWith("}\n}\n"));
        assertTrue(Files.readString(junit).contains("<failure type=\"compile\""));
    }

    @Test
    void aMisspeltAttributeIsAnErrorWithItsPositionAndAHint() {
        QaRun run = run("check", "--source", Fixtures.resource("check/bad/unknown-attribute").toString(), "--no-cache");

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("content/01-s/01-q.md:5:9: error: unknown snippet attribute 'compile-fial'\n"
                + " 5 | ```java compile-fial\n"
                + "   |         ^\n"
                + "  = hint: did you mean 'compile-fail'?"), run.out());
        assertTrue(run.out().contains("snippets: 1 passed, 1 failed, 0 ignored, 0 skipped"), run.out());
    }

    @Test
    void whereNoSandboxCanStartRequireSandboxIsAnErrorWithTheReason(@TempDir Path temp) throws IOException {
        String before = System.getProperty("qa.bwrap");
        System.setProperty("qa.bwrap", "none");
        try {
            QaRun flag = run("check", "--source", Fixtures.resource("check/passes").toString(), "--no-cache", "--require-sandbox");

            assertEquals(1, flag.exit(), flag.err());
            assertTrue(flag.err().contains("qa: snippets cannot run in a sandbox here, and the sandbox is required (--require-sandbox): "
                    + "the sandbox is switched off (-Dqa.bwrap=none)"), flag.err());
            assertTrue(!flag.err().contains("\tat "), "no stack trace: " + flag.err());

            Path root = Fixtures.copy("check/passes", temp.resolve("site"));
            Files.writeString(root.resolve("qa.yml"), "require-sandbox: true\n");
            QaRun config = run("build", "--source", root.toString(), "--templates", Fixtures.templates().toString(), "--no-cache");

            assertEquals(1, config.exit(), config.err());
            assertTrue(config.err().contains("the sandbox is required (require-sandbox: true in qa.yml)"), config.err());
            assertTrue(!Files.exists(root.resolve("site")), "nothing was built");

            QaRun warned = run("check", "--source", Fixtures.resource("check/passes").toString(), "--no-cache");
            assertEquals(0, warned.exit(), warned.err());
        } finally {
            if (before == null) {
                System.clearProperty("qa.bwrap");
            } else {
                System.setProperty("qa.bwrap", before);
            }
        }
    }

    @Test
    void onlyMustNameAPage() {
        QaRun run = run("check", "--source", Fixtures.resource("check/passes").toString(), "--only", "content/nope.md");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--only content/nope.md is not a page"), run.err());
    }

    @Test
    void aFailingSnippetFailsTheBuildAndKeepsThePreviousSite(@TempDir Path temp) throws IOException {
        Path root = Fixtures.copy("check/exception", temp.resolve("src"));
        Path site = temp.resolve("site");
        Files.createDirectories(site);
        Files.writeString(site.resolve("index.html"), "previous");
        Files.writeString(site.resolve(dev.qa.write.OutputGuard.STAMP), "");

        QaRun run = run("build", "--source", root.toString(), "--templates", Fixtures.templates().toString(),
                "--output", site.toString(), "--no-cache");

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("content/01-s/01-q.md:8:1: error: [exception] uncaught exception java.lang.ArithmeticException: / by zero"),
                run.err());
        assertTrue(run.err().contains("the previous site was left as it was"), run.err());
        assertEquals("previous", Files.readString(site.resolve("index.html")));
    }

    @Test
    void plainMarkdownFilesAndFoldersAreCheckedWithPositionsFromWhereTheyAre() {
        QaRun run = run("check", "--source", Fixtures.resource("check/plain").toString(), "--no-cache", "--format", "json",
                "README.md", "docs");

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("{\"file\": \"README.md\", \"line\": 5, \"status\": \"passed\""), run.out());
        assertTrue(run.out().contains("{\"file\": \"README.md\", \"line\": 16, \"status\": \"failed\", \"failure\": \"compile\", "
                + "\"error\": {\"file\": \"README.md\", \"line\": 17, \"column\": 20"), run.out());
        assertTrue(run.out().contains("{\"file\": \"docs/guide.md\", \"line\": 6, \"status\": \"passed\""), run.out());
        assertTrue(run.out().contains("\"summary\": {\"passed\": 2, \"failed\": 1,"), "a hidden folder is not checked: " + run.out());
    }

    @Test
    void aClassUsedWithoutItsImportGetsTheImportAsHint() {
        QaRun run = run("check", "--source", Fixtures.resource("check/plain").toString(), "--no-cache", "README.md");

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.out().contains("README.md:17:20: error: [compile] cannot find symbol (symbol: variable LocalDate)\n"
                + " 17 | System.out.println(LocalDate.of(2024, 1, 1).getYear());\n"
                + "    |                    ^\n"
                + "  = hint: add `import java.time.LocalDate;` before the code (or write java.time.LocalDate)"), run.out());
    }

    @Test
    void plainFilesMustExistAndBeMarkdown() {
        QaRun missing = run("check", "--source", Fixtures.resource("check/plain").toString(), "README.md", "nope.md");
        QaRun text = run("check", "--source", Fixtures.resource("check/plain").toString(), "notes.txt");
        QaRun outside = run("check", "--source", Fixtures.resource("check/plain").toString(), "../passes");

        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("qa check: nope.md does not exist"), missing.err());
        assertEquals(2, text.exit());
        assertTrue(text.err().contains("notes.txt is not a markdown file"), text.err());
        assertEquals(2, outside.exit());
        assertTrue(outside.err().contains("../passes is outside"), outside.err());
    }

    @Test
    void snippetImportsOfQaYmlStartEverySessionAndAreNotCountedAsSnippets() {
        QaRun run = run("check", "--source", Fixtures.resource("check/imports").toString(), "--no-cache");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("snippets: 2 passed, 0 failed"), run.out());
    }

    @Test
    void anImportThatDoesNotCompileFailsOnceAtItsLineInQaYml(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy("check/imports", temp.resolve("source"));
        Files.writeString(source.resolve("qa.yml"), "# imports\nsnippet-imports: [java.tim.*]\n");

        QaRun run = run("check", "--source", source.toString(), "--no-cache");

        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("qa.yml:2:1: error: [compile] package java.tim does not exist"), run.out());
        assertEquals(1, run.out().split("qa.yml:2:1: error", -1).length - 1, "reported once, not once per page: " + run.out());
    }

    @Test
    void anImportThatIsNotAnImportIsRefusedBeforeAnythingRuns(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy("check/imports", temp.resolve("source"));
        Files.writeString(source.resolve("qa.yml"), "snippet-imports: [\"java.time.*; System.exit(1)\"]\n");

        QaRun run = run("check", "--source", source.toString(), "--no-cache");
        QaRun option = run("check", "--source", source.toString(), "--import", "java.util.*;x", "--no-cache");

        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("qa.yml:1:1: error: 'java.time.*; System.exit(1)' is not something Java can import"), run.err());
        assertEquals(2, option.exit(), option.err());
        assertTrue(option.err().contains("--import java.util.*;x is not something Java can import"), option.err());
    }

    @Test
    void importOnTheCommandLineServesPlainMarkdown() {
        QaRun run = run("check", "--source", Fixtures.resource("check/plain").toString(), "--no-cache", "--import", "java.time.LocalDate",
                "README.md");

        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("snippets: 2 passed, 0 failed"), run.out());
    }
}
