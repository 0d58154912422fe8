package dev.qa.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file of the output site: its text in memory, or the very file the previous build wrote, which
 * is only read when someone asks for its text.
 *
 * @param path   the file's path in the site, with forward slashes ({@code architecture/cap-theorem.html})
 * @param source where its text is
 */
public record Page(String path, Source source) {

    /** A page whose text is in memory. */
    public Page(String path, String content) {
        this(path, new Text(content));
    }

    /** Its text (HTML, XML or plain text); a kept page reads its file. */
    public String content() {
        return source.text();
    }

    public byte[] bytes() {
        return source instanceof Kept kept ? kept.read() : content().getBytes(StandardCharsets.UTF_8);
    }

    /** Where a page's text is. */
    public sealed interface Source {
        String text();
    }

    /** Text made by this build. */
    public record Text(String text) implements Source {
    }

    /**
     * A file of the previous build that this build would make again byte for byte (its inputs did not
     * change, and the file is the one that build wrote): the writer links it instead of writing it.
     *
     * @param file   the file in the previous build's folder
     * @param digest the digest of its text, as the store that kept it names it
     */
    public record Kept(Path file, String digest) implements Source {
        @Override
        public String text() {
            return new String(read(), StandardCharsets.UTF_8);
        }

        byte[] read() {
            try {
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new Gone(file, e);
            }
        }
    }

    /** A kept page's file is gone: another build replaced the one it belonged to while this one ran. */
    public static final class Gone extends UncheckedIOException {
        /** What a build is told when another one replaced the site its kept pages belong to. */
        public static final String REPLACED = "another build replaced the site while this one ran; run this build again";

        public Gone(Path file, IOException cause) {
            super(REPLACED + " (" + file + " is gone)", cause);
        }
    }
}
