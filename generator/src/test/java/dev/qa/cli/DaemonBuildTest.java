package dev.qa.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code qa build} with the build daemon, as the launcher runs it ({@code -Dqa.daemon=on}), in processes
 * of their own: the first build runs in its JVM and leaves a daemon; the next ones run in the daemon.
 * Which process wrote a site shows in the name of its build folder, which holds the writer's pid.
 */
class DaemonBuildTest {
    private static final Pattern BUILD_FOLDER = Pattern.compile("\\.site\\.qa-build-(\\d+)-\\d+");

    @TempDir
    Path temp;

    private Path site;
    private Path tmp;

    @AfterEach
    void stopTheDaemon() throws Exception {
        if (site != null) {
            run(temp, "daemon", "--stop", "--source", site.toString());
        }
        daemonPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
    }

    private record Ran(int exit, String out, String err, long pid) {
    }

    private Ran run(Path folder, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dqa.daemon=on", "-Djava.io.tmpdir=" + tmp, "-Dqa.home=" + Fixtures.templates().getParent(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "qa ended");
        return new Ran(process.exitValue(), Files.readString(out), Files.readString(err), process.pid());
    }

    /** The pid of the process that wrote the site as it is now. */
    private long writer() throws IOException {
        Matcher matcher = BUILD_FOLDER.matcher(Files.readSymbolicLink(site.resolve("site")).toString());
        assertTrue(matcher.matches(), "the site is a link to a build folder");
        return Long.parseLong(matcher.group(1));
    }

    private Optional<Long> daemonPid() throws IOException {
        if (site == null || !Files.isSymbolicLink(site.resolve("site"))) {
            return Optional.empty();
        }
        return Optional.of(writer());
    }

    private void waitForTheDaemon() throws Exception {
        for (int i = 0; i < 600; i++) {
            try (Stream<Path> files = Files.exists(tmp) ? Files.walk(tmp) : Stream.empty()) {
                if (files.anyMatch(file -> file.toString().endsWith(".sock"))) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no daemon started");
    }

    @Test
    void theFirstBuildRunsItselfAndTheNextRunInTheDaemonWithTheSameResults() throws Exception {
        tmp = Files.createDirectory(temp.resolve("tmp"));
        site = Fixtures.copy("load/good", temp.resolve("my site"));
        Path alpha = site.resolve("content/01-first/01-alpha.md");
        // A page without snippets: this test is about where builds run, not about running snippets.
        Files.writeString(alpha, Files.readString(alpha).replaceAll("(?s)> quoted.*", ""));
        Files.setLastModifiedTime(alpha, FileTime.fromMillis(System.currentTimeMillis() - 60_000));

        Ran first = run(site, "build");
        assertEquals(0, first.exit(), first::err);
        assertEquals(first.pid(), writer(), "the first build wrote the site itself");
        waitForTheDaemon();

        Files.writeString(alpha, Files.readString(alpha) + "\nWritten while the daemon was waiting.\n");
        Ran second = run(temp, "build", "--source", "my site");
        assertEquals(0, second.exit(), second::err);
        assertTrue(second.out().startsWith("built "), second::out);
        assertNotEquals(second.pid(), writer(), "the daemon wrote the site");
        assertTrue(Files.readString(site.resolve("site/first/alpha.html")).contains("Written while the daemon was waiting."));
        long daemon = writer();

        Files.writeString(alpha, "---\ntitle: [unclosed\n---\n");
        Ran broken = run(site, "build");
        assertEquals(1, broken.exit(), broken::err);
        assertTrue(broken.err().contains("content/01-first/01-alpha.md:3:1: error: the front matter is not valid YAML"), broken::err);
        assertTrue(broken.err().contains("the previous site was left as it was"), broken::err);
        assertTrue(Files.readString(site.resolve("site/first/alpha.html")).contains("Written while the daemon was waiting."));

        Ran usage = run(site, "build", "--no-such-option");
        assertEquals(2, usage.exit(), usage::err);
        assertTrue(usage.err().contains("Unknown option: '--no-such-option'"), usage::err);

        Ran stop = run(temp, "daemon", "--stop", "--source", "my site");
        assertEquals(0, stop.exit(), stop::err);
        assertTrue(stop.out().contains("stopped the build daemon of " + site), stop::out);
        Optional<ProcessHandle> process = ProcessHandle.of(daemon);
        for (int i = 0; i < 100 && process.map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100);
        }
        assertFalse(process.map(ProcessHandle::isAlive).orElse(false), "the daemon stopped");
        String all = first.err() + second.err() + broken.err() + usage.err();
        assertFalse(all.contains("Exception"), all);
    }
}
