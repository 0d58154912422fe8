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
        // "linked" is stemmed to "link", as every term is
        assertEquals(List.of("link", "hash", "map", "linkedhash", "hashmap", "linkedhashmap"), Tokenizer.terms("LinkedHashMap"));
    }

    @Test
    void acronymsEndWhereTheNextWordStarts() {
        assertEquals(List.of("HTTP", "Server"), Tokenizer.parts("HTTPServer"));
        assertEquals(List.of("parse", "JSON"), Tokenizer.parts("parseJSON"));
        assertTrue(Tokenizer.terms("getHTTPServer").containsAll(List.of("get", "http", "server", "httpserver", "gethttpserver")));
    }

    @Test
    void snakeCaseSplitsLikeCamelCase() {
        assertEquals(List.of("max", "pool", "siz", "maxpool", "poolsiz", "maxpoolsiz"), Tokenizer.terms("max_pool_size"));
    }

    @Test
    void dottedAndHyphenatedWordsGiveTheirPartsAndTheirJoinedForms() {
        assertEquals(List.of("java", "util", "concurrent", "javautil", "utilconcurrent", "javautilconcurrent"),
                Tokenizer.terms("java.util.concurrent"));
        assertEquals(List.of("load", "balancer", "loadbalancer"), Tokenizer.terms("a load-balancer"));
        assertEquals(List.of("keep", "aliv", "keepaliv"), Tokenizer.terms("keep-alive"));
        assertEquals(List.of("nod", "js", "nodej"), Tokenizer.terms("Node.js"));
        assertEquals(List.of("web", "socket", "websocket"), Tokenizer.terms("WebSocket"));
    }

    @Test
    void aDotBetweenDigitsOrBeforeASpaceJoinsNothing() {
        assertEquals(List.of("version", "1", "5"), Tokenizer.terms("version 1.5"));
        assertEquals(List.of("end", "next"), Tokenizer.terms("end. Next"));
        assertEquals(List.of("cach", "hit"), Tokenizer.terms("cache - hit"));
    }

    @Test
    void termsAreStemmedSoThatFormsOfAWordMeet() {
        assertEquals(List.of("cach", "cach", "cach", "cach"), Tokenizer.terms("cache caches cached caching"));
        assertEquals(List.of("polici", "polici"), Tokenizer.terms("policy policies"));
    }

    @Test
    void accentsAreRemovedSoThatQueriesNeedNoAccents() {
        assertEquals(List.of("caf", "naiv"), Tokenizer.terms("Café naïve"));
    }

    @Test
    void singleLettersAreDroppedButNumbersKept() {
        assertEquals(List.of("404", "7"), Tokenizer.terms("x 404 y 7"));
    }

    @Test
    void veryLongIdentifiersKeepTheirPartsPairsAndWholeOnly() {
        List<String> terms = Tokenizer.terms("SingletonProxyFactoryBeanWithExtraParts");
        assertTrue(terms.contains("singletonproxyfactorybeanwithextrapart"));
        assertTrue(terms.contains("proxyfactori"));
        assertTrue(terms.contains("bean"));
        // seven parts but "with" (a stop word), six pairs, the whole
        assertEquals(6 + 6 + 1, terms.size(), terms::toString);
    }

    @Test
    void wordsLongerThanFortyCharactersAreNoise() {
        assertEquals(List.of(), Tokenizer.terms("a".repeat(41)));
    }
}
