package dev.qa.index;

import java.util.ArrayList;
import java.util.List;

/**
 * Postings as text: for each page, the gap from the previous page's id, the impact and the segment.
 * Numbers are written five bits to a character from a 64-character alphabet that needs no escaping
 * in JSON; a character of 32 or more says that more digits follow. A typical posting is three
 * characters, where JSON arrays of numbers would take eight or more.
 */
public final class PostingCodec {
    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    private PostingCodec() {
    }

    /** @param postings sorted by page id */
    public static String encode(List<Posting> postings) {
        StringBuilder out = new StringBuilder(postings.size() * 3);
        int previous = 0;
        for (Posting posting : postings) {
            number(posting.doc() - previous, out);
            out.append(ALPHABET.charAt(posting.impact()));
            number(posting.segment(), out);
            previous = posting.doc();
        }
        return out.toString();
    }

    public static List<Posting> decode(String text) {
        List<Posting> postings = new ArrayList<>();
        int[] at = {0};
        int doc = 0;
        while (at[0] < text.length()) {
            doc += number(text, at);
            int impact = ALPHABET.indexOf(text.charAt(at[0]++));
            postings.add(new Posting(doc, impact, number(text, at)));
        }
        return postings;
    }

    private static void number(int value, StringBuilder out) {
        if (value < 0) {
            throw new IllegalArgumentException("postings must be sorted by page: " + value);
        }
        while (value >= 32) {
            out.append(ALPHABET.charAt(32 + (value & 31)));
            value >>>= 5;
        }
        out.append(ALPHABET.charAt(value));
    }

    private static int number(String text, int[] at) {
        int value = 0;
        int shift = 0;
        int digit;
        do {
            digit = ALPHABET.indexOf(text.charAt(at[0]++));
            value |= (digit & 31) << shift;
            shift += 5;
        } while (digit >= 32);
        return value;
    }
}
