package dev.qa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void wordsAreLowerCasedAndStopWordsDropped() {
        assertEquals(List.of("what", "cap", "theorem"), Tokenizer.terms("What is the CAP theorem?"));
    }

    @Test
    void anIdentifierGivesItsPartsAndEveryRunOfParts() {
        assertEquals(List.of("linked", "hash", "map", "linkedhash", "hashmap", "linkedhashmap"), Tokenizer.terms("LinkedHashMap"));
    }

    @Test
    void acronymsEndWhereTheNextWordStarts() {
        assertEquals(List.of("HTTP", "Server"), Tokenizer.parts("HTTPServer"));
        assertEquals(List.of("parse", "JSON"), Tokenizer.parts("parseJSON"));
        assertTrue(Tokenizer.terms("getHTTPServer").containsAll(List.of("get", "http", "server", "httpserver", "gethttpserver")));
    }

    @Test
    void snakeCaseSplitsLikeCamelCase() {
        assertEquals(List.of("max", "pool", "size", "maxpool", "poolsize", "maxpoolsize"), Tokenizer.terms("max_pool_size"));
    }

    @Test
    void dottedNamesAreSeparateWords() {
        assertEquals(List.of("java", "util", "concurrent"), Tokenizer.terms("java.util.concurrent"));
    }

    @Test
    void accentsAreRemovedSoThatQueriesNeedNoAccents() {
        assertEquals(List.of("cafe", "naive"), Tokenizer.terms("Café naïve"));
    }

    @Test
    void singleLettersAreDroppedButNumbersKept() {
        assertEquals(List.of("404", "7"), Tokenizer.terms("x 404 y 7"));
    }

    @Test
    void veryLongIdentifiersKeepTheirPartsPairsAndWholeOnly() {
        List<String> terms = Tokenizer.terms("SingletonProxyFactoryBeanWithExtraParts");
        assertTrue(terms.contains("singletonproxyfactorybeanwithextraparts"));
        assertTrue(terms.contains("proxyfactory"));
        assertTrue(terms.contains("bean"));
        // seven parts but "with" (a stop word), six pairs, the whole
        assertEquals(6 + 6 + 1, terms.size(), terms::toString);
    }

    @Test
    void wordsLongerThanFortyCharactersAreNoise() {
        assertEquals(List.of(), Tokenizer.terms("a".repeat(41)));
    }
}
