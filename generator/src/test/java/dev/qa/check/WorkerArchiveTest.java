package dev.qa.check;

import dev.qa.model.Result;
import dev.qa.model.Results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkerArchiveTest {
    @Test
    void onlyASingleJarGetsAnArchiveBesideIt(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("qa.jar"), "not really a jar");

        WorkerArchive archive = WorkerArchive.forThisJvm("/usr/bin/java", jar.toString());
        WorkerArchive folders = WorkerArchive.forThisJvm("/usr/bin/java", dir + System.getProperty("path.separator") + jar);

        assertTrue(archive.wanted());
        assertTrue(archive.usable().isEmpty());
        assertEquals(dir, archive.dumpTarget().orElseThrow().getParent());
        assertFalse(folders.wanted());
        assertFalse(WorkerArchive.forThisJvm("/usr/bin/java", dir.toString()).wanted());
    }

    @Test
    void anotherJdkOrJarGetsAnotherArchive(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("qa.jar"), "one");
        Path dump = WorkerArchive.forThisJvm("/jdk17/bin/java", jar.toString()).dumpTarget().orElseThrow();
        WorkerArchive.forThisJvm("/jdk17/bin/java", jar.toString()).install(Files.writeString(dump, "archive"));

        assertTrue(WorkerArchive.forThisJvm("/jdk17/bin/java", jar.toString()).usable().isPresent());
        assertFalse(WorkerArchive.forThisJvm("/jdk21/bin/java", jar.toString()).usable().isPresent());
        Files.writeString(jar, "rebuilt, and longer");
        assertFalse(WorkerArchive.forThisJvm("/jdk17/bin/java", jar.toString()).usable().isPresent());
    }

    /**
     * A worker asked to dump an archive checks snippets as any other, whether or not the JVM manages
     * the dump (it cannot from class folders, and says so: never on the protocol channel), and a
     * pool mapping whatever it left works too.
     */
    @Test
    void aDumpingWorkerAndAMappingWorkerCheckAsAnyOther(@TempDir Path dir) {
        WorkerArchive archive = WorkerArchive.at(dir.resolve("worker.jsa"));
        for (int round = 0; round < 2; round++) {
            try (WorkerPool pool = new WorkerPool(1, archive)) {
                Results results = new SnippetChecker(pool, CheckOptions.defaults(dir).withoutCache())
                        .check(Workers.site(Fixtures.resource("check/passes")));
                List<Result> all = List.copyOf(results.byFence().values());
                assertFalse(all.isEmpty());
                all.forEach(result -> assertEquals(Result.Status.PASSED, result.status(), result::toString));
            }
        }
        try (var left = Files.list(dir)) {
            assertTrue(left.allMatch(path -> Set.of("worker.jsa", ".qa-cache").contains(path.getFileName().toString())), "no temporary dump left");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
