package dev.qa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigestTest {

    @Test
    void equalTextsGiveEqualDigestsWhateverKindOfCharSequenceHoldsThem() {
        String text = "Café — naïve 😀 résumé";
        assertEquals(Digest.of(text), Digest.of(new StringBuilder(text)));
        assertEquals(32, Digest.of(text).length());
    }

    @Test
    void howTheTextIsCutIntoPiecesCounts() {
        assertNotEquals(new Digest().add("ab").add("c").hex(), new Digest().add("a").add("bc").hex());
        assertNotEquals(new Digest().add("").add("a").hex(), new Digest().add("a").add("").hex());
    }

    @Test
    void everyCharacterCountsWhereverItStandsAndAtAnyLength() {
        Set<String> seen = new HashSet<>();
        for (int length = 0; length <= 9; length++) {
            String base = "x".repeat(length);
            assertEquals(true, seen.add(Digest.of(base)), "length " + length);
            for (int at = 0; at < length; at++) {
                String changed = base.substring(0, at) + 'y' + base.substring(at + 1);
                assertEquals(true, seen.add(Digest.of(changed)), "length " + length + ", changed at " + at);
            }
        }
        // A character beyond Latin-1 differs from the two Latin-1 halves of its code.
        assertNotEquals(Digest.of("\u0101"), Digest.of("\u0001\u0001"));
        assertNotEquals(Digest.of("a\u0000"), Digest.of("a"));
    }
}
