package dev.qa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {
    private QaRun last;

    private int run(String... args) {
        last = QaRun.of(args);
        return last.exit();
    }

    @Test
    void buildsASite(@TempDir Path temp) {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));

        int exit = run("build", "--source", source.toString(), "--templates", Fixtures.templates().toString());

        assertEquals(0, exit, last::err);
        assertTrue(Files.isRegularFile(source.resolve("site/first/alpha.html")));
        assertTrue(last.out().startsWith("built "), last::out);
    }

    @Test
    void contentErrorsExitWithOneAndACompilerStyleMessage(@TempDir Path temp) {
        Path source = Fixtures.copy("load/unknown-key", temp.resolve("source"));

        int exit = run("build", "--source", source.toString(), "--templates", Fixtures.templates().toString());

        assertEquals(1, exit);
        String message = last.err();
        assertTrue(message.startsWith("content/01-s/01-q.md:4:1: error: unknown front-matter key 'tgas'\n"), message);
        assertTrue(message.contains(" 4 | tgas: [a]\n"), message);
        assertTrue(message.contains("   | ^\n"), message);
        assertTrue(message.contains("did you mean 'tags'?"), message);
        assertFalse(message.contains("Exception"), "no stack trace for a user's mistake");
        assertFalse(Files.exists(source.resolve("site")));
    }

    @Test
    void badUsageExitsWithTwoAndTheUsage() {
        int exit = run("build", "--no-such-option");

        assertEquals(2, exit);
        assertTrue(last.err().contains("Unknown option: '--no-such-option'"), last::err);
        assertTrue(last.err().contains("Usage: qa build"), last::err);
    }

    @Test
    void noCommandIsBadUsage() {
        assertEquals(2, run());
        assertTrue(last.err().contains("Usage: qa"), last::err);
    }
}
