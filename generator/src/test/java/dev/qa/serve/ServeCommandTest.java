package dev.qa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.cli.QaCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code qa serve} from the command line: usage errors, and a process of its own stopped with Ctrl-C (SIGINT) leaving nothing behind. */
class ServeCommandTest {
    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path temp;

    @Test
    void aFolderWithoutContentOrABadPortIsAUsageErrorWithoutAStackTrace() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        StringWriter err = new StringWriter();
        CommandLine commandLine = QaCommand.commandLine();
        commandLine.setErr(new PrintWriter(err));

        assertEquals(2, commandLine.execute("serve", "--source", empty.toString()));
        assertTrue(err.toString().contains("there is no content/ folder in " + empty), err::toString);
        assertEquals(2, commandLine.execute("serve", "--source", empty.toString(), "--port", "70000"));
        assertTrue(err.toString().contains("--port must be between 0 and 65535"), err::toString);
        assertFalse(err.toString().contains("Exception"), err::toString);
    }

    @Test
    void printsTheUrlServesAndStopsOnCtrlCWithNoProcessLeft() throws Exception {
        Path root = Fixtures.copy("serve/site", temp.resolve("site"));
        Fixtures.copyTree(Fixtures.templates(), root.resolve("templates"));
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.qa.cli.Main", "serve", "--source", root.toString(), "--port", "0")
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            URI url = null;
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null) {
                seen.append(line).append('\n');
                Matcher matcher = URL.matcher(line);
                if (url == null && matcher.find()) {
                    url = URI.create(matcher.group(1));
                }
                if (line.startsWith("built in")) {
                    break;
                }
            }
            assertNotNull(url, seen::toString);
            assertTrue(seen.toString().contains("built in"), seen::toString);
            String home = new String(url.toURL().openStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(home.contains("Serve fixture"), home);
            List<ProcessHandle> workers = serve.descendants().toList();
            assertFalse(workers.isEmpty(), "the snippets ran in worker JVMs of the serve process");

            new ProcessBuilder("kill", "-INT", String.valueOf(serve.pid())).start().waitFor();

            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve stops on Ctrl-C");
            // The JVM ends with 128 + SIGINT, as any program stopped by Ctrl-C; a hang or a crash would be neither.
            assertTrue(List.of(0, 130).contains(serve.exitValue()), "exit " + serve.exitValue());
            for (ProcessHandle worker : workers) {
                assertFalse(worker.onExit().completeOnTimeout(worker, 10, TimeUnit.SECONDS).join().isAlive(),
                        "worker " + worker.pid() + " was left running");
            }
        } finally {
            serve.descendants().forEach(ProcessHandle::destroyForcibly);
            serve.destroyForcibly();
        }
    }
}
