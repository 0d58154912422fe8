package dev.qa.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.PassingCheck;
import dev.qa.model.Markdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live build that writes (the build daemon): nobody tells it what changed, so it must find out from
 * the files, and what it writes must be what a one-shot build writes.
 */
class LiveBuildWriteTest {
    @TempDir
    Path temp;

    /** The pages whose snippets each check was handed (a check is handed the whole site, with the snippets of unchanged pages taken out). */
    private final List<List<Path>> checked = new ArrayList<>();
    private final LiveBuild live = new LiveBuild(site -> {
        checked.add(site.bodies().filter(body -> !body.snippets().isEmpty()).map(Markdown::file).sorted().toList());
        return PassingCheck.of(site);
    });

    @Test
    void aBuildAfterAnEditWritesWhatAOneShotBuildWritesAndLinksEveryUnchangedPage() throws IOException {
        Path source = source();
        Path site = temp.resolve("site");
        assertTrue(build(source, site).ok());
        Map<String, Object> before = fileKeys(site);

        Path alpha = source.resolve("content/01-first/01-alpha.md");
        Files.writeString(alpha, Files.readString(alpha) + "\nA sentence only the live build can know about.\n");
        assertTrue(build(source, site).ok());

        assertSameSite(oneShot(source), texts(site));
        assertTrue(Files.readString(site.resolve("first/alpha.html")).contains("A sentence only the live build can know about."));
        Map<String, Object> after = fileKeys(site);
        assertNotEquals(before.get("first/alpha.html"), after.get("first/alpha.html"), "the edited page is a new file");
        assertEquals(before.get("first/beta.html"), after.get("first/beta.html"), "an unchanged page is the same file, linked");
        assertEquals(before.get("second/only.html"), after.get("second/only.html"));
        assertEquals(1, buildFoldersEventually(1), "the replaced build folder is removed after the build");
    }

    /** How many build folders are beside the site, waiting up to five seconds for there to be {@code expected}. */
    private long buildFoldersEventually(long expected) throws IOException {
        long count = -1;
        for (int i = 0; i < 100 && count != expected; i++) {
            try (Stream<Path> beside = Files.list(temp)) {
                count = beside.filter(file -> file.getFileName().toString().startsWith(".site.qa-build-")).count();
            }
            if (count != expected) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        return count;
    }

    @Test
    void onlyTheEditedPageIsCheckedAgain() throws IOException {
        Path source = source();
        Path site = temp.resolve("site");
        build(source, site);
        Path beta = source.resolve("content/01-first/02-beta.md");
        Files.writeString(beta, Files.readString(beta) + "\nMore.\n");
        build(source, site);
        Path alpha = source.resolve("content/01-first/01-alpha.md");
        Files.writeString(alpha, Files.readString(alpha) + "\nMore.\n");
        build(source, site);

        Path alphaFile = Path.of("content/01-first/01-alpha.md");
        assertEquals(List.of(List.of(alphaFile), List.of(), List.of(alphaFile)), checked,
                "the first build checks the page with snippets, an edit of a page without any checks none, an edit of it checks it");
    }

    @Test
    void aPageChangedByHandInTheSiteIsWrittenAgainAndARemovedQuestionIsGone() throws IOException {
        Path source = source();
        Path site = temp.resolve("site");
        build(source, site);
        agePages(site, 60_000); // as if the build had been a minute ago: its files are then trusted by their stamps
        build(source, site);
        Path beta = site.resolve("first/beta.html");
        Files.writeString(beta, "changed by hand");
        Files.setLastModifiedTime(beta, FileTime.fromMillis(System.currentTimeMillis() - 30_000));
        Files.delete(source.resolve("content/02-second/01-only.md"));

        assertTrue(build(source, site).ok());

        assertSameSite(oneShot(source), texts(site));
        assertFalse(Files.exists(site.resolve("second/only.html")));
    }

    @Test
    void aThemeEditRendersAgainWithoutCheckingAnySnippet() throws IOException {
        Path source = source();
        Fixtures.copyTree(Fixtures.templates(), source.resolve("templates"));
        agePages(source, 60_000);
        Path site = temp.resolve("site");
        build(source, site);
        Path layout = source.resolve("templates/question.peb");
        assertTrue(Files.isRegularFile(layout), "the theme has a question template");
        Files.writeString(layout, Files.readString(layout).replace("</article>", "</article><!-- theme edit -->"));

        assertTrue(build(source, site).ok());

        assertTrue(Files.readString(site.resolve("first/alpha.html")).contains("<!-- theme edit -->"));
        assertEquals(List.of(), checked.get(checked.size() - 1), "no page was checked again");
    }

    /** The fixture, as if written a minute ago: a file changed within the file system's clock tick of a build counts as changed again. */
    private Path source() throws IOException {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));
        agePages(source, 60_000);
        return source;
    }

    private static void agePages(Path folder, long millis) throws IOException {
        try (Stream<Path> files = Files.walk(folder.toRealPath())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - millis));
            }
        }
    }

    private BuildResult build(Path source, Path site) throws IOException {
        return live.build(new BuildRequest(source, site, templatesOf(source), Optional.empty()), Timings.none());
    }

    private static Path templatesOf(Path source) {
        return Files.isDirectory(source.resolve("templates")) ? source.resolve("templates") : Fixtures.templates();
    }

    private Map<String, String> oneShot(Path source) throws IOException {
        Path site = temp.resolve("one-shot-" + System.nanoTime());
        assertTrue(new Pipeline(PassingCheck::of).build(new BuildRequest(source, site, templatesOf(source), Optional.empty())).ok());
        return texts(site);
    }

    private static void assertSameSite(Map<String, String> expected, Map<String, String> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        List<String> differ = expected.keySet().stream().filter(file -> !expected.get(file).equals(actual.get(file))).toList();
        assertEquals(List.of(), differ, () -> differ.stream().map(file -> file + ":\n" + expected.get(file) + "\n---\n" + actual.get(file))
                .collect(java.util.stream.Collectors.joining("\n\n")));
    }

    private static Map<String, String> texts(Path site) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        Path real = site.toRealPath();
        try (Stream<Path> files = Files.walk(real)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.put(real.relativize(file).toString(), Files.readString(file));
            }
        }
        return texts;
    }

    private static Map<String, Object> fileKeys(Path site) throws IOException {
        Map<String, Object> keys = new TreeMap<>();
        Path real = site.toRealPath();
        try (Stream<Path> files = Files.walk(real)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                keys.put(real.relativize(file).toString(), Files.readAttributes(file, BasicFileAttributes.class).fileKey());
            }
        }
        return keys;
    }
}
