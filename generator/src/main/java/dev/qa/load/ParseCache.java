package dev.qa.load;

import dev.qa.model.Markdown;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A warm JVM's parses, by file: a file whose modification time (to the nanosecond where the file system
 * keeps it), size and identity did not change is neither read nor parsed again, as Hugo and Zola decide
 * it. A page that includes files of {@code snippets/} is never kept, since its parse depends on them too.
 */
final class ParseCache {
    private final Map<Path, Entry> byFile = new ConcurrentHashMap<>();

    /** A file's front matter and body as parsed from {@code text}. */
    record Parsed(FrontMatter frontMatter, Markdown body) {
    }

    /** A parse, the source it was made from, and the file's modification time and size when it was read. */
    record Entry(String stamp, SourceFile source, Parsed parsed) {
    }

    /** The file's source and parse when its modification time and size are those it had when it was parsed. */
    Optional<Entry> unchanged(Path file) {
        Entry entry = byFile.get(file);
        return entry != null && entry.stamp().equals(stamp(file)) ? Optional.of(entry) : Optional.empty();
    }

    /** Reads the stamp before the text: a write between the two makes the next load read the file again. */
    String stampBeforeReading(Path file) {
        return stamp(file);
    }

    void put(Path file, String stamp, SourceFile source, Parsed parsed) {
        if (stamp.isEmpty() || parsed.body().snippets().stream().anyMatch(snippet -> snippet.attributes().file().isPresent())) {
            byFile.remove(file);
        } else {
            byFile.put(file, new Entry(stamp, source, parsed));
        }
    }

    private static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS) + ":" + attributes.size() + ":"
                    + attributes.fileKey();
        } catch (IOException e) {
            return "";
        }
    }
}
