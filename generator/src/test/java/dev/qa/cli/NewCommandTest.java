package dev.qa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.Question;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NewCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = QaCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void createsADraftWithTheNextIdAndPosition(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));

        int exit = run("new", "What is \"gamma\": the third letter?", "--section", "first", "--source", source.toString());

        assertEquals(0, exit, err::toString);
        assertEquals("content/01-first/03-what-is-gamma-the-third-letter.md", out.toString().strip());
        Loaded loaded = new SiteLoader().load(source);
        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        Question created = loaded.site().sections().get(0).questions().get(2);
        assertEquals("What is \"gamma\": the third letter?", created.title());
        assertEquals("q4", created.id(), "q3 is the highest id in the fixture");
        assertEquals("draft", created.status().label());
    }

    @Test
    void acceptsTheSectionFolderName(@TempDir Path temp) {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));

        assertEquals(0, run("new", "Delta?", "--section", "02-second", "--source", source.toString()), err::toString);
        assertTrue(Files.exists(source.resolve("content/02-second/02-delta.md")));
    }

    @Test
    void anUnknownSectionIsBadUsageThatListsTheSections(@TempDir Path temp) {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));

        assertEquals(2, run("new", "Delta?", "--section", "third", "--source", source.toString()));
        assertTrue(err.toString().contains("There is no section 'third'; the sections are: first, second"), err::toString);
    }

    @Test
    void refusesATitleThatTakesAnExistingUrl(@TempDir Path temp) {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));

        assertEquals(1, run("new", "Alpha", "--section", "first", "--source", source.toString()));
        assertTrue(err.toString().contains("already has a question at first/alpha.html"), err::toString);
    }
}
