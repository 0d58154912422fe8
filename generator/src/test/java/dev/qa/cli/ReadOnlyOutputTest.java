package dev.qa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.qa.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site that cannot be changed. Tests run as root in CI, which ignores permission bits, so the
 * folders are made immutable ({@code chattr +i}), which binds root too; where that is not possible
 * (another file system, no capability) these tests are skipped, not passed.
 */
class ReadOnlyOutputTest {

    @Test
    void aParentThatCannotBeWrittenIsExitOneWithTheReasonAndTheSiteUntouched(@TempDir Path temp) throws Exception {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));
        Path out = Files.createDirectories(temp.resolve("out"));
        Path site = out.resolve("site");
        assertEquals(0, build(source, site).exit());
        String before = Files.readString(site.resolve("first/alpha.html"));
        Files.writeString(source.resolve("content/01-first/01-alpha.md"), "\nAn edit.\n", java.nio.file.StandardOpenOption.APPEND);
        QaRun run = buildWhileImmutable(out, source, site);

        assertEquals(1, run.exit(), run::err);
        assertTrue(run.err().contains("the previous site was left as it was"), run::err);
        assertTrue(run.err().contains("Operation not permitted") || run.err().contains("permission denied"), run::err);
        assertFalse(run.err().contains("Exception"), run::err);
        assertEquals(before, Files.readString(site.resolve("first/alpha.html")));
    }

    @Test
    void anOldSiteThatCannotBeRemovedIsAWarningAndTheNewSiteIsInPlace(@TempDir Path temp) throws Exception {
        Path source = Fixtures.copy("load/good", temp.resolve("source"));
        Path site = temp.resolve("out/site");
        assertEquals(0, build(source, site).exit());
        Path oldBuild = site.toRealPath();
        Files.writeString(source.resolve("content/01-first/01-alpha.md"), "\nAn edit after the first build.\n",
                java.nio.file.StandardOpenOption.APPEND);
        QaRun run = buildWhileImmutable(oldBuild, source, site);

        assertEquals(0, run.exit(), "the site changed, and the exit code says so: " + run.err());
        assertTrue(run.err().contains("warning: the new site is in place, but the previous one could not be removed"), run::err);
        assertFalse(run.err().contains("Exception"), run::err);
        assertTrue(Files.readString(site.resolve("first/alpha.html")).contains("An edit after the first build."));
    }

    /** One build while {@code folder} cannot be changed; skipped where that cannot be arranged. */
    private static QaRun buildWhileImmutable(Path folder, Path source, Path site) throws IOException, InterruptedException {
        assumeTrue(immutable(folder, true), "chattr +i is not available here");
        try {
            return build(source, site);
        } finally {
            immutable(folder, false);
        }
    }

    private static QaRun build(Path source, Path site) {
        return QaRun.of("build", "--no-cache", "--source", source.toString(), "--templates", Fixtures.templates().toString(),
                "--output", site.toString());
    }

    /** Sets or clears the immutable attribute; false when it cannot be set here. */
    private static boolean immutable(Path folder, boolean on) throws IOException, InterruptedException {
        Process chattr;
        try {
            chattr = new ProcessBuilder("chattr", on ? "+i" : "-i", folder.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return false;
        }
        chattr.getInputStream().readAllBytes();
        return chattr.waitFor(10, TimeUnit.SECONDS) && chattr.exitValue() == 0;
    }
}
