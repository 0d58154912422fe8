package dev.qa.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.model.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicSiteWriterTest {
    private final AtomicSiteWriter writer = new AtomicSiteWriter();

    @Test
    void aCompleteSiteExistsAtEveryInstantOfARebuild(@TempDir Path temp) throws Exception {
        Path site = temp.resolve("site");
        writer.write(site, pages("v0"), null);
        AtomicBoolean building = new AtomicBoolean(true);
        AtomicInteger looks = new AtomicInteger();
        AtomicInteger missing = new AtomicInteger();
        Thread poller = new Thread(() -> {
            while (building.get()) {
                looks.incrementAndGet();
                try {
                    String index = Files.readString(site.resolve("index.html"));
                    if (!index.startsWith("home ") || !Files.readString(site.resolve("a/b.html")).startsWith("page ")) {
                        missing.incrementAndGet();
                    }
                } catch (IOException e) {
                    missing.incrementAndGet();
                }
            }
        });
        poller.start();
        for (int build = 1; build <= 30; build++) {
            writer.write(site, pages("v" + build), null);
        }
        building.set(false);
        poller.join();

        assertTrue(looks.get() > 30, "the poller looked while the builds ran");
        assertEquals(0, missing.get(), "times the poller found no site, or half of one, in " + looks.get() + " looks");
        assertEquals("home v30", Files.readString(site.resolve("index.html")));
        assertEquals(1, buildFolders(temp).size(), "only the newest build is kept");
    }

    @Test
    void unchangedFilesAreTakenFromThePreviousBuildAndChangedOnesWritten(@TempDir Path temp) throws Exception {
        Path site = temp.resolve("site");
        writer.write(site, List.of(new Page("same.html", "same"), new Page("changed.html", "before")), null);
        Object sameBefore = fileKey(site.resolve("same.html"));
        Object changedBefore = fileKey(site.resolve("changed.html"));

        writer.write(site, List.of(new Page("same.html", "same"), new Page("changed.html", "after!")), null);

        assertEquals(sameBefore, fileKey(site.resolve("same.html")), "an unchanged file is the same file, not a copy");
        assertNotEquals(changedBefore, fileKey(site.resolve("changed.html")));
        assertEquals("same", Files.readString(site.resolve("same.html")));
        assertEquals("after!", Files.readString(site.resolve("changed.html")));
    }

    @Test
    void aPageKeptFromThePreviousBuildIsLinkedToTheFileItNamesWithoutComparingBytes(@TempDir Path temp) throws Exception {
        Path site = temp.resolve("site");
        writer.write(site, List.of(new Page("a.html", "what the last build made"), new Page("b.html", "other")), null);
        Path previous = site.toRealPath().resolve("a.html");
        Object before = fileKey(previous);

        // The render vouches for the file it names: the writer links that very file, whatever stands at the page's own path.
        writer.write(site, List.of(new Page("b.html", new Page.Kept(previous, "digest"))), null);

        assertEquals(before, fileKey(site.resolve("b.html")), "the kept file, linked");
        assertEquals("what the last build made", Files.readString(site.resolve("b.html")));
    }

    @Test
    void aPageKeptFromABuildThatAnotherBuildHasReplacedFailsTheWriteAndLeavesTheNewerSite(@TempDir Path temp) throws Exception {
        Path site = temp.resolve("site");
        writer.write(site, List.of(new Page("a.html", "first")), null);
        Page.Kept kept = new Page.Kept(site.toRealPath().resolve("a.html"), "digest");
        writer.write(site, List.of(new Page("a.html", "second")), null); // another build, finished meanwhile

        SiteWriteFailure failure = assertThrows(SiteWriteFailure.class,
                () -> writer.write(site, List.of(new Page("a.html", kept)), null));

        assertTrue(failure.getMessage().contains("another build replaced the site while this one ran"), failure::getMessage);
        assertEquals("second", Files.readString(site.resolve("a.html")));
        assertEquals(1, buildFolders(temp).size(), "nothing of the failed build is left");
    }

    @Test
    void aFileChangedByHandIsWrittenAgainNotReused(@TempDir Path temp) throws Exception {
        Path site = temp.resolve("site");
        writer.write(site, List.of(new Page("page.html", "what qa wrote")), null);
        Files.writeString(site.resolve("page.html"), "what I typed!"); // the same length: only the bytes tell

        writer.write(site, List.of(new Page("page.html", "what qa wrote")), null);

        assertEquals("what qa wrote", Files.readString(site.resolve("page.html")));
    }

    @Test
    void aSiteFolderOfAnOlderQaBecomesALinkToTheNewBuild(@TempDir Path temp) throws Exception {
        Path site = Files.createDirectories(temp.resolve("site"));
        Files.writeString(site.resolve(OutputGuard.STAMP), "");
        Files.writeString(site.resolve("stale.html"), "old");

        writer.write(site, pages("new"), null);

        assertTrue(Files.isSymbolicLink(site));
        assertEquals("home new", Files.readString(site.resolve("index.html")));
        assertFalse(Files.exists(site.resolve("stale.html")));
        try (Stream<Path> siblings = Files.list(temp)) {
            assertEquals(List.of(".site.qa-build-", ".site.qa-lock", "site"),
                    siblings.map(path -> path.getFileName().toString().replaceFirst("(qa-build-).*", "$1")).sorted().toList());
        }
    }

    @Test
    void leftoversOfKilledBuildsGoButNothingElseBesideTheSite(@TempDir Path temp) throws Exception {
        Path site = temp.resolve("site");
        writer.write(site, pages("first"), null);
        long gone = deadPid();
        Path leftover = Files.createDirectories(temp.resolve(".site.qa-build-" + gone + "-1"));
        Files.writeString(leftover.resolve(OutputGuard.STAMP), "");
        Path legacy = Files.createDirectories(temp.resolve("site.tmp-" + gone + "-2"));
        Files.writeString(legacy.resolve(OutputGuard.STAMP), "");
        Path unstamped = Files.createDirectories(temp.resolve(".site.qa-build-" + gone + "-3"));
        Files.writeString(unstamped.resolve("mine.txt"), "not qa's");
        Path backup = Files.createDirectories(temp.resolve("site.old-backup"));
        Path running = Files.createDirectories(temp.resolve(".site.qa-build-" + ProcessHandle.current().pid() + "-4"));
        Files.writeString(running.resolve(OutputGuard.STAMP), "");

        writer.write(site, pages("second"), null);

        assertFalse(Files.exists(leftover));
        assertFalse(Files.exists(legacy));
        assertTrue(Files.exists(unstamped.resolve("mine.txt")), "a folder without qa's stamp is not qa's to delete");
        assertTrue(Files.isDirectory(backup));
        assertTrue(Files.isDirectory(running), "a build of a process that still runs is left alone");
    }

    @Test
    void aFailedWriteLeavesThePreviousBuildAndNoFolderOfItsOwn(@TempDir Path temp) throws Exception {
        Path site = temp.resolve("site");
        writer.write(site, pages("good"), null);
        Path before = site.toRealPath();

        assertThrows(IllegalArgumentException.class,
                () -> writer.write(site, List.of(new Page("index.html", "home bad"), new Page("../escape.html", "x")), null));

        assertEquals(before, site.toRealPath());
        assertEquals("home good", Files.readString(site.resolve("index.html")));
        assertEquals(List.of(before), buildFolders(temp));
        assertFalse(Files.exists(temp.resolve("escape.html")));
    }

    private static List<Page> pages(String version) {
        return List.of(new Page("index.html", "home " + version), new Page("a/b.html", "page " + version),
                new Page("a/same.html", "unchanged"));
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private static List<Path> buildFolders(Path temp) throws IOException {
        try (Stream<Path> siblings = Files.list(temp)) {
            return siblings.filter(path -> path.getFileName().toString().startsWith(".site.qa-build-"))
                    .filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)).map(path -> {
                        try {
                            return path.toRealPath();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).toList();
        }
    }

    private static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }
}
