package dev.qa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --source DIR}, shared by every command that reads a site. */
public final class SourceOptions {

    @Option(names = "--source", paramLabel = "DIR", description = "folder that holds content/ (default: the current folder)")
    Path source = Path.of(".");

    Path root() {
        return source.toAbsolutePath().normalize();
    }

    /** The site's own templates/, or the default theme that ships with qa. */
    Path templates() {
        Path own = root().resolve("templates");
        if (Files.isDirectory(own)) {
            return own;
        }
        String home = System.getProperty("qa.home");
        return home == null ? own : Path.of(home).resolve("templates");
    }
}
