package dev.qa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    private QaRun last;

    private int run(String... args) {
        last = QaRun.of(args);
        return last.exit();
    }

    @Test
    void createsADraftWithTheNextIdAndPosition(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));

        int exit = run("new", "What is \"gamma\": the third letter?", "--section", "first", "--source", source.toString());

        assertEquals(0, exit, last::err);
        assertEquals("content/01-first/03-what-is-gamma-the-third-letter.md", last.out().strip());
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

        assertEquals(0, run("new", "Delta?", "--section", "02-second", "--source", source.toString()), last::err);
        assertTrue(Files.exists(source.resolve("content/02-second/02-delta.md")));
    }

    @Test
    void anUnknownSectionIsBadUsageThatListsTheSections(@TempDir Path temp) {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));

        assertEquals(2, run("new", "Delta?", "--section", "third", "--source", source.toString()));
        assertTrue(last.err().contains("There is no section 'third'; the sections are: first, second"), last::err);
    }

    @Test
    void refusesATitleThatTakesAnExistingUrl(@TempDir Path temp) {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));

        assertEquals(1, run("new", "Alpha", "--section", "first", "--source", source.toString()));
        assertTrue(last.err().contains("already has a question at first/alpha.html"), last::err);
    }
}
