package dev.qa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qa build --source DIR} on a JBake project, as a user runs it. */
class JBakeBuildTest {

    @Test
    void buildsTheProjectCopiesItsFilesAndNamesTheAsciiDocItLeftOut(@TempDir Path temp) throws IOException {
        Path project = Fixtures.copy("jbake/blog", temp.resolve("blog"));

        QaRun run = QaRun.of("build", "--source", project.toString(), "--no-cache");

        assertEquals(0, run.exit(), run::err);
        assertTrue(run.err().contains("warning: 1 AsciiDoc document was left out of the site") && run.err().contains("content/legacy.adoc"),
                run::err);
        Path site = project.resolve("site");
        assertTrue(Files.readString(site.resolve("blog/2024/first.html")).contains("42"), "the snippet ran and its output is shown");
        assertEquals("an image stand-in\n", Files.readString(site.resolve("img/pixel.txt")), "content files are copied");
        assertTrue(Files.isRegularFile(site.resolve("css/site.css")), "assets/ is copied to the site's root");
        assertFalse(Files.exists(site.resolve("legacy.html")));
        assertFalse(Files.exists(site.resolve("search-index")), "no search index: JBake templates have no search box");
    }

    @Test
    void aFailingSnippetInAPostFailsTheBuildAtItsLine(@TempDir Path temp) {
        Path project = Fixtures.copy("jbake/failing", temp.resolve("failing"));

        QaRun run = QaRun.of("build", "--source", project.toString(), "--no-cache");

        assertEquals(1, run.exit(), run::err);
        assertTrue(run.err().contains("content/broken.md:9:"), run::err);
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void aTemplateMistakeIsReportedWithItsPlaceAndExitsOne(@TempDir Path temp) {
        Path project = Fixtures.copy("jbake/badtemplate", temp.resolve("bad"));

        QaRun run = QaRun.of("build", "--source", project.toString(), "--no-cache");

        assertEquals(1, run.exit(), run::err);
        assertTrue(run.err().contains("templates/post.ftl:2:"), run::err);
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }
}
