package dev.qa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // plurals
        "caches, cach", "cache, cach", "services, servic", "queues, queu", "classes, class", "indexes, index",
        "policies, polici", "policy, polici", "proxies, proxi", "keys, key",
        // -ing and -ed, with a doubled consonant undone and a final e dropped
        "caching, cach", "cached, cach", "running, run", "committed, commit", "sharding, shard", "scaling, scal",
        "retrying, retri", "retried, retri", "logging, log", "stalling, stall",
        // not plurals, too short, or no vowel left: kept
        "status, status", "redis, redis", "analysis, analysis", "access, access", "string, string", "thing, thing",
        "need, need", "use, use", "api, api",
        // digits or other letters: kept
        "k8s, k8s", "http2, http2", "ec2s, ec2s",
    })
    void formsOfAWordEndOnOneStem(String word, String stem) {
        assertEquals(stem, Stemmer.stem(word));
    }
}
