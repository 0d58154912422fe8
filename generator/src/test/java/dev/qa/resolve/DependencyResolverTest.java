package dev.qa.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.Library;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import dev.qa.model.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencyResolverTest {
    private static final Path PAGE = Path.of("content/01-s/01-q.md");

    @Test
    void resolvesADeclaredArtifactWithItsDependenciesFromTheLocalRepository(@TempDir Path temp) {
        Path repository = FixtureRepository.create(temp.resolve("maven"));
        Site site = load(FixtureRepository.site(temp.resolve("site"), List.of(FixtureRepository.GREETER), "1"));

        Resolution resolution = DependencyResolver.offline(repository, Optional.empty()).resolve(site);

        assertTrue(resolution.ok(), () -> resolution.problems().toString());
        List<Library> libraries = resolution.site().dependenciesOf(PAGE).libraries();
        assertEquals(List.of("dev.qa.fixture:greeter:1.0", "dev.qa.fixture:words:1.0"), libraries.stream().map(Library::coordinate).toList());
        assertEquals(FixtureRepository.jar(repository, "greeter").toAbsolutePath().normalize(), libraries.get(0).jar());
        assertEquals(64, libraries.get(0).sha256().length());
        assertEquals(1, resolution.resolutions());
    }

    @Test
    void aCoordinateThatDoesNotResolveIsAProblemAtItsLineWithMavensReason(@TempDir Path temp) {
        Path repository = FixtureRepository.create(temp.resolve("maven"));
        Site site = load(FixtureRepository.site(temp.resolve("site"), List.of(FixtureRepository.GREETER, "dev.qa.fixture:nope:2.0"), "1"));

        Resolution resolution = DependencyResolver.offline(repository, Optional.empty()).resolve(site);

        assertEquals(1, resolution.problems().size(), () -> resolution.problems().toString());
        Problem problem = resolution.problems().get(0);
        assertEquals(new Position(PAGE, 6, 5), problem.at());
        assertTrue(problem.message().startsWith("Maven cannot resolve 'dev.qa.fixture:nope:2.0': "), problem.message());
        assertTrue(problem.message().contains("dev.qa.fixture:nope:jar:2.0"), problem.message());
        assertTrue(problem.hint().contains("mvn dependency:get -Dartifact=dev.qa.fixture:nope:2.0"), problem.hint());
    }

    @Test
    void aSetIsResolvedOnceAndLaterBuildsTakeItFromTheCacheUntilAJarChanges(@TempDir Path temp) throws IOException {
        Path repository = FixtureRepository.create(temp.resolve("maven"));
        Path root = FixtureRepository.site(temp.resolve("site"), List.of(FixtureRepository.GREETER), "1");
        // A second page with the same set: still one resolution.
        Files.writeString(root.resolve("content/01-s/02-other.md"),
                "---\ntitle: Other?\nid: q2\ndependencies: [" + FixtureRepository.GREETER + "]\n---\nOther.\n");
        Site site = load(root);
        Path cache = temp.resolve("cache");

        assertEquals(1, DependencyResolver.offline(repository, Optional.of(cache)).resolve(site).resolutions());
        Resolution again = DependencyResolver.offline(repository, Optional.of(cache)).resolve(site);
        assertEquals(0, again.resolutions());
        assertEquals(2, again.site().dependenciesOf(PAGE).libraries().size());

        Files.write(FixtureRepository.jar(repository, "words"), new byte[] {'P', 'K', 0, 0}, java.nio.file.StandardOpenOption.APPEND);
        Resolution changed = DependencyResolver.offline(repository, Optional.of(cache)).resolve(site);
        assertEquals(1, changed.resolutions());
        assertEquals(again.site().dependenciesOf(PAGE).libraries().get(0), changed.site().dependenciesOf(PAGE).libraries().get(0));
        assertTrue(!again.site().dependenciesOf(PAGE).libraries().get(1).sha256()
                .equals(changed.site().dependenciesOf(PAGE).libraries().get(1).sha256()), "the new jar's digest");
    }

    @Test
    void aSiteWithoutDependenciesIsNotResolvedAtAll(@TempDir Path temp) {
        Site site = load(FixtureRepository.site(temp.resolve("site"), List.of(), "1"));
        DependencyResolver resolver = new DependencyResolver(() -> {
            throw new AssertionError("Maven's settings were read");
        }, Optional.empty());

        Resolution resolution = resolver.resolve(site);

        assertSame(site, resolution.site());
        assertEquals(0, resolution.resolutions());
    }

    private static Site load(Path root) {
        Loaded loaded = new SiteLoader().load(root);
        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        return loaded.site();
    }
}
