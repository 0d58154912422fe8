package dev.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Test fixtures: folders under src/test/resources, and the repository's default theme. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    /** The theme in the repository's templates/ folder, which every build test renders with. */
    public static Path templates() {
        Path fromModule = Path.of("..", "templates").toAbsolutePath().normalize();
        if (!Files.isDirectory(fromModule)) {
            throw new IllegalStateException("run tests from the generator module: " + fromModule + " is missing");
        }
        return fromModule;
    }

    /** A writable copy of a fixture folder, for tests that change files. */
    public static Path copy(String name, Path target) {
        try {
            copyTree(resource(name), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Copies the folder {@code from} with everything in it to {@code to}. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
