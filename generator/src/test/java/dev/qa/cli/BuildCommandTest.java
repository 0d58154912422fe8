package dev.qa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BuildCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = QaCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void buildsASite(@TempDir Path temp) {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));

        int exit = run("build", "--source", source.toString(), "--templates", Fixtures.templates().toString());

        assertEquals(0, exit, err::toString);
        assertTrue(Files.isRegularFile(source.resolve("site/first/alpha.html")));
        assertTrue(out.toString().startsWith("built "), out::toString);
    }

    @Test
    void contentErrorsExitWithOneAndACompilerStyleMessage(@TempDir Path temp) {
        Path source = Fixtures.copy("load/unknown-key", temp.resolve("source"));

        int exit = run("build", "--source", source.toString(), "--templates", Fixtures.templates().toString());

        assertEquals(1, exit);
        String message = err.toString();
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
        assertTrue(err.toString().contains("Unknown option: '--no-such-option'"), err::toString);
        assertTrue(err.toString().contains("Usage: qa build"), err::toString);
    }

    @Test
    void noCommandIsBadUsage() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("Usage: qa"), err::toString);
    }
}
