package dev.qa.load;

import java.util.regex.Pattern;

/** Turns folder and file names into URL segments: {@code 01-architecture} is {@code architecture}. */
final class Slugs {
    private static final Pattern ORDER_PREFIX = Pattern.compile("^\\d+-");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    static String of(String name) {
        String base = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        return ORDER_PREFIX.matcher(base).replaceFirst("");
    }

    static boolean valid(String slug) {
        return SLUG.matcher(slug).matches();
    }
}
