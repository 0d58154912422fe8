package dev.qa.render.highlight;

/**
 * A run of source text; {@code kind} is null for text that is shown plain (names, operators, space).
 */
public record Token(String text, Kind kind) {
}
