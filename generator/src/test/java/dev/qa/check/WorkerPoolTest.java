package dev.qa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build stopped half-way through a check leaves nothing behind: Ctrl-C and SIGTERM run the pool's
 * shutdown hook; after kill -9 each worker notices its parent is gone. The build runs as its own
 * process, {@code qa check} on a page whose snippet sleeps, with its own temporary folder.
 */
class WorkerPoolTest {

    @Test
    void sigtermStopsEveryWorkerAndAgentAndDeletesTheirFolders(@TempDir Path temp) throws Exception {
        Build build = Build.start(temp);
        List<ProcessHandle> spawned = build.awaitSnippetRunning();
        build.process.destroy();

        assertNothingLeft(build, spawned);
    }

    @Test
    void afterKillDashNineTheWorkersStopThemselvesAndDeleteTheirFolders(@TempDir Path temp) throws Exception {
        Build build = Build.start(temp);
        List<ProcessHandle> spawned = build.awaitSnippetRunning();
        build.process.destroyForcibly();

        assertNothingLeft(build, spawned);
    }

    @Test
    void aPageGetsAWorkerWithExactlyItsLibrariesAndAFullPoolMakesRoomForIt(@TempDir Path temp) {
        Path jar = temp.resolve("library.jar");
        try (WorkerPool pool = new WorkerPool(1)) {
            WorkerProcess plain = pool.take(false);
            pool.give(plain);

            WorkerProcess withLibrary = pool.take(false, List.of(jar));
            assertTrue(withLibrary != plain, "a page with a library never runs on a worker without it");
            assertEquals(List.of(jar), withLibrary.libraries());
            pool.give(withLibrary);

            assertTrue(pool.take(false, List.of(jar)) == withLibrary, "the warm worker with that library is taken again");
        }
    }

    private static void assertNothingLeft(Build build, List<ProcessHandle> spawned) throws Exception {
        assertFalse(spawned.isEmpty(), "the build had started workers and agents");
        build.process.waitFor();
        List<String> alive = SandboxTest.eventually(() -> spawned.stream().filter(ProcessHandle::isAlive)
                .map(process -> process.pid() + " " + process.info().command().orElse("?")).toList());
        assertEquals(List.of(), alive, "no worker, bubblewrap or agent of the build is running");
        List<String> left = SandboxTest.eventually(() -> {
            try {
                return SandboxTest.list(build.tmp);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(List.of(), left, "no temporary folder of the build is left");
    }

    /** {@code qa check} in a JVM of its own, on one page whose snippet runs for two minutes. */
    private record Build(Process process, Path tmp, Path site) {

        static Build start(Path temp) throws IOException {
            Path tmp = Files.createDirectories(temp.resolve("tmp"));
            Path site = temp.resolve("site");
            Files.createDirectories(site.resolve("content/01-s"));
            Files.writeString(site.resolve("content/01-s/_section.md"), "---\ntitle: S\norder: 1\n---\n");
            Files.writeString(site.resolve("content/01-s/01-q.md"), "---\ntitle: Q\nid: q1\n---\n"
                    + "```java timeout=300s\nFiles.writeString(Path.of(\"started\"), \"x\");\nThread.sleep(120_000);\n```\n");
            List<String> command = new ArrayList<>(List.of(WorkerProcess.java(), "-Djava.io.tmpdir=" + tmp,
                    "-D" + CacheKey.PROPERTY + "=" + temp.resolve("key"), "-cp", WorkerProcess.absoluteClassPath(),
                    "dev.qa.cli.Main", "check", "--source", site.toString(), "--no-cache"));
            Process process = new ProcessBuilder(command).redirectOutput(temp.resolve("out.txt").toFile())
                    .redirectError(temp.resolve("err.txt").toFile()).start();
            return new Build(process, tmp, site);
        }

        /** Waits until the snippet runs in an agent; then every process the build started. */
        List<ProcessHandle> awaitSnippetRunning() throws Exception {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (System.nanoTime() < deadline && started().isEmpty()) {
                assertTrue(process.isAlive(), () -> "the build ended early: " + read(tmp.resolveSibling("err.txt")));
                Thread.sleep(100);
            }
            assertTrue(started().isPresent(), "the snippet started within two minutes");
            return process.descendants().toList();
        }

        private Optional<Path> started() throws IOException {
            try (Stream<Path> files = Files.walk(tmp)) {
                return files.filter(path -> path.getFileName().toString().equals("started")).findFirst();
            } catch (java.io.UncheckedIOException e) {
                // A folder vanished while it was walked.
                return Optional.empty();
            }
        }

        private static String read(Path file) {
            try {
                return Files.readString(file);
            } catch (IOException e) {
                return "";
            }
        }
    }
}
