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
        int length = text.length();
        addNumber(length);
        // Four characters to a mix, read from an array: a JVM that has just started (C1 only) checks the
        // bounds of every charAt, which made hashing the site's pages a fifth of a one-edit build.
        char[] chars = text instanceof String string ? string.toCharArray() : text.toString().toCharArray();
        int i = 0;
        for (; i + 4 <= length; i += 4) {
            mix(chars[i] | (long) chars[i + 1] << 16 | (long) chars[i + 2] << 32 | (long) chars[i + 3] << 48);
        }
        long rest = 0;
        for (int shift = 0; i < length; i++, shift += 16) {
            rest |= (long) chars[i] << shift;
        }
        mix(rest);
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
