package dev.qa.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a folder may receive the site. Writing replaces the whole folder, so qa only ever
 * replaces a folder it made itself (it holds the {@value #STAMP} file qa writes into every site) or an
 * empty one, and never one that is, holds or lies inside what the site is built from, or the home folder.
 */
public final class OutputGuard {
    /** The file every site qa writes holds; its presence says "qa made this folder, qa may replace it". */
    public static final String STAMP = ".qa-site";

    private OutputGuard() {
    }

    /**
     * Why {@code output} must not be written, if it must not.
     *
     * @param source the source folder (content/, snippets/, qa.yml live in it)
     * @param inputs folders and files the site is read from (content/, snippets/, the theme, qa.yml)
     */
    public static Optional<String> refusal(Path output, Path source, List<Path> inputs) {
        Path target = real(output);
        Path root = real(source);
        Optional<Path> home = Optional.ofNullable(System.getProperty("user.home")).filter(h -> !h.isBlank()).map(Path::of).map(OutputGuard::real);
        if (target.getParent() == null) {
            return Optional.of("--output " + output + " is the root of the file system; choose a folder for the site, such as site/");
        }
        if (root.startsWith(target)) {
            return Optional.of("--output " + output + " is or holds the source folder " + root
                    + "; writing the site there would delete it. Choose a folder for the site, such as " + root.resolve("site"));
        }
        for (Path input : inputs) {
            Path in = real(input);
            if (Files.exists(in) && (in.startsWith(target) || target.startsWith(in))) {
                return Optional.of("--output " + output + (target.startsWith(in) ? " is inside " : " is or holds ") + in
                        + ", which the site is built from; choose a folder of its own for the site, such as " + root.resolve("site"));
            }
        }
        if (home.isPresent() && home.get().startsWith(target)) {
            return Optional.of("--output " + output + " is or holds your home folder; choose a folder for the site, such as "
                    + root.resolve("site"));
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("--output " + output + " is a file, not a folder; qa does not replace files it did not make. "
                    + "Remove it, or choose another --output");
        }
        if (Files.isDirectory(target) && !empty(target) && !madeByQa(target)) {
            return Optional.of("--output " + output + " holds files qa did not write (it has no " + STAMP + "), and writing the "
                    + "site replaces the whole folder. Empty or remove it, or choose another --output");
        }
        return Optional.empty();
    }

    /**
     * A site of this qa holds the stamp; one built before the stamp existed is recognised by the files
     * only qa writes together (its sitemap, search manifest and 404 page), so that upgrading qa does not
     * refuse the site/ it built last week.
     */
    static boolean madeByQa(Path folder) {
        return Files.isRegularFile(folder.resolve(STAMP))
                || Files.isRegularFile(folder.resolve("sitemap.xml")) && Files.isRegularFile(folder.resolve("search-index/index.js"))
                && Files.isRegularFile(folder.resolve("404.html"));
    }

    private static boolean empty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The path with every link resolved as far as it exists, so that a link cannot hide what a folder is. */
    private static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
