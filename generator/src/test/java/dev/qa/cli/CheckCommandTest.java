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
}
