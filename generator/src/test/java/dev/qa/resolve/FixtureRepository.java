package dev.qa.resolve;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * A tiny Maven repository made by the test itself, laid out as Maven's: {@code dev.qa.fixture:greeter:1.0},
 * whose POM depends on {@code dev.qa.fixture:words:1.0}, each a jar compiled here. Tests resolve against
 * it offline, so they depend neither on the network nor on the machine's {@code ~/.m2}.
 */
public final class FixtureRepository {
    public static final String GREETER = "dev.qa.fixture:greeter:1.0";

    private FixtureRepository() {
    }

    /** The repository, made in {@code folder}. */
    public static Path create(Path folder) {
        try {
            Path classes = Files.createDirectories(folder.resolve("classes"));
            Path sources = Files.createDirectories(folder.resolve("sources/dev/qa/fixture"));
            Files.writeString(sources.resolve("Words.java"),
                    "package dev.qa.fixture; public final class Words { public static final String HELLO = \"Hello\"; }");
            Files.writeString(sources.resolve("Greeter.java"),
                    "package dev.qa.fixture; public final class Greeter { public static String greet(String name) "
                            + "{ return Words.HELLO + \", \" + name + \"!\"; } }");
            int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-d", classes.toString(),
                    sources.resolve("Words.java").toString(), sources.resolve("Greeter.java").toString());
            if (status != 0) {
                throw new IllegalStateException("the fixture classes do not compile");
            }
            Path repository = folder.resolve("repository");
            artifact(repository, "words", classes, "Words", "");
            artifact(repository, "greeter", classes, "Greeter", """
                      <dependencies>
                        <dependency>
                          <groupId>dev.qa.fixture</groupId>
                          <artifactId>words</artifactId>
                          <version>1.0</version>
                        </dependency>
                      </dependencies>
                    """);
            return repository;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar of an artifact of the repository. */
    public static Path jar(Path repository, String artifactId) {
        return repository.resolve("dev/qa/fixture/" + artifactId + "/1.0/" + artifactId + "-1.0.jar");
    }

    private static void artifact(Path repository, String artifactId, Path classes, String className, String dependencies)
            throws IOException {
        Path folder = Files.createDirectories(repository.resolve("dev/qa/fixture/" + artifactId + "/1.0"));
        Files.writeString(folder.resolve(artifactId + "-1.0.pom"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.qa.fixture</groupId>
                  <artifactId>%s</artifactId>
                  <version>1.0</version>
                %s</project>
                """.formatted(artifactId, dependencies), StandardCharsets.UTF_8);
        try (OutputStream file = Files.newOutputStream(jar(repository, artifactId)); JarOutputStream jar = new JarOutputStream(file)) {
            String entry = "dev/qa/fixture/" + className + ".class";
            jar.putNextEntry(new JarEntry(entry));
            jar.write(Files.readAllBytes(classes.resolve(entry)));
            jar.closeEntry();
        }
    }

    /** A Q&A site in {@code root} with one page that declares {@code dependencies} and runs {@code code}. */
    public static Path site(Path root, List<String> dependencies, String code) {
        try {
            Path section = Files.createDirectories(root.resolve("content/01-s"));
            Files.writeString(root.resolve("content/index.md"), "---\ntitle: Home\n---\nHome.\n");
            Files.writeString(section.resolve("_section.md"), "---\ntitle: S\norder: 1\n---\nIntro.\n");
            Files.writeString(section.resolve("01-q.md"), "---\ntitle: Q?\nid: q1\ndependencies:\n"
                    + String.join("", dependencies.stream().map(coordinate -> "  - " + coordinate + "\n").toList())
                    + "---\nAnswer.\n\n```java\n" + code + "\n```\n");
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }
}
