package dev.qa.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.check.CheckOptions;
import dev.qa.check.SnippetChecker;
import dev.qa.check.WorkerPool;
import dev.qa.load.Loaded;
import dev.qa.model.Page;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import dev.qa.model.Result;
import dev.qa.resolve.DependencyResolver;
import dev.qa.resolve.FixtureRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page that declares a Maven dependency: resolved from a repository the test makes, run, and shown. */
class SnippetDependenciesTest {
    private static final WorkerPool POOL = new WorkerPool(1);
    private static final Path PAGE = Path.of("content/01-s/01-q.md");

    @AfterAll
    static void stopWorkers() {
        POOL.close();
    }

    @Test
    void aSnippetRunsWithTheResolvedLibraryAndThePageNamesIt(@TempDir Path temp) throws Exception {
        Path repository = FixtureRepository.create(temp.resolve("maven"));
        Path root = FixtureRepository.site(temp.resolve("site"), List.of(FixtureRepository.GREETER),
                "System.out.println(dev.qa.fixture.Greeter.greet(\"qa\"));");
        CheckOptions options = CheckOptions.defaults(root);
        Pipeline pipeline = new Pipeline(new SnippetChecker(POOL, options),
                DependencyResolver.offline(repository, Optional.of(options.cacheFolder())));

        Pipeline.Assembled assembled = pipeline.assemble(new BuildRequest(root, temp.resolve("out"), Fixtures.templates(), Optional.empty()));

        assertTrue(assembled.ok(), () -> assembled.problems().toString());
        Result result = assembled.snippets().byFence().get(new Position(PAGE, 9, 1));
        assertEquals(Result.Status.PASSED, result.status(), result::toString);
        assertEquals("Hello, qa!\n", result.stdout());
        Page page = assembled.pages().stream().filter(p -> p.path().equals("s/q.html")).findFirst().orElseThrow();
        Element libraries = Jsoup.parse(page.content()).selectFirst(".snippet .libraries .library");
        assertEquals("greeter 1.0", libraries.text());
        assertEquals(FixtureRepository.GREETER, libraries.attr("title"));
        String script = assembled.pages().stream().filter(p -> p.path().equals("s/q.jsh")).findFirst().orElseThrow().content();
        assertTrue(script.contains("mvn dependency:get -Dartifact=dev.qa.fixture:greeter:1.0\n"), script);
        assertTrue(script.contains("jshell --class-path \"$HOME/.m2/repository/dev/qa/fixture/greeter/1.0/greeter-1.0.jar:"
                + "$HOME/.m2/repository/dev/qa/fixture/words/1.0/words-1.0.jar\" q.jsh"), script);
    }

    @Test
    void withoutTheDependencyTheSameSnippetDoesNotCompile(@TempDir Path temp) {
        Path root = FixtureRepository.site(temp.resolve("site"), List.of(), "System.out.println(dev.qa.fixture.Greeter.greet(\"qa\"));");
        Pipeline pipeline = new Pipeline(new SnippetChecker(POOL, CheckOptions.defaults(root).withoutCache()));

        Loaded loaded = pipeline.load(root);
        Result result = pipeline.check(loaded.site(), java.util.Set.of()).byFence().get(new Position(PAGE, 8, 1));

        assertEquals(Result.Status.FAILED, result.status(), result::toString);
        assertEquals(Optional.of(Result.Failure.COMPILE), result.failure());
    }

    @Test
    void aBadCoordinateFailsTheBuildAtItsLine(@TempDir Path temp) {
        Path repository = FixtureRepository.create(temp.resolve("maven"));
        Path root = FixtureRepository.site(temp.resolve("site"), List.of("dev.qa.fixture:greeter:9.9"), "1");
        Pipeline pipeline = new Pipeline(site -> dev.qa.model.Results.none(), DependencyResolver.offline(repository, Optional.empty()));

        Loaded loaded = pipeline.load(root);

        assertFalse(loaded.ok());
        Problem problem = loaded.problems().get(0);
        assertEquals("content/01-s/01-q.md:5:5", problem.at().toString());
        assertTrue(problem.message().contains("dev.qa.fixture:greeter:jar:9.9"), problem.message());
        assertTrue(Files.isDirectory(root.resolve("content")));
    }
}
