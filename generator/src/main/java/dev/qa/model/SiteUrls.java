package dev.qa.model;





import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where every page of a site is written, and the relative link from one page to another, so that
 * the site works from {@code file://} and under any sub-path.
 */
public final class SiteUrls {
    public static final String HOME = "index.html";
    public static final String NOT_FOUND = "404.html";

    private final Map<Path, String> pageBySource = new HashMap<>();

    public SiteUrls(Site site) {
        for (Section section : site.sections()) {
            pageBySource.put(section.folder().resolve("_section.md").normalize(), section(section));
            for (Question question : section.questions()) {
                pageBySource.put(question.file().normalize(), question(section, question));
            }
        }
        pageBySource.put(Path.of("content", "index.md"), HOME);
    }

    public static String section(Section section) {
        return section.slug() + "/index.html";
    }

    public static String question(Section section, Question question) {
        return section.slug() + "/" + question.slug() + ".html";
    }

    public static String tag(String tag) {
        return "tags/" + tag + ".html";
    }

    /** The page built from a markdown file, by the file's path relative to the source folder. */
    public Optional<String> pageOf(Path sourceFile) {
        return Optional.ofNullable(pageBySource.get(sourceFile.normalize()));
    }

    /** The link from the page at {@code from} to the site file at {@code to}, both paths in the site. */
    public static String relative(String from, String to) {
        String[] fromParts = from.split("/");
        String[] toParts = to.split("/");
        int common = 0;
        while (common < fromParts.length - 1 && common < toParts.length - 1 && fromParts[common].equals(toParts[common])) {
            common++;
        }
        StringBuilder link = new StringBuilder("../".repeat(fromParts.length - 1 - common));
        for (int i = common; i < toParts.length; i++) {
            link.append(toParts[i]).append(i + 1 < toParts.length ? "/" : "");
        }
        return link.toString();
    }

    /** The site path a relative link on {@code page} leads to, or empty when it leaves the site. */
    public static Optional<String> resolve(String page, String link) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        String[] pageParts = page.split("/");
        for (int i = 0; i < pageParts.length - 1; i++) {
            parts.addLast(pageParts[i]);
        }
        for (String part : link.split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }

    /** The way up from a page to the site's root: {@code ""} or {@code "../"}. */
    public static String rootOf(String page) {
        int depth = (int) page.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** Absolute URL of a site path, for sitemaps and canonical links. */
    public static String absolute(String baseUrl, String path) {
        return baseUrl + (path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path);
    }
}
