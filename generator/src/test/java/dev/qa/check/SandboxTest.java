package dev.qa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.qa.Fixtures;
import dev.qa.model.PathText;
import dev.qa.model.Position;
import dev.qa.model.Result;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snippets as a hostile contributor writes them (check/hostile-pages): each attack fails with its kind,
 * and nothing it does reaches another page's verdict, the cache, the content, the site, a folder
 * outside its own, the network, or outlives the check. Where this machine cannot run bubblewrap the
 * sandbox tests are skipped, unless {@code QA_SANDBOX_TESTS=required} (CI), which makes that a failure.
 */
class SandboxTest {
    private static final String ATTACKS = "content/01-attacks/";
    private static final String VICTIMS = "content/02-victims/";

    /** Every snippet of the corpus, by page, in order: "passed" or the failure kind it must end with. */
    private static final Map<String, List<String>> EXPECTED = expected();

    private static Map<String, List<String>> expected() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(ATTACKS + "01-forge.md", List.of("exit", "exception"));
        expected.put(ATTACKS + "02-files.md", List.of("exception", "exception", "exception", "exception", "exception"));
        expected.put(ATTACKS + "03-secrets.md", List.of("exception", "exception"));
        expected.put(ATTACKS + "04-processes.md", List.of("passed", "passed"));
        expected.put(ATTACKS + "05-pollute.md", List.of("passed", "passed", "passed", "passed", "passed"));
        expected.put(ATTACKS + "06-late-kill.md", List.of("passed", "passed"));
        expected.put(VICTIMS + "01-prints.md", List.of("passed"));
        expected.put(VICTIMS + "02-locale.md", List.of("passed"));
        expected.put(VICTIMS + "03-silent.md", List.of("output"));
        expected.put(VICTIMS + "04-throws.md", List.of("exception"));
        return expected;
    }

    @Test
    void hostilePagesFailWithTheirKindAndChangeNothingOutsideTheirFolder() throws Exception {
        // Not in /tmp, which the sandbox hides altogether: the read-only file system is what is tested here.
        Path temp = Files.createTempDirectory(Files.createDirectories(Path.of("target", "sandbox-test")).toAbsolutePath(), "hostile-");
        Path root = temp.resolve("site-source");
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Fixtures.copyTree(Fixtures.resource("check/hostile-pages"), root);
        Files.createDirectories(root.resolve("site"));
        Files.writeString(root.resolve("site/index.html"), "<h1>the real site</h1>");
        List<String> warnings = new CopyOnWriteArrayList<>();
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             WorkerPool pool = new WorkerPool(1, WorkerArchive.none(), warnings::add, Optional.empty(), tmp)) {
            assumeSandbox(pool);
            Path key = CacheKey.location();
            substitute(root, Map.of("@ROOT@", root.toString(), "@OUTSIDE@", outside.toString(), "@KEY@", key.toString(),
                    "@PORT@", Integer.toString(listener.getLocalPort())));
            Map<String, String> content = digests(root.resolve("content"));
            Map<String, String> site = digests(root.resolve("site"));
            CheckOptions options = CheckOptions.defaults(root).withCacheKey(key);

            // Checked, then checked again while the cache has entries to poison, then answered from the cache.
            assertVerdicts(check(pool, root, options), "first check");
            assertVerdicts(check(pool, root, options.withoutCache()), "second check, cache written");
            var cached = check(pool, root, options);
            assertVerdicts(cached, "third check, from the cache");

            var files = byPage(cached, ATTACKS + "02-files.md");
            // A source folder under a covered place (a clone in /tmp) is not there at all for a snippet.
            boolean covered = dev.qa.check.worker.Sandbox.COVERED.stream().anyMatch(root.toRealPath()::startsWith);
            String refused = covered ? "NoSuchFileException" : "Read-only file system";
            assertMessage(files.get(0), refused);
            assertMessage(files.get(1), refused);
            assertMessage(files.get(3), refused);
            assertMessage(files.get(4), "File too large");
            assertMessage(byPage(cached, ATTACKS + "03-secrets.md").get(0), "NoSuchFileException");
            assertEquals(content, digests(root.resolve("content")), "content/ is as it was");
            assertEquals(site, digests(root.resolve("site")), "site/ is as it was");
            assertEquals(List.of(), list(outside), "nothing was written outside the agent's folder");
            listener.setSoTimeout(1);
            assertThrows(SocketTimeoutException.class, listener::accept, "no snippet reached the network");
            assertEquals(List.of(), warnings);
        }
        assertEquals(List.of(), eventually(() -> processes("sleep 98765")), "no process a snippet started outlives the check");
        assertEquals(List.of(), list(tmp), "no worker or agent folder is left behind");
        dev.qa.check.worker.Folders.delete(temp);
    }

    @Test
    void whereBubblewrapCannotStartQaSaysWhyOnceAndChecksWithoutIt(@TempDir Path temp) throws Exception {
        // A bwrap that refuses as it does without user namespaces.
        Path bwrap = temp.resolve("bwrap");
        Files.writeString(bwrap, "#!/bin/sh\necho 'bwrap: No permissions to create new namespace' >&2\nexit 1\n");
        bwrap.toFile().setExecutable(true);
        List<String> warnings = new CopyOnWriteArrayList<>();
        Path root = Fixtures.resource("check/passes");
        try (WorkerPool pool = new WorkerPool(2, WorkerArchive.none(), warnings::add, Optional.of(bwrap.toString()), temp)) {
            var results = check(pool, root, CheckOptions.defaults(root).withoutCache());
            check(pool, root, CheckOptions.defaults(root).withoutCache());

            assertTrue(results.stream().allMatch(entry -> entry.getValue().status() == Result.Status.PASSED), () -> results.toString());
            assertEquals(1, warnings.size(), () -> warnings.toString());
            assertTrue(warnings.get(0).startsWith("qa: snippets run without a sandbox: bubblewrap could not start it"), warnings.get(0));
            assertTrue(warnings.get(0).contains("No permissions to create new namespace"), warnings.get(0));

            SandboxUnavailable refused = assertThrows(SandboxUnavailable.class,
                    () -> check(pool, root, CheckOptions.defaults(root).withoutCache().requiringSandbox()));
            assertTrue(refused.getMessage().contains("No permissions to create new namespace"), refused.getMessage());
        }
    }

    @Test
    void withoutASandboxAFlippedCacheEntryIsNotTrusted(@TempDir Path temp) throws Exception {
        Path root = temp.resolve("site-source");
        Fixtures.copyTree(Fixtures.resource("check/cache-poison"), root);
        substitute(root, Map.of("@ROOT@", root.toString()));
        CheckOptions options = CheckOptions.defaults(root).withCacheKey(temp.resolve("key"));
        try (WorkerPool pool = new WorkerPool(1, WorkerArchive.none(), message -> { }, Optional.of("none"), temp)) {
            check(pool, root, options);
            check(pool, root, options.withoutCache());
            try (Stream<Path> entries = Files.list(root.resolve(".qa-cache"))) {
                assertTrue(entries.filter(path -> !path.getFileName().toString().startsWith("."))
                        .noneMatch(path -> new String(readAll(path), java.nio.charset.StandardCharsets.ISO_8859_1).contains("FAILED")),
                        "the poisoner ran and flipped every entry");
            }
            var cached = check(pool, root, options);

            assertEquals(List.of("passed", "exception"), byPage(cached, "content/01-s/01-victim.md").stream()
                    .map(result -> result.failure().map(Result.Failure::key).orElse("passed")).toList());
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Takes a worker to see whether its agents run in the sandbox; skips (or fails, on CI) when not. */
    static void assumeSandbox(WorkerPool pool) {
        WorkerProcess worker = pool.take(false);
        Optional<String> unsandboxed = worker.unsandboxedBecause();
        pool.give(worker);
        if (unsandboxed.isPresent() && "required".equals(System.getenv("QA_SANDBOX_TESTS"))) {
            fail("QA_SANDBOX_TESTS=required, but snippets run without a sandbox: " + unsandboxed.get());
        }
        Assumptions.assumeTrue(unsandboxed.isEmpty(), () -> "no sandbox on this machine: " + unsandboxed.get());
    }

    private static List<Map.Entry<Position, Result>> check(WorkerPool pool, Path root, CheckOptions options) {
        return Workers.sorted(new SnippetChecker(pool, options).check(Workers.site(root)));
    }

    private static void assertVerdicts(List<Map.Entry<Position, Result>> results, String run) {
        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (String page : EXPECTED.keySet()) {
            actual.put(page, byPage(results, page).stream()
                    .map(result -> result.status() == Result.Status.PASSED ? "passed"
                            : result.failure().map(Result.Failure::key).orElse(result.status().toString()))
                    .toList());
        }
        assertEquals(EXPECTED, actual, () -> run + ": " + results);
    }

    private static List<Result> byPage(List<Map.Entry<Position, Result>> results, String page) {
        return results.stream().filter(entry -> PathText.slashed(entry.getKey().file()).equals(page))
                .map(Map.Entry::getValue).toList();
    }

    private static void assertMessage(Result result, String part) {
        String message = result.error().map(problem -> problem.message()).orElse("");
        assertTrue(message.contains(part), () -> "expected \"" + part + "\" in: " + result);
    }

    private static void substitute(Path root, Map<String, String> values) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve("content"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file);
                for (Map.Entry<String, String> value : values.entrySet()) {
                    text = text.replace(value.getKey(), value.getValue());
                }
                Files.writeString(file, text);
            }
        }
    }

    /** Every file under a folder with a hash of its bytes. */
    static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                try {
                    digests.put(folder.relativize(file).toString(),
                            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                } catch (NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return digests;
    }

    static List<String> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    /** What {@code probe} says once it says nothing, or after 10 s: processes end a moment after they are killed. */
    static List<String> eventually(java.util.function.Supplier<List<String>> probe) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        List<String> found = probe.get();
        while (!found.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            found = probe.get();
        }
        return found;
    }

    /** Live processes whose command line contains {@code marker}. */
    static List<String> processes(String marker) {
        List<String> found = new ArrayList<>();
        ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .forEach(process -> process.info().commandLine().filter(line -> line.contains(marker))
                        .ifPresent(line -> found.add(process.pid() + " " + line)));
        return found;
    }
}
