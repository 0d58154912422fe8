package dev.qa.index;

/**
 * A part of a page under one heading: the part before the first sub-heading has an empty heading
 * and anchor.
 *
 * @param heading the heading's text, or {@code ""} for the top of the page
 * @param anchor  the heading's id in the rendered page, or {@code ""}
 * @param text    the prose (inline code included), for matching and excerpts
 * @param code    the text of code blocks, indexed for its identifiers but not shown in excerpts
 */
public record Segment(String heading, String anchor, String text, String code) {
}
