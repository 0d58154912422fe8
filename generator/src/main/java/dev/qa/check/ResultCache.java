package dev.qa.check;

import dev.qa.model.Snippet;
import dev.qa.model.Result;

import dev.qa.model.Position;
import dev.qa.model.Problem;
import dev.qa.text.DataText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of pages already checked, in a git-ignored folder, one file per page named by a hash of
 * everything that can change them: the page's snippets in order (code, included code, attributes,
 * expected output, positions), the time limit, the JDK and this checker's version. Every entry ends
 * with an HMAC-SHA256 of its name and content under the user's {@link CacheKey}: an entry the build did
 * not write (a snippet run without a sandbox flipping FAILED to PASSED, a file from someone else's
 * repository) is a miss, checked again and rewritten.
 */
final class ResultCache {
    /** Whether the folder holds no entry yet (or does not exist): a first check, which compiles every page. */
    static boolean isEmpty(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.noneMatch(entry -> !entry.getFileName().toString().startsWith("."));
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** Raise when the checker's behaviour changes, so that no old result is trusted. */
    // Bumped whenever a verdict can change for the same code: 2 restores default imports a page had replaced.
    // 3: snippets run in an agent JVM (remote execution: System.exit and thread checks are the agent's).
    static final String CHECKER_VERSION = "qa-check-3";
    private static final int FORMAT = 3;
    private static final String MAC = "HmacSHA256";
    private static final int MAC_LENGTH = 32;

    private final Path folder;
    private final Optional<byte[]> key;

    /** A cache signed with {@code key}; without a key nothing is read or written. */
    ResultCache(Path folder, Optional<byte[]> key) {
        this.folder = folder;
        this.key = key;
    }

    private byte[] mac(String name, byte[] content) {
        try {
            Mac mac = Mac.getInstance(MAC);
            mac.init(new SecretKeySpec(key.orElseThrow(), MAC));
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(content);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JDK has " + MAC, e);
        }
    }

    static String key(List<Snippet> snippets, java.time.Duration defaultTimeout) {
        return key(snippets, defaultTimeout, List.of());
    }

    /**
     * The key of a page whose snippets run with these jars: each jar's coordinate and SHA-256 are part of
     * it, so a new version (or a jar replaced in the local repository) checks exactly the pages using it.
     * Without jars the key is what it always was.
     */
    static String key(List<Snippet> snippets, java.time.Duration defaultTimeout, List<dev.qa.model.Library> libraries) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, CHECKER_VERSION);
            update(digest, Runtime.version().toString());
            update(digest, System.getProperty("java.vendor", ""));
            update(digest, defaultTimeout.toString());
            for (Snippet snippet : snippets) {
                // Records print every component, so a change of any attribute or position changes the key.
                update(digest, snippet.toString());
            }
            for (dev.qa.model.Library library : libraries) {
                update(digest, library.coordinate() + " " + library.sha256());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffers.length(bytes.length));
        digest.update(bytes);
    }

    Optional<Map<Position, Result>> get(String key) {
        Path file = folder.resolve(key);
        if (this.key.isEmpty() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        byte[] signed;
        try {
            signed = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (signed.length < MAC_LENGTH) {
            return Optional.empty();
        }
        byte[] content = Arrays.copyOf(signed, signed.length - MAC_LENGTH);
        if (!MessageDigest.isEqual(mac(key, content), Arrays.copyOfRange(signed, content.length, signed.length))) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(content))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            int count = in.readInt();
            Map<Position, Result> results = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                Position fence = readPosition(in);
                Result.Status status = Result.Status.valueOf(in.readUTF());
                Optional<Result.Failure> failure = in.readBoolean() ? Result.Failure.of(in.readUTF()) : Optional.empty();
                String stdout = readString(in);
                Optional<Problem> error = in.readBoolean()
                        ? Optional.of(new Problem(readPosition(in), readString(in), readString(in))) : Optional.empty();
                long millis = in.readLong();
                String mainCall = in.readUTF();
                results.put(fence, new Result(status, failure, stdout, error, millis, mainCall.isEmpty() ? Optional.empty() : Optional.of(mainCall)));
            }
            return Optional.of(results);
        } catch (IOException | IllegalArgumentException e) {
            // A damaged entry is a miss: the page is checked again and the entry rewritten.
            return Optional.empty();
        }
    }

    void put(String key, Map<Position, Result> results) {
        if (this.key.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(folder);
            Path ignore = folder.resolve(".gitignore");
            if (!Files.exists(ignore)) {
                Files.writeString(ignore, "# written by qa: the snippet result cache is never committed\n*\n");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(FORMAT);
                out.writeInt(results.size());
                for (Map.Entry<Position, Result> entry : results.entrySet()) {
                    Result result = entry.getValue();
                    writePosition(out, entry.getKey());
                    out.writeUTF(result.status().name());
                    out.writeBoolean(result.failure().isPresent());
                    if (result.failure().isPresent()) {
                        out.writeUTF(result.failure().get().key());
                    }
                    writeString(out, result.stdout());
                    out.writeBoolean(result.error().isPresent());
                    if (result.error().isPresent()) {
                        Problem problem = result.error().get();
                        writePosition(out, problem.at());
                        writeString(out, problem.message());
                        writeString(out, problem.hint());
                    }
                    out.writeLong(result.millis());
                    out.writeUTF(result.mainCall().orElse(""));
                }
            }
            Path temporary = Files.createTempFile(folder, key, ".tmp");
            byte[] content = bytes.toByteArray();
            Files.write(temporary, content);
            Files.write(temporary, mac(key, content), StandardOpenOption.APPEND);
            try {
                Files.move(temporary, folder.resolve(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder.resolve(key), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // The cache only saves time: a read-only folder means the next run checks again.
        }
    }

    private static void writePosition(DataOutputStream out, Position position) throws IOException {
        DataText.writePosition(out, position);
    }

    private static Position readPosition(DataInputStream in) throws IOException {
        return DataText.readPosition(in, "cache entry");
    }

    private static void writeString(DataOutputStream out, String text) throws IOException {
        DataText.write(out, text);
    }

    private static String readString(DataInputStream in) throws IOException {
        return DataText.read(in, "cache entry");
    }

    /** Length prefixes keep {@code "ab"+"c"} and {@code "a"+"bc"} apart in a hash. */
    private static final class ByteBuffers {
        static byte[] length(int length) {
            return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
        }
    }
}
