package dev.qa.render;

import dev.qa.model.Page;
import dev.qa.model.Position;
import dev.qa.text.DataText;
import dev.qa.text.Digest;
import dev.qa.text.RacyStamp;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The render memo of {@code ./qa build}, kept on disk between builds: for each output, the digest of
 * what it was made from ({@link Fingerprint}) and what it made. A page's bytes are not stored twice:
 * the last build's file in the output folder is the page, trusted when it is the very file that build
 * wrote (same inode, size and modification time, as git trusts its index) or, when that cannot be told,
 * when its digest is the one recorded. A trusted page is handed on unread ({@link Page.Kept}): the
 * writer links it. A body's HTML, headings and links are stored here. Anything unreadable, from
 * another build of qa or another theme, counts as nothing stored: the output is made again.
 */
final class StoredMemo implements Memo {
    private static final int FORMAT = 3;
    private static final byte PAGE = 1;
    private static final byte BODY = 2;
    private static final byte TEXT = 3;

    private final Path store;
    private final Path output;
    /** The folder the output led to when this build began (the output is a link to a build folder). */
    private final Optional<Path> previousOutput;
    private final String theme;
    private final Map<String, Stored> stored;
    private final Map<String, Stored> made = new ConcurrentHashMap<>();
    private final Fingerprint fingerprint = new Fingerprint();
    private final AtomicInteger questionPagesMade = new AtomicInteger();

    /** One output: the digest of its inputs, what it is, and the links it holds (checked on every build). */
    private record Stored(String digest, Object value, List<MarkdownLinks.Link> links) {
    }

    /**
     * A page, by the digest of its text and what the file system said of the file that holds it: the
     * text itself is that file, in the last build.
     *
     * @param modified its modification time, in nanoseconds
     * @param fileKey  its inode, as the JVM names it; empty where the file system has none
     * @param racy     whether it was written so shortly before the store was saved that a later change
     *                 could have kept its modification time: then only its digest is trusted
     */
    private record PageFile(String digest, long size, long modified, String fileKey, boolean racy) {
    }

    private StoredMemo(Path store, Path output, String theme, Map<String, Stored> stored) {
        this.store = store;
        this.output = output;
        this.previousOutput = realFolder(output);
        this.theme = theme;
        this.stored = stored;
    }

    static StoredMemo load(Path store, Path output, String theme) {
        return new StoredMemo(store, output, theme, read(store, theme));
    }

    private static Optional<Path> realFolder(Path output) {
        try {
            return Files.isDirectory(output) ? Optional.of(output.toRealPath()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(String slot, Supplier<List<Object>> inputs, Findings findings, Function<Findings, T> make) {
        String digest = fingerprint.of(inputs.get());
        Stored known = stored.get(slot);
        if (known != null && known.digest().equals(digest)) {
            Optional<Object> value = restore(slot, known.value());
            if (value.isPresent()) {
                made.put(slot, known);
                findings.links().addAll(known.links());
                return (T) value.get();
            }
        }
        Findings own = new Findings();
        T value = make.apply(own);
        if (own.problems().isEmpty()) {
            // A build with problems is not written, and this store is saved only after a write.
            made.put(slot, new Stored(digest, value, List.copyOf(own.links())));
        }
        findings.problems().addAll(own.problems());
        findings.links().addAll(own.links());
        return value;
    }

    private Optional<Object> restore(String slot, Object value) {
        if (!(value instanceof PageFile page)) {
            return Optional.of(value);
        }
        if (previousOutput.isEmpty()) {
            return Optional.empty();
        }
        Path folder = previousOutput.get();
        Path file = folder.resolve(slot).normalize();
        if (!file.startsWith(folder)) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() != page.size()) {
                return Optional.empty();
            }
            boolean same = !page.racy() && !page.fileKey().isEmpty() && page.fileKey().equals(String.valueOf(attributes.fileKey()))
                    && attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) == page.modified();
            if (!same && !Digest.of(Files.readString(file)).equals(page.digest())) {
                return Optional.empty();
            }
            return Optional.of(new Page(slot, new Page.Kept(file, page.digest())));
        } catch (IOException e) {
            return Optional.empty(); // gone, changed by hand, or not UTF-8 any more: made again
        }
    }

    @Override
    public void begin() {
        made.clear();
        questionPagesMade.set(0);
    }

    @Override
    public void madeQuestionPage() {
        questionPagesMade.incrementAndGet();
    }

    @Override
    public OptionalInt questionPagesMade() {
        return OptionalInt.of(questionPagesMade.get());
    }

    /** Writes what the last render used, replacing the store in one rename; a store that cannot be written is only a slower next build. */
    @Override
    public void save() {
        try {
            Files.createDirectories(store.getParent());
            Optional<Path> written = realFolder(output);
            long savedAt = System.currentTimeMillis() * 1_000_000L;
            Path temp = store.resolveSibling(store.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
                out.writeInt(FORMAT);
                writeText(out, theme);
                out.writeInt(made.size());
                for (Map.Entry<String, Stored> entry : made.entrySet()) {
                    writeText(out, entry.getKey());
                    write(out, stored(entry.getKey(), entry.getValue(), written, savedAt));
                }
            }
            Files.move(temp, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // Not saved: the next build makes these outputs again.
        }
    }

    /**
     * What to keep of an output for the next build: a page made by this build as the file the write
     * stage put in {@code written}. A page kept from the last one stays as it was recorded then: its
     * file was linked, so it is the same file.
     */
    private static Stored stored(String slot, Stored used, Optional<Path> written, long savedAt) throws IOException {
        if (!(used.value() instanceof Page page)) {
            return used;
        }
        Path file = written.orElseThrow(() -> new IOException("no site was written")).resolve(slot);
        return new Stored(used.digest(), pageFile(file, Digest.of(page.content()), savedAt), used.links());
    }

    private static PageFile pageFile(Path file, String digest, long savedAt) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        return new PageFile(digest, attributes.size(), modified, attributes.fileKey() == null ? "" : attributes.fileKey().toString(),
                RacyStamp.racy(modified, savedAt));
    }

    private static Map<String, Stored> read(Path store, String theme) {
        if (!Files.isRegularFile(store)) {
            return Map.of();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(store), 1 << 16))) {
            if (in.readInt() != FORMAT || !readText(in).equals(theme)) {
                return Map.of();
            }
            int count = in.readInt();
            Map<String, Stored> entries = new HashMap<>(count * 2);
            for (int i = 0; i < count; i++) {
                entries.put(readText(in), readStored(in));
            }
            return entries;
        } catch (IOException | RuntimeException e) {
            return Map.of(); // damaged or from an older qa: nothing is reused
        }
    }

    private static void write(DataOutputStream out, Stored stored) throws IOException {
        writeText(out, stored.digest());
        if (stored.value() instanceof PageFile page) {
            out.writeByte(PAGE);
            writeText(out, page.digest());
            out.writeLong(page.size());
            out.writeLong(page.modified());
            writeText(out, page.fileKey());
            out.writeBoolean(page.racy());
        } else if (stored.value() instanceof MarkdownRenderer.Body body) {
            out.writeByte(BODY);
            writeBody(out, body);
        } else if (stored.value() instanceof String text) {
            out.writeByte(TEXT);
            writeText(out, text);
        } else {
            throw new IllegalStateException("the render memo cannot store a " + stored.value().getClass().getSimpleName());
        }
        out.writeInt(stored.links().size());
        for (MarkdownLinks.Link link : stored.links()) {
            DataText.writePosition(out, link.at());
            writeText(out, link.written());
            writeText(out, link.from());
            writeText(out, link.target());
            writeText(out, link.anchor());
        }
    }

    private static Stored readStored(DataInputStream in) throws IOException {
        String digest = readText(in);
        byte kind = in.readByte();
        Object value = switch (kind) {
            case PAGE -> new PageFile(readText(in), in.readLong(), in.readLong(), readText(in), in.readBoolean());
            case BODY -> readBody(in);
            case TEXT -> readText(in);
            default -> throw new IOException("unknown entry kind " + kind);
        };
        int links = in.readInt();
        List<MarkdownLinks.Link> read = new ArrayList<>(links);
        for (int i = 0; i < links; i++) {
            Position at = DataText.readPosition(in, "render store");
            read.add(new MarkdownLinks.Link(at, readText(in), readText(in), readText(in), readText(in)));
        }
        return new Stored(digest, value, List.copyOf(read));
    }

    private static void writeBody(DataOutputStream out, MarkdownRenderer.Body body) throws IOException {
        writeText(out, body.html());
        out.writeInt(body.headings().size());
        for (Views.Heading heading : body.headings()) {
            out.writeInt(heading.level());
            writeText(out, heading.id());
            writeText(out, heading.text());
        }
    }

    private static MarkdownRenderer.Body readBody(DataInputStream in) throws IOException {
        String html = readText(in);
        int count = in.readInt();
        List<Views.Heading> headings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            headings.add(new Views.Heading(in.readInt(), readText(in), readText(in)));
        }
        return new MarkdownRenderer.Body(html, List.copyOf(headings));
    }

    private static void writeText(DataOutputStream out, String text) throws IOException {
        DataText.write(out, text);
    }

    private static String readText(DataInputStream in) throws IOException {
        return DataText.read(in, "render store");
    }
}
