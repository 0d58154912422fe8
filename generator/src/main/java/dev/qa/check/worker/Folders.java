package dev.qa.check.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting a folder a snippet wrote into: best effort, since a file it left open cannot always go. */
public final class Folders {

    private Folders() {
    }

    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Left in the system's temporary folder.
        }
    }

    /** Deletes what is inside, keeping the folder. */
    public static void empty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            entries.toList().forEach(Folders::delete);
        } catch (IOException | UncheckedIOException e) {
            // Nothing to empty, or not allowed: the next page sees what is left, in its own folder only.
        }
    }
}
