package dev.qa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JShellScriptTest {
    private static final ReadingFixture SITE = new ReadingFixture();

    @Test
    void aPageWithJavaSnippetsGetsAScriptAndALinkToIt() {
        String script = SITE.pages.get("basics/counting.jsh").content();

        assertTrue(script.startsWith("// How do you count words?\n"), script);
        assertTrue(script.contains("import java.time.Duration;\nvar words"), "hidden lines run");
        assertTrue(script.contains("// (marked ignore on the page: not run)\n// this does not compile"), script);
        assertTrue(script.endsWith("/exit\n"));
        assertEquals("counting.jsh", SITE.html("basics/counting.html").selectFirst("a[download]").attr("href"));
    }

    @Test
    void pagesWithoutJavaHaveNoScript() {
        assertTrue(!SITE.pages.containsKey("basics/last.jsh") && SITE.html("basics/last.html").select("a[download]").isEmpty());
    }

    @Test
    void theScriptRunsInJShellAndPrintsWhatThePageShows(@TempDir Path dir) throws IOException, InterruptedException {
        Path file = Files.writeString(dir.resolve("counting.jsh"), SITE.pages.get("basics/counting.jsh").content());
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");

        Process process = new ProcessBuilder(jshell.toString(), "-R-Xmx64m", file.toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "jshell finished (the script ends with /exit)");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals("{a=2, b=1}\nmain ran\n", output.replace("\r", ""));
    }
}
