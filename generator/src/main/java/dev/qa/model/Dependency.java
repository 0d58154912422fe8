package dev.qa.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A library that snippets run with, as a Maven coordinate written in {@code qa.yml}
 * ({@code snippet-dependencies:}) or in a section's or page's front matter ({@code dependencies:}).
 *
 * @param coordinate {@code groupId:artifactId:version}, or with an extension and a classifier between
 *                   ({@code groupId:artifactId:extension[:classifier]:version}), as Maven writes them
 * @param at         where it is written: every problem with it is reported there
 */
public record Dependency(String coordinate, Position at) {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.\\-+]+");

    public Dependency {
        if (!wellFormed(coordinate)) {
            throw new IllegalArgumentException("not a Maven coordinate: " + coordinate);
        }
    }

    /** Whether {@code text} is a coordinate of 3 to 5 parts Maven's resolver can read. */
    public static boolean wellFormed(String text) {
        List<String> parts = List.of(text.split(":", -1));
        return parts.size() >= 3 && parts.size() <= 5 && parts.stream().allMatch(part -> PART.matcher(part).matches());
    }

    public String groupId() {
        return coordinate.split(":")[0];
    }

    public String artifactId() {
        return coordinate.split(":")[1];
    }

    public String version() {
        String[] parts = coordinate.split(":");
        return parts[parts.length - 1];
    }

    /** The library without its version: a page that names it again with another version replaces it. */
    public String withoutVersion() {
        return coordinate.substring(0, coordinate.lastIndexOf(':'));
    }
}
