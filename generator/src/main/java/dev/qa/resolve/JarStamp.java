package dev.qa.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A jar's size and modification time, by which a jar hashed before is known to be unchanged without
 * hashing it again; a jar with any other stamp is hashed.
 */
final class JarStamp {
    private JarStamp() {
    }

    /** The jar's stamp, {@code size:nanoseconds}; empty when it cannot be read (then it never matches). */
    static String of(Path jar) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? attributes.size() + ":" + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Whether the jar is a file with these bytes: by its stamp when that is the one recorded with them, else by hashing it. */
    static boolean holds(Path jar, String sha256, String stamp) {
        String now = of(jar);
        return !now.isEmpty() && (now.equals(stamp) || MavenResolution.sha256(jar).equals(sha256));
    }
}
