package dev.qa.index;

import dev.qa.text.DataText;
import dev.qa.text.Digest;
import dev.qa.text.QaBuild;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@code ./qa build} read from each question page for the index, kept on disk between builds
 * ({@code .qa-cache/index.bin}): the page's text by heading and its weighted term counts, under the
 * digest of everything they come from (the page's HTML, title, tags and aliases). Reading the HTML and
 * counting its terms was two thirds of the index stage; after one edit, one page is read again.
 * Anything unreadable or written by another build of qa counts as nothing stored.
 */
final class IndexStore {
    private static final int FORMAT = 1;

    private final Path file;
    private final Map<String, Entry> stored;
    private final Map<String, Entry> used = new ConcurrentHashMap<>();

    /** A page's reading: its segments and, for each term, its weight in each segment. */
    record Entry(String key, List<Segment> segments, Map<String, float[]> counts) {
    }

    private IndexStore(Path file, Map<String, Entry> stored) {
        this.file = file;
        this.stored = stored;
    }

    static IndexStore load(Path file) {
        return new IndexStore(file, read(file));
    }

    /** The key of a page's reading: the digest of its HTML and of what its document adds to it. */
    static String key(String htmlDigest, String title, List<String> tags, List<String> aliases) {
        return new Digest().add(htmlDigest).add(title).add(String.join("\n", tags)).add(String.join("\n", aliases)).hex();
    }

    /** The reading of the page at {@code url} stored under this key, if any; what is asked for is kept by {@link #save}. */
    Optional<Entry> get(String url, String key) {
        Entry entry = stored.get(url);
        if (entry == null || !entry.key().equals(key)) {
            return Optional.empty();
        }
        used.put(url, entry);
        return Optional.of(entry);
    }

    void put(String url, Entry entry) {
        // The format numbers segments in two bytes; a page with more headings than that is read on every build.
        if (entry.segments().size() <= 0xffff) {
            used.put(url, entry);
        }
    }

    /** Writes the readings of this build (and only those), replacing the store in one rename; failing only slows the next build. */
    void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                out.writeInt(FORMAT);
                DataText.write(out, QaBuild.id());
                out.writeInt(used.size());
                for (Map.Entry<String, Entry> page : used.entrySet()) {
                    DataText.write(out, page.getKey());
                    write(out, page.getValue());
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // Not saved: the next build reads every page again.
        }
    }

    private static Map<String, Entry> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != FORMAT || !DataText.read(in, "index store").equals(QaBuild.id())) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, Entry> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                entries.put(DataText.read(in, "index store"), readEntry(in));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // damaged or from an older qa: every page is read again
        }
    }

    private static void write(DataOutputStream out, Entry entry) throws IOException {
        DataText.write(out, entry.key());
        out.writeInt(entry.segments().size());
        for (Segment segment : entry.segments()) {
            DataText.write(out, segment.heading());
            DataText.write(out, segment.anchor());
            DataText.write(out, segment.text());
            DataText.write(out, segment.code());
        }
        out.writeInt(entry.counts().size());
        for (Map.Entry<String, float[]> term : entry.counts().entrySet()) {
            DataText.write(out, term.getKey());
            float[] weights = term.getValue();
            int nonZero = 0;
            for (float weight : weights) {
                nonZero += weight != 0 ? 1 : 0;
            }
            // Most terms stand in one segment of a page: only those are written.
            out.writeShort(weights.length);
            out.writeShort(nonZero);
            for (int segment = 0; segment < weights.length; segment++) {
                if (weights[segment] != 0) {
                    out.writeShort(segment);
                    out.writeFloat(weights[segment]);
                }
            }
        }
    }

    private static Entry readEntry(DataInputStream in) throws IOException {
        String key = DataText.read(in, "index store");
        int segmentCount = in.readInt();
        List<Segment> segments = new ArrayList<>(segmentCount);
        for (int i = 0; i < segmentCount; i++) {
            segments.add(new Segment(DataText.read(in, "index store"), DataText.read(in, "index store"),
                    DataText.read(in, "index store"), DataText.read(in, "index store")));
        }
        int terms = in.readInt();
        Map<String, float[]> counts = new HashMap<>(terms * 2);
        for (int i = 0; i < terms; i++) {
            String term = DataText.read(in, "index store");
            float[] weights = new float[in.readUnsignedShort()];
            int nonZero = in.readUnsignedShort();
            for (int j = 0; j < nonZero; j++) {
                weights[in.readUnsignedShort()] = in.readFloat();
            }
            counts.put(term, weights);
        }
        return new Entry(key, List.copyOf(segments), counts);
    }
}
