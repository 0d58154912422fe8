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

    @org.junit.jupiter.params.ParameterizedTest(name = "--output {0} is refused")
    @org.junit.jupiter.params.provider.ValueSource(strings = {".", "..", "content", "content/01-first", "templates-copy", "qa.yml"})
    void anOutputThatIsHoldsOrIsInsideAnInputIsRefusedAndNothingIsTouched(String output, @TempDir Path temp) throws IOException {
        Path source = Fixtures.copy("load/good", temp.resolve("repo/source"));
        Files.writeString(source.resolve("qa.yml"), "edit-url: https://example.org/edit/\n");
        Path theme = temp.resolve("repo/source/templates-copy");
        dev.qa.Fixtures.copyTree(Fixtures.templates(), theme);
        Path beside = Files.writeString(temp.resolve("repo/beside.txt"), "a user's file");
        String before = tree(temp.resolve("repo"));

        int exit = run("build", "--source", source.toString(), "--templates", theme.toString(), "--output", source.resolve(output).toString());

        assertEquals(2, exit, last::err);
        assertTrue(last.err().startsWith("qa build: --output "), last::err);
        assertFalse(last.err().contains("Exception"), last::err);
        assertEquals(before, tree(temp.resolve("repo")), "no file was changed, added or deleted");
        assertEquals("a user's file", Files.readString(beside));
    }

    @Test
    void aFolderQaDidNotMakeOrAFileIsNeverReplaced(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));
        Path mine = Files.createDirectories(temp.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "keep me");
        Path file = Files.writeString(temp.resolve("file.html"), "keep me too");

        assertEquals(2, run("build", "--source", source.toString(), "--templates", Fixtures.templates().toString(), "--output", mine.toString()));
        assertTrue(last.err().contains("holds files qa did not write"), last::err);
        assertEquals(2, run("build", "--source", source.toString(), "--templates", Fixtures.templates().toString(), "--output", file.toString()));
        assertTrue(last.err().contains("is a file"), last::err);

        assertEquals("keep me", Files.readString(mine.resolve("notes.txt")));
        assertEquals("keep me too", Files.readString(file));
    }

    @Test
    void aSiteQaBuiltIsReplacedAndOnlyItsOwnLeftoversAreCleanedUp(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));
        Path site = temp.resolve("out/site");
        Path backup = Files.createDirectories(temp.resolve("out/site.old-backup-2024"));
        Files.writeString(backup.resolve("index.html"), "a user's backup");
        String[] build = {"build", "--source", source.toString(), "--templates", Fixtures.templates().toString(), "--output", site.toString()};

        assertEquals(0, run(build), last::err);
        assertTrue(Files.isRegularFile(site.resolve(dev.qa.write.OutputGuard.STAMP)), "the site says qa made it");
        assertEquals(0, run(build), "a site qa made is replaced: " + last.err());
        assertEquals("a user's backup", Files.readString(backup.resolve("index.html")), "a folder the user made beside it stays");
    }

    @Test
    void aSecondBuildOfTheSameOutputFailsClearlyAndLeavesTheSiteWhole(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));
        Path site = temp.resolve("out/site");
        String[] build = {"build", "--source", source.toString(), "--templates", Fixtures.templates().toString(), "--output", site.toString()};
        assertEquals(0, run(build), last::err);
        String before = tree(site);

        // What a build running at this moment holds while it writes.
        try (var channel = java.nio.channels.FileChannel.open(temp.resolve("out/.site.qa-lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var lock = channel.lock()) {
            assertEquals(1, run(build), last::err);
            assertTrue(last.err().contains("another qa build is writing"), last::err);
            assertTrue(last.err().contains("the previous site was left as it was"), last::err);
            assertFalse(last.err().contains("Exception"), last::err);
            assertEquals(before, tree(site), "the site the other build is replacing was not touched");
        }
        assertEquals(0, run(build), "once the other build is done, this one runs: " + last.err());
    }

    @Test
    void aThemeAssetLinkedOutsideTheThemeIsRefusedAndNotPublished(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));
        Path theme = temp.resolve("theme");
        Fixtures.copyTree(Fixtures.templates(), theme);
        Path secret = Files.writeString(temp.resolve("passwd"), "root:x:0:0:TOP SECRET\n");
        Files.createSymbolicLink(theme.resolve("assets/pw.css"), secret);

        int exit = run("build", "--source", source.toString(), "--templates", theme.toString(), "--output", temp.resolve("site").toString());

        assertEquals(1, exit, last::err);
        assertTrue(last.err().contains("is a link to a file outside"), last::err);
        assertFalse(last.err().contains("TOP SECRET") || last.err().contains("Exception"), last::err);
        assertFalse(Files.exists(temp.resolve("site")), "nothing was published");
    }

    private static String tree(Path root) throws IOException {
        StringBuilder listing = new StringBuilder();
        try (var files = Files.walk(root)) {
            for (Path file : files.sorted().toList()) {
                listing.append(root.relativize(file)).append(Files.isRegularFile(file) ? " " + Files.size(file) + " "
                        + Files.getLastModifiedTime(file).toMillis() : "/").append('\n');
            }
        }
        return listing.toString();
    }

    @Test
    void theSitesSnippetImportsReachTheJshDownloadAndCopyForJShell(@TempDir Path temp) throws IOException {
        Path source = Fixtures.copy("check/imports", temp.resolve("source"));

        int exit = run("build", "--source", source.toString(), "--templates", Fixtures.templates().toString(), "--no-cache");

        assertEquals(0, exit, last::err);
        String script = Files.readString(source.resolve("site/s/q.jsh"));
        String imports = "import java.time.*;\nimport static java.lang.Math.max;\n";
        assertTrue(script.contains("\n\n" + imports + "\nSystem.out.println(LocalDate"), script);
        assertTrue(script.contains("/reset\n" + imports + "System.out.println(Duration"), "a fresh session gets them again: " + script);
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(source.resolve("site/s/q.html").toFile(), "UTF-8");
        assertTrue(page.select(".snippet[data-jsh]").eachAttr("data-jsh").stream().allMatch(jsh -> jsh.startsWith(imports)),
                page.select(".snippet").toString());
    }
}
