package dev.qa.check;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The per-user secret that signs result-cache entries, so that an entry is trusted only when a build of
 * this user wrote it: a snippet without a sandbox could write into {@code .qa-cache/}, and a file in a
 * repository or a CI cache could be anyone's. It is kept outside every repository, in
 * {@code $XDG_CONFIG_HOME/qa/cache-key} (or {@code ~/.config/qa/cache-key}), or where
 * {@code -Dqa.cache.key} or {@code QA_CACHE_KEY} say, and made on first use (owner-only permissions).
 * Inside the sandbox its folder is hidden from snippets.
 */
public final class CacheKey {
    public static final String PROPERTY = "qa.cache.key";
    public static final String ENVIRONMENT = "QA_CACHE_KEY";
    private static final int LENGTH = 32;

    private CacheKey() {
    }

    /** Where this user's key is kept. */
    public static Path location() {
        String configured = System.getProperty(PROPERTY, "");
        if (configured.isEmpty()) {
            configured = Optional.ofNullable(System.getenv(ENVIRONMENT)).orElse("");
        }
        if (!configured.isEmpty()) {
            return Path.of(configured).toAbsolutePath();
        }
        String config = Optional.ofNullable(System.getenv("XDG_CONFIG_HOME")).filter(value -> !value.isEmpty())
                .orElse(Path.of(System.getProperty("user.home"), ".config").toString());
        return Path.of(config, "qa", "cache-key").toAbsolutePath();
    }

    /** The key in {@code file}, made when there is none; empty when it can be neither read nor made (then nothing is cached). */
    static Optional<byte[]> load(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                create(file);
            }
            byte[] key = Files.readAllBytes(file);
            return key.length >= LENGTH ? Optional.of(key) : Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static void create(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        byte[] key = new byte[LENGTH];
        new SecureRandom().nextBytes(key);
        Path temporary = Files.createTempFile(folder, ".cache-key", ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: its default permissions stay.
            }
            Files.write(temporary, key);
            try {
                // Two builds making the key at once: the first one's stays, and both read it.
                Files.move(temporary, file);
            } catch (FileAlreadyExistsException e) {
                // made by the other build
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
