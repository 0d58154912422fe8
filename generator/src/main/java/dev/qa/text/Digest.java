package dev.qa.text;

/**
 * A 128-bit digest of text, built up piece by piece: two independent 64-bit multiplicative hashes.
 * Not cryptographic: it names outputs in qa's own caches, where a collision costs a stale page until
 * the next change, never a verdict (snippet results are keyed with SHA-256). It is fast in a JVM that
 * has just started, which is when {@code ./qa build} needs it.
 */
public final class Digest {
    private long first = 0xcbf29ce484222325L;
    private long second = 0x6a09e667f3bcc909L;

    /** Adds a piece of text, with its length, so that ("ab", "c") and ("a", "bc") differ. */
    public Digest add(CharSequence text) {
        addNumber(text.length());
        for (int i = 0; i < text.length(); i++) {
            mix(text.charAt(i));
        }
        return this;
    }

    public Digest addNumber(long value) {
        mix(value);
        mix(value >>> 32);
        return this;
    }

    private void mix(long value) {
        first = (first ^ value) * 0x100000001b3L;
        second = (second + value) * 0x9e3779b97f4a7c15L;
        second ^= second >>> 31;
    }

    /** The digest so far, as 32 hexadecimal digits. */
    public String hex() {
        long a = first ^ (first >>> 29) * 0xbf58476d1ce4e5b9L;
        return String.format("%016x%016x", a, second);
    }

    /** The digest of one text. */
    public static String of(CharSequence text) {
        return new Digest().add(text).hex();
    }
}
