package dev.qa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.model.Dependency;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snippet-dependencies:} in qa.yml and {@code dependencies:} in front matter, as load reads them. */
class DependencyDeclarationsTest {

    @Test
    void aPageRunsWithTheSitesThenItsSectionsThenItsOwnAndAVersionOnAMoreSpecificLevelWins(@TempDir Path root) throws IOException {
        write(root, "qa.yml", "snippet-timeout: 10s\nsnippet-dependencies:\n  - org.example:base:1.0\n  - org.example:shared:1.0\n");
        write(root, "content/01-s/_section.md", "---\ntitle: S\norder: 1\ndependencies: [org.example:section:2.0]\n---\nIntro.\n");
        write(root, "content/01-s/01-q.md", "---\ntitle: Q?\nid: q1\ndependencies: [org.example:shared:1.1, org.example:page:jar:tests:3.0]\n---\nA.\n");
        write(root, "content/01-s/02-r.md", "---\ntitle: R?\nid: q2\n---\nB.\n");

        Loaded loaded = new SiteLoader().load(root);

        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        List<Dependency> page = loaded.site().dependenciesOf(Path.of("content/01-s/01-q.md")).declared();
        assertEquals(List.of("org.example:base:1.0", "org.example:section:2.0", "org.example:shared:1.1", "org.example:page:jar:tests:3.0"),
                page.stream().map(Dependency::coordinate).toList());
        assertEquals(new Position(Path.of("qa.yml"), 3, 5), page.get(0).at());
        assertEquals(new Position(Path.of("content/01-s/01-q.md"), 4, 16), page.get(2).at());
        assertEquals(List.of("org.example:base:1.0", "org.example:shared:1.0", "org.example:section:2.0"),
                loaded.site().dependenciesOf(Path.of("content/01-s/02-r.md")).coordinates());
        assertEquals(List.of("org.example:base:1.0", "org.example:shared:1.0"),
                loaded.site().dependenciesOf(Path.of("content/index.md")).coordinates());
    }

    @Test
    void somethingThatIsNotACoordinateIsAProblemAtItsOwnLine(@TempDir Path root) throws IOException {
        write(root, "qa.yml", "snippet-dependencies:\n  - org.example:fine:1.0\n  - caffeine\n");
        write(root, "content/01-s/_section.md", "---\ntitle: S\norder: 1\n---\nIntro.\n");
        write(root, "content/01-s/01-q.md", "---\ntitle: Q?\nid: q1\ndependencies: [org.example:a:1.0, org.example:a:2.0]\n---\nA.\n");

        List<Problem> problems = new SiteLoader().load(root).problems();

        assertEquals(2, problems.size(), problems::toString);
        Problem notACoordinate = problems.stream().filter(p -> p.at().file().equals(Path.of("qa.yml"))).findFirst().orElseThrow();
        assertEquals(new Position(Path.of("qa.yml"), 3, 5), notACoordinate.at());
        assertEquals("'caffeine' is not a Maven coordinate", notACoordinate.message());
        assertTrue(notACoordinate.hint().contains("groupId:artifactId:version"));
        Problem twice = problems.stream().filter(p -> !p.at().file().equals(Path.of("qa.yml"))).findFirst().orElseThrow();
        assertEquals(new Position(Path.of("content/01-s/01-q.md"), 4, 35), twice.at());
    }

    @Test
    void plainMarkdownFilesRunWithTheSitesDependenciesToo(@TempDir Path root) throws IOException {
        write(root, "qa.yml", "snippet-dependencies: [org.example:base:1.0]\n");
        write(root, "README.md", "# Read me\n\n```java\n1\n```\n");

        Loaded loaded = new SiteLoader().loadFiles(root, List.of(Path.of("README.md")));

        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        assertEquals(List.of("org.example:base:1.0"), loaded.site().dependenciesOf(Path.of("README.md")).coordinates());
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
