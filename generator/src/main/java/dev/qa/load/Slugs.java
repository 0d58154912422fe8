package dev.qa.load;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns folder and file names into URL segments: {@code 01-architecture} is {@code architecture}. */
final class Slugs {
    private static final Pattern ORDER_PREFIX = Pattern.compile("^\\d+-");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*");

    private Slugs() {
    }

    static String of(String name) {
        String base = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        return ORDER_PREFIX.matcher(base).replaceFirst("");
    }

    static boolean valid(String slug) {
        return SLUG.matcher(slug).matches();
    }

    /**
     * A tag as its page's name: lowercase, white space as {@code -}. Empty when the tag has characters a
     * page name cannot (a slash, a colon, a dot, {@code %}, {@code ?}, {@code #} ...): such a tag could
     * leave the tags folder or become a link with a scheme.
     */
    static Optional<String> tag(String tag) {
        String slug = tag.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
        return TAG.matcher(slug).matches() ? Optional.of(slug) : Optional.empty();
    }
}
