package dev.qa.serve;

import dev.qa.model.Page;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the preview serves at one moment: the files of the last good build, and the problems of the
 * latest one when it failed (shown as an overlay over those files). Immutable; a rebuild swaps in a new one.
 *
 * @param version  counts builds; the reload script compares it with the server's
 * @param files    site path to content, for every page and search index file
 * @param problems the latest build's problems as the terminal showed them; empty when it succeeded
 */
record Snapshot(long version, Map<String, byte[]> files, Optional<String> problems) {

    Snapshot {
        files = Map.copyOf(files);
    }

    static Snapshot empty() {
        return new Snapshot(0, Map.of(), Optional.empty());
    }

    /**
     * The files of these pages; a page whose text is the one {@code before} encoded keeps those bytes
     * (after an edit, most pages are the very same text, and encoding all of them is a tenth of a rebuild).
     */
    static Map<String, byte[]> filesOf(List<Page> pages, List<Page> index, Map<String, Page> before, Snapshot previous) {
        Map<String, byte[]> files = new HashMap<>();
        for (List<Page> list : List.of(pages, index)) {
            for (Page page : list) {
                Page old = before.get(page.path());
                byte[] kept = old != null && old.content().equals(page.content()) ? previous.files.get(page.path()) : null;
                files.put(page.path(), kept != null ? kept : page.content().getBytes(StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    Snapshot succeeded(Map<String, byte[]> newFiles) {
        return new Snapshot(version + 1, newFiles, Optional.empty());
    }

    /** The last good files stay served; the problems are shown over them. */
    Snapshot failed(String problemText) {
        return new Snapshot(version + 1, files, Optional.of(problemText));
    }

    Optional<byte[]> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** Whether {@code path} names a folder of the site, that is, holds an index page. */
    boolean isFolder(String path) {
        return files.containsKey(path + "/index.html");
    }

    Set<String> paths() {
        return files.keySet();
    }
}
