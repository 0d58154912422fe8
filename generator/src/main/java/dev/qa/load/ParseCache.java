package dev.qa.load;

import dev.qa.model.Markdown;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A warm JVM's parses, by file and its text: a file whose text did not change is not parsed again.
 * A page that includes files of {@code snippets/} is never kept, since its parse depends on them too.
 */
final class ParseCache {
    private final Map<Path, Entry> byFile = new ConcurrentHashMap<>();

    /** A file's front matter and body as parsed from {@code text}. */
    record Parsed(FrontMatter frontMatter, Markdown body) {
    }

    private record Entry(String text, Parsed parsed) {
    }

    Optional<Parsed> get(Path file, String text) {
        Entry entry = byFile.get(file);
        return entry != null && entry.text().equals(text) ? Optional.of(entry.parsed()) : Optional.empty();
    }

    void put(Path file, String text, Parsed parsed) {
        if (parsed.body().snippets().stream().anyMatch(snippet -> snippet.attributes().file().isPresent())) {
            byFile.remove(file);
        } else {
            byFile.put(file, new Entry(text, parsed));
        }
    }
}
