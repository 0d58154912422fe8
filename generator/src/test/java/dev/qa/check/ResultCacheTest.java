package dev.qa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.model.Position;
import dev.qa.model.Problem;
import dev.qa.model.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An entry of the result cache is trusted only when a build holding the key wrote it. */
class ResultCacheTest {
    private static final String PAGE_KEY = "a".repeat(64);
    private static final Position FENCE = new Position(Path.of("content/01-s/01-q.md"), 5, 1);
    private static final Map<Position, Result> FAILED = Map.of(FENCE, Verdict.failed(Result.Failure.EXCEPTION,
            Problem.at(FENCE, "uncaught exception java.lang.IllegalStateException", "fix it"), "", 12));

    @Test
    void anEntryReadsBackWithTheKeyThatWroteIt(@TempDir Path temp) {
        ResultCache cache = new ResultCache(temp.resolve("cache"), CacheKey.load(temp.resolve("key")));
        cache.put(PAGE_KEY, FAILED);

        assertEquals(Optional.of(FAILED), cache.get(PAGE_KEY));
    }

    @Test
    void aFlippedVerdictIsAMiss(@TempDir Path temp) throws Exception {
        ResultCache cache = new ResultCache(temp.resolve("cache"), CacheKey.load(temp.resolve("key")));
        cache.put(PAGE_KEY, FAILED);
        Path entry = temp.resolve("cache").resolve(PAGE_KEY);
        // The same trick a snippet without a sandbox could play: FAILED and PASSED have the same length.
        String text = new String(Files.readAllBytes(entry), StandardCharsets.ISO_8859_1);
        assertTrue(text.contains("FAILED"));
        Files.write(entry, text.replace("FAILED", "PASSED").getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(Optional.empty(), cache.get(PAGE_KEY));
    }

    @Test
    void anEntryCopiedToAnotherPageOrSignedWithAnotherKeyIsAMiss(@TempDir Path temp) throws Exception {
        ResultCache cache = new ResultCache(temp.resolve("cache"), CacheKey.load(temp.resolve("key")));
        cache.put(PAGE_KEY, FAILED);
        String other = "b".repeat(64);
        Files.copy(temp.resolve("cache").resolve(PAGE_KEY), temp.resolve("cache").resolve(other));

        assertEquals(Optional.empty(), cache.get(other));
        assertEquals(Optional.empty(), new ResultCache(temp.resolve("cache"), CacheKey.load(temp.resolve("other-key"))).get(PAGE_KEY));
    }

    @Test
    void withoutAKeyNothingIsCached(@TempDir Path temp) {
        ResultCache cache = new ResultCache(temp.resolve("cache"), Optional.empty());
        cache.put(PAGE_KEY, FAILED);

        assertFalse(Files.exists(temp.resolve("cache").resolve(PAGE_KEY)));
        assertEquals(Optional.empty(), cache.get(PAGE_KEY));
    }

    @Test
    void theKeyIsMadeOnceOwnerOnlyAndKeptWhereItWasAskedFor(@TempDir Path temp) throws Exception {
        Path file = temp.resolve("config/qa/cache-key");
        byte[] first = CacheKey.load(file).orElseThrow();

        assertEquals(32, first.length);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(java.util.Arrays.equals(first, CacheKey.load(file).orElseThrow()));
    }
}
