package dev.qa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.model.Document;
import dev.qa.model.JBakeSite;
import dev.qa.model.PathText;
import dev.qa.model.Problem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A folder with jbake.properties is read as JBake 2.7.0 reads it. */
class JBakeLoaderTest {
    private final Loaded loaded = new SiteLoader().load(Fixtures.resource("jbake/blog"));
    private final JBakeSite project = loaded.site().jbake().orElseThrow();
    private final Map<String, Document> documents = project.documents().stream()
            .collect(Collectors.toMap(document -> PathText.slashed(document.file()), Function.identity()));

    @Test
    void configurationIsJBakesDefaultsUnderTheProjectsKeys() {
        assertTrue(loaded.problems().isEmpty(), () -> loaded.problems().toString());
        assertEquals("https://example.org/blog", project.get("site.host"));
        assertEquals("history.html", project.get("archive.file"), "the project's *.file key");
        assertEquals("article.ftl", project.get("template.post.file"), "the project's template.*.file key");
        assertEquals("page.ftl", project.get("template.page.file"), "JBake's default");
        assertEquals("-draft", project.get("draft.suffix"), "JBake's default");
        assertTrue(project.flag("render.sitemap"));
        assertTrue(project.flag("render.archive"), "on by default in JBake 2.7.0");
    }

    @Test
    void documentsHaveTheirHeadersTypesStatusesAndUris() {
        Document first = documents.get("content/blog/2024/first.md");
        assertEquals("First & <best>", first.title());
        assertEquals("post", first.type());
        assertEquals(Optional.of(LocalDate.of(2024, 1, 15)), first.date());
        assertEquals(List.of("java", "intro"), first.tags());
        assertEquals("blog/2024/first.html", first.uri());
        assertEquals(1, first.body().snippets().size(), "a Java snippet in a JBake post is checked like any other");
        assertEquals(9, first.body().snippets().get(0).fence().line(), "its fence's line in the file, header counted");

        Document second = documents.get("content/blog/2024/second.html");
        assertTrue(second.html());
        assertEquals("published", second.status(), "default.status");
        assertEquals("Ada", second.header().get("author"), "custom header keys reach templates");
        assertTrue(second.body().source().contains("<p class=\"raw\">"));

        assertEquals("blog/2024/unfinished-draft.html", documents.get("content/blog/2024/unfinished.md").uri(), "draft.suffix");
        assertEquals("page", documents.get("content/about.md").type(), "default.type");
        assertEquals("note", documents.get("content/remark.md").type(), "a type of the project's own, with template.note.file");
    }

    @Test
    void otherFilesAreCopiedAndAsciiDocIsListedAsUnsupported() {
        assertEquals(Map.of("img/pixel.txt", "content/img/pixel.txt", "css/site.css", "assets/css/site.css"),
                project.files().stream().collect(Collectors.toMap(JBakeSite.CopiedFile::path, file -> PathText.slashed(file.source()))));
        assertEquals(List.of(Path.of("content/legacy.adoc")), project.unsupported());
        assertEquals(5, project.documents().size());
    }

    @Test
    void mistakesInTheProjectAreProblemsAtTheirLines() {
        Loaded errors = new SiteLoader().load(Fixtures.resource("jbake/errors"));

        assertEquals(List.of(
                "content/bad-date.md:4: 'date' must be written yyyy-MM-dd, not '15/01/2024'",
                "content/bad-status.md:3: 'status' cannot be 'pending'",
                "content/no-header.md:1: this file has no JBake header, so JBake would not publish it",
                "content/no-type.md:3: the header has no 'type', and jbake.properties no default.type",
                "content/odd-type.md:2: no template for the type 'recipe'",
                "jbake.properties:2: 'render.tags' must be true or false, not 'yes'"),
                errors.problems().stream().map(JBakeLoaderTest::line).sorted().toList());
        assertTrue(errors.problems().stream().allMatch(problem -> !problem.hint().isBlank()), "every problem says how to fix it");
    }

    @Test
    void aLinkedFileIsRefusedNotPublished(@org.junit.jupiter.api.io.TempDir Path temp) throws java.io.IOException {
        Path project = Fixtures.copy("jbake/blog", temp.resolve("blog"));
        java.nio.file.Files.writeString(temp.resolve("secret.txt"), "secret");
        java.nio.file.Files.createSymbolicLink(project.resolve("assets/secret.txt"), temp.resolve("secret.txt"));

        Loaded linked = new SiteLoader().load(project);

        assertEquals(List.of("assets/secret.txt:1: this file is a symbolic link; qa does not publish links"),
                linked.problems().stream().map(JBakeLoaderTest::line).toList());
        assertTrue(linked.site().jbake().orElseThrow().files().stream().noneMatch(file -> file.path().contains("secret")));
    }

    @Test
    void aDocumentWithoutADateIsDatedByItsFile(@org.junit.jupiter.api.io.TempDir Path temp) throws java.io.IOException {
        Path project = Fixtures.copy("jbake/blog", temp.resolve("blog"));
        Path undated = project.resolve("content/undated.md");
        java.nio.file.Files.writeString(undated, "title=Undated\ntype=page\n~~~~~~\nText.\n");
        java.nio.file.Files.setLastModifiedTime(undated, java.nio.file.attribute.FileTime.from(
                LocalDate.of(2022, 6, 1).atTime(12, 0).atZone(java.time.ZoneId.systemDefault()).toInstant()));

        Document document = new SiteLoader().load(project).site().jbake().orElseThrow().documents().stream()
                .filter(each -> each.title().equals("Undated")).findFirst().orElseThrow();

        assertEquals(Optional.of(LocalDate.of(2022, 6, 1)), document.date());
    }

    private static String line(Problem problem) {
        return PathText.slashed(problem.at().file()) + ":" + problem.at().line() + ": " + problem.message();
    }
}
