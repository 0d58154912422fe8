package dev.qa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PostingCodecTest {

    @Test
    void aSmallPostingTakesThreeCharacters() {
        assertEquals("5Z0", PostingCodec.encode(List.of(new Posting(5, 35, 0))));
    }

    @Test
    void largeGapsAndSegmentsRoundTrip() {
        List<Posting> postings = List.of(new Posting(0, 1, 0), new Posting(31, 63, 31), new Posting(32, 2, 32),
                new Posting(70_000, 40, 1_000));

        assertEquals(postings, PostingCodec.decode(PostingCodec.encode(postings)));
    }

    @Test
    void theAlphabetNeedsNoEscapingInJson() {
        assertEquals(64, PostingCodec.ALPHABET.chars().distinct().count());
        assertEquals("\"" + PostingCodec.ALPHABET + "\"", dev.qa.text.Escape.json(PostingCodec.ALPHABET));
    }

    @Test
    void unsortedPostingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PostingCodec.encode(List.of(new Posting(3, 1, 0), new Posting(2, 1, 0))));
    }
}
