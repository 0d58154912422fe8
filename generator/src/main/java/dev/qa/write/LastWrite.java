package dev.qa.write;

import dev.qa.model.Page;
import dev.qa.text.Digest;
import dev.qa.text.RacyStamp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What a warm JVM's last build wrote: the folder the output led to afterwards and, for each page, the
 * very page object it wrote with what the file system said of its file. A page of the next build that
 * is the same object (the render kept it, so its text did not change) and whose file is still the one
 * written then (same inode, size and modification time) goes to the writer as {@link Page.Kept}: linked,
 * neither encoded nor compared byte for byte. Anything else is written as usual.
 */
public final class LastWrite {

    private record Written(Page page, String digest, Object fileKey, long size, long modified) {
    }

    private final Optional<Path> folder;
    private final Map<String, Written> written;

    private LastWrite(Optional<Path> folder, Map<String, Written> written) {
        this.folder = folder;
        this.written = written;
    }

    /** Nothing written yet. */
    public static LastWrite none() {
        return new LastWrite(Optional.empty(), Map.of());
    }

    /**
     * What the build that just wrote {@code pages} (as the render made them, before {@link #reuse}) into
     * {@code output} left there; {@code before} knows the digests of those it wrote before. A file written
     * so recently that an edit by hand could keep its time and size is not recorded: it is compared again.
     */
    public static LastWrite of(Path output, List<Page> pages, LastWrite before) {
        Optional<Path> folder = realFolder(output);
        if (folder.isEmpty()) {
            return none();
        }
        long now = System.currentTimeMillis() * 1_000_000L;
        Map<String, Written> written = new HashMap<>();
        for (Page page : pages) {
            Path file = folder.get().resolve(page.path());
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.fileKey() == null) {
                    return none(); // a file system without inodes: nothing can be told apart, so nothing is kept
                }
                long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
                if (RacyStamp.racy(modified, now)) {
                    continue;
                }
                Written old = before.written.get(page.path());
                String digest = old != null && old.page() == page ? old.digest() : Digest.of(page.content());
                written.put(page.path(), new Written(page, digest, attributes.fileKey(), attributes.size(), modified));
            } catch (IOException e) {
                // not there as written: made again next time
            }
        }
        return new LastWrite(folder, written);
    }

    /** {@code pages} with each one this writer wrote last time, unchanged since, as a kept file of that build. */
    public List<Page> reuse(Path output, List<Page> pages) {
        if (folder.isEmpty() || !folder.equals(realFolder(output))) {
            return pages;
        }
        List<Page> reused = new ArrayList<>(pages.size());
        for (Page page : pages) {
            Written old = written.get(page.path());
            reused.add(old != null && old.page() == page && unchanged(folder.get().resolve(page.path()), old)
                    ? new Page(page.path(), new Page.Kept(folder.get().resolve(page.path()), old.digest()))
                    : page);
        }
        return reused;
    }

    private static boolean unchanged(Path file, Written old) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && old.fileKey().equals(attributes.fileKey()) && attributes.size() == old.size()
                    && attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS) == old.modified();
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<Path> realFolder(Path output) {
        try {
            return Files.isDirectory(output) ? Optional.of(output.toRealPath()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
