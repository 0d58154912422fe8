package dev.qa.load;

import dev.qa.model.Markdown;
import dev.qa.text.DataText;
import dev.qa.text.Digest;
import dev.qa.text.QaBuild;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The parses of the last load, kept on disk ({@code .qa-cache/parse.bin}) so that {@code ./qa build}
 * and {@code ./qa check} in a new process parse only the files that changed: a body is reused when the
 * whole text of its file is the same (by digest), and this build of qa wrote it. Like the warm JVM's
 * {@link ParseCache}, a page that includes files of {@code snippets/} is never kept. A store that is
 * damaged or from another build counts as empty.
 */
final class ParseStore {
    private static final int FORMAT = 1;

    private final Path file;
    private final String build = QaBuild.id();
    /** What was read from disk: by file, the digest of its text and the stored body, still encoded. */
    private final Map<String, Stored> known;
    private final Map<String, Stored> used = new ConcurrentHashMap<>();
    private volatile boolean changed;

    private record Stored(String digest, byte[] body) {
    }

    private ParseStore(Path file, Map<String, Stored> known) {
        this.file = file;
        this.known = known;
    }

    static ParseStore load(Path file) {
        ParseStore empty = new ParseStore(file, Map.of());
        if (!Files.isRegularFile(file)) {
            return empty;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != FORMAT || !DataText.read(in, "parse store").equals(empty.build)) {
                return empty;
            }
            int count = in.readInt();
            Map<String, Stored> known = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                String path = DataText.read(in, "parse store");
                String digest = DataText.read(in, "parse store");
                int length = in.readInt();
                if (length < 0 || length > 1 << 28) {
                    return empty;
                }
                known.put(path, new Stored(digest, in.readNBytes(length)));
            }
            return new ParseStore(file, known);
        } catch (IOException | RuntimeException e) {
            return empty;
        }
    }

    /** The body parsed last time from this very text of {@code source}, if it was kept. */
    Optional<Markdown> get(SourceFile source) {
        String key = source.path().toString();
        Stored stored = known.get(key);
        if (stored == null || !stored.digest().equals(Digest.of(source.text()))) {
            return Optional.empty();
        }
        try {
            Markdown body = MarkdownCodec.read(new DataInputStream(new ByteArrayInputStream(stored.body())));
            used.put(key, stored);
            return Optional.of(body);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps the body parsed from {@code source}, unless it includes files (its parse depends on them too). */
    void put(SourceFile source, Markdown body) {
        if (body.snippets().stream().anyMatch(snippet -> snippet.attributes().file().isPresent())) {
            return;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.source().length() * 2 + 256);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                MarkdownCodec.write(out, body);
            }
            used.put(source.path().toString(), new Stored(Digest.of(source.text()), bytes.toByteArray()));
            changed = true;
        } catch (IOException e) {
            // Not kept: the next load parses this file again.
        }
    }

    /** Writes what this load used, when anything differs from what was read; one rename, so a reader never sees half. */
    void save() {
        if (!changed && used.keySet().equals(known.keySet())) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                out.writeInt(FORMAT);
                DataText.write(out, build);
                out.writeInt(used.size());
                for (Map.Entry<String, Stored> entry : used.entrySet()) {
                    DataText.write(out, entry.getKey());
                    DataText.write(out, entry.getValue().digest());
                    out.writeInt(entry.getValue().body().length);
                    out.write(entry.getValue().body());
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // Not saved: the next load parses every file again, which is only slower.
        }
    }
}
