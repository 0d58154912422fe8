package dev.qa.index;

/**
 * A page that holds a term.
 *
 * @param doc     the page's {@link SearchDocument#id()}
 * @param impact  how well the term describes the page, 1..63 ({@link Weights#impact})
 * @param segment the segment where the term weighs most, so that a result can link to that heading
 */
public record Posting(int doc, int impact, int segment) {
}
