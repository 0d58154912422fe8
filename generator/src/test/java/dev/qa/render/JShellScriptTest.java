package dev.qa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import dev.qa.Fixtures;
import dev.qa.check.CheckOptions;
import dev.qa.check.SnippetChecker;
import dev.qa.check.WorkerPool;
import dev.qa.pipeline.BuildRequest;
import dev.qa.pipeline.Pipeline;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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
    void theScriptRunsInJShellAndPrintsWhatTheCheckRanAndThePageShows(@TempDir Path dir) throws IOException, InterruptedException {
        Path root = Fixtures.resource("render/reading");
        Pipeline.Assembled built;
        try (WorkerPool pool = new WorkerPool(1)) {
            built = new Pipeline(new SnippetChecker(pool, CheckOptions.defaults(dir).withoutCache()))
                    .assemble(new BuildRequest(root, dir.resolve("site"), Fixtures.templates(), java.util.Optional.empty()));
        }
        assertTrue(built.ok(), built.problems()::toString);
        String page = built.pages().stream().filter(p -> p.path().equals("basics/counting.html")).findFirst().orElseThrow().content();
        String script = built.pages().stream().filter(p -> p.path().equals("basics/counting.jsh")).findFirst().orElseThrow().content();
        Path file = Files.writeString(dir.resolve("counting.jsh"), script);
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");

        // A home of its own: jshell keeps preferences there, and on a machine where it never ran it says on
        // stderr that it created them. Only standard output is compared.
        Path home = Files.createDirectories(dir.resolve("home"));
        Process process = new ProcessBuilder(jshell.toString(), "-J-Duser.home=" + home, "-R-Xmx64m", file.toString())
                .directory(dir.toFile()).redirectError(dir.resolve("jshell.err").toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "jshell finished (the script ends with /exit)");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");

        String checked = built.snippets().byFence().entrySet().stream()
                .filter(entry -> entry.getKey().file().endsWith("01-counting.md"))
                .sorted(java.util.Comparator.comparingInt(entry -> entry.getKey().line()))
                .map(entry -> entry.getValue().stdout()).collect(Collectors.joining());
        String shown = Jsoup.parse(page).select(".snippet .output code").stream().map(Element::wholeText).collect(Collectors.joining());
        assertEquals("{a=2, b=1}\nmain ran\n", checked, "what the check ran");
        assertEquals(checked, output, "the .jsh runs what the check ran");
        assertEquals(checked, shown, "and the page shows it");
    }

    @Test
    void aPageWithLibrariesSaysHowToDownloadThemAndTheClassPathToRunWith() {
        var dependencies = new dev.qa.model.SnippetDependencies(
                java.util.List.of(new dev.qa.model.Dependency("org.example:lib:1.0", dev.qa.model.Position.of(Path.of("qa.yml"), 2))),
                java.util.List.of(new dev.qa.model.Library("org.example:lib:1.0", Path.of("/m2/org/example/lib/1.0/lib-1.0.jar"), "aa"),
                        new dev.qa.model.Library("org.example:native:jar:linux:2.0", Path.of("/m2/x.jar"), "bb")));

        assertEquals("""
                // Uses org.example:lib:1.0 (Maven coordinates). Download them with their dependencies:
                //   mvn dependency:get -Dartifact=org.example:lib:1.0
                // then start jshell with them:
                //   jshell --class-path "$HOME/.m2/repository/org/example/lib/1.0/lib-1.0.jar:$HOME/.m2/repository/org/example/native/2.0/native-2.0-linux.jar"
                """, JShellScript.libraries(dependencies));
        assertEquals("", JShellScript.libraries(dev.qa.model.SnippetDependencies.declared(java.util.List.of())));
    }
}
