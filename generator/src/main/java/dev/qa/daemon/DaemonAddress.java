package dev.qa.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where the build daemon of one site listens: a socket in a folder only this user may enter, named
 * after everything a daemon's builds depend on (qa's class path and its files' sizes and times, the
 * JDK, the JVM options, the environment variables a build reads, the site's folder), so a client never reaches a daemon of another qa build,
 * JDK or site. Its lock file is held for as long as the daemon lives; its log takes what the daemon
 * prints.
 */
public record DaemonAddress(Path folder, String key) {
    /** What a build reads from the environment: where bubblewrap and Maven are, the cache key's and Maven's settings. */
    private static final List<String> ENVIRONMENT = List.of("PATH", "QA_CACHE_KEY", "XDG_CONFIG_HOME", "MAVEN_HOME", "M2_HOME");
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    public Path socket() {
        return folder.resolve(key + ".sock");
    }

    Path lock() {
        return folder.resolve(key + ".lock");
    }

    public Path log() {
        return folder.resolve(key + ".log");
    }

    /**
     * The address for a site built by this JVM's qa with these JVM options, in this user's daemon folder
     * under {@code temporary}; empty, with the reason, when that folder is not private to this user.
     */
    public static Result of(Path temporary, Path site, List<String> jvmOptions) {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        Path folder = temporary.toAbsolutePath().resolve("qa-daemon-" + user);
        Optional<String> refusal = privateFolder(folder);
        if (refusal.isPresent()) {
            return new Result(Optional.empty(), refusal);
        }
        StringBuilder key = new StringBuilder();
        key.append(System.getProperty("java.home")).append('\n').append(site.toAbsolutePath().normalize()).append('\n');
        key.append(System.getProperty("user.home")).append('\n');
        jvmOptions.forEach(option -> key.append(option).append('\n'));
        // The daemon keeps the environment of the command that started it: a command with another one needs another daemon.
        ENVIRONMENT.forEach(name -> key.append(name).append('=').append(System.getenv().getOrDefault(name, "")).append('\n'));
        key.append(ClassPathStamp.ofThisJvm()).append('\n');
        return new Result(Optional.of(new DaemonAddress(folder, digest(key.toString()))), Optional.empty());
    }

    /** An address, or why there is none. */
    public record Result(Optional<DaemonAddress> address, Optional<String> refusal) {
    }

    /** Makes the folder (owner only) or checks the one there: a folder of another user, or one others may enter, is refused. */
    private static Optional<String> privateFolder(Path folder) {
        try {
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    // made by another qa at the same moment: checked below like any other
                }
            }
            PosixFileAttributes attributes = Files.readAttributes(folder, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isDirectory()) {
                return Optional.of(folder + " is not a folder");
            }
            String owner = attributes.owner().getName();
            if (!owner.equals(System.getProperty("user.name"))) {
                return Optional.of(folder + " belongs to " + owner);
            }
            if (!attributes.permissions().equals(OWNER_ONLY)) {
                return Optional.of(folder + " may be entered by other users (" + PosixFilePermissions.toString(attributes.permissions()) + ")");
            }
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of("cannot use " + folder + ": " + e.getMessage());
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
