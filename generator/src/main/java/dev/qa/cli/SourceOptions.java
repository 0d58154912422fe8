package dev.qa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --source DIR}, shared by every command that reads a site. */
public final class SourceOptions {

    // A default value, not a field's initial one: it goes through the converter, which in the build daemon resolves it against the client's folder.
    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".", description = "folder that holds content/ (default: the current folder)")
    Path source;

    @Option(names = "--templates", paramLabel = "DIR", description = "theme folder (default: templates/ in the source folder, else qa's own)")
    Path templates;

    Path root() {
        return source.toAbsolutePath().normalize();
    }

    /** The site's own templates/, or the default theme that ships with qa. */
    Path templates() {
        if (templates != null) {
            return templates.toAbsolutePath().normalize();
        }
        Path own = root().resolve("templates");
        if (Files.isDirectory(own)) {
            return own;
        }
        String home = System.getProperty("qa.home");
        return home == null ? own : Path.of(home).resolve("templates");
    }
}
