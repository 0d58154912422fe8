package dev.qa.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.pipeline.BuildRequest;
import dev.qa.pipeline.BuildResult;
import dev.qa.pipeline.Pipeline;
import dev.qa.model.Results;
import dev.qa.model.Page;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexerTest {

    @Test
    void theBuildWritesAManifestShardsAndOneFileForEachQuestion(@TempDir Path out) throws IOException {
        Path site = out.resolve("site");
        BuildResult result = new Pipeline(loaded -> Results.none())
                .build(new BuildRequest(Fixtures.resource("index/site"), site, Fixtures.templates(), Optional.empty()));
        assertTrue(result.ok(), () -> result.problems().toString());

        String manifest = Files.readString(site.resolve("search-index/index.js"));
        assertTrue(manifest.startsWith("qaSearch.manifest({\"v\":2,\"n\":7,"), manifest);
        assertTrue(Files.readString(site.resolve("search-index/dict/0.js")).contains(" linkedhashmap 1"));
        assertTrue(Files.readString(site.resolve("search-index/post/0.js")).startsWith("qaSearch.post(0,{"));
        String kubernetes = Files.readString(site.resolve("search-index/doc/3.js"));
        assertTrue(kubernetes.contains("\"u\":\"systems/kubernetes.html\""), kubernetes);
        assertTrue(kubernetes.contains("[\"Rolling updates\",\"rolling-updates\","), kubernetes);
        assertTrue(manifest.contains("\"syn\":[[\"k8s\",\"kubernetes\"],[\"lb\",\"load balancer\"]]"), manifest);
        String balancer = Files.readString(site.resolve("search-index/doc/6.js"));
        assertTrue(balancer.contains(",\"var ring = new ConsistentHashRing(List.of(\\\"app-1\\\""), balancer);
    }

    @Test
    void indexFilesAreScriptsThatNeverCloseAScriptTag() {
        SearchDocument page = new SearchDocument(0, "Why </script> matters", "a.html", "S", List.of(),
                List.of(new Segment("", "", "Text with </script> in it.", "")));

        for (Page file : SearchIndexer.files(List.of(page))) {
            assertTrue(file.path().startsWith("search-index/") && file.path().endsWith(".js"), file.path());
            assertTrue(!file.content().contains("</"), file.path());
        }
    }

    @Test
    void longSegmentsAreClippedAtAWord() {
        String clipped = IndexFiles.clip("word ".repeat(1_000));
        assertTrue(clipped.length() <= IndexFiles.MAX_SEGMENT_TEXT + 1);
        assertTrue(clipped.endsWith("word…"), clipped.substring(clipped.length() - 10));
    }

    @Test
    void indexingTwoHundredFiftyPagesTakesWellUnderASecond() {
        List<SearchDocument> pages = generated(250);
        // CPU time of this thread, not wall time: the tests share two cores with whatever else runs.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        List<Page> files = SearchIndexer.files(pages);
        long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;

        assertTrue(millis < 700, "took " + millis + " ms of CPU, from a cold start");
        assertEquals(250, files.stream().filter(file -> file.path().startsWith("search-index/doc/")).count());
    }

    /** Pages like bench/gen-corpus.py's: about 400 words each, three headings. */
    static List<SearchDocument> generated(int count) {
        String[] words = ("latency throughput cache shard replica quorum leader follower partition consistency availability index "
                + "query transaction isolation snapshot lock queue broker consumer producer retry backoff jitter timeout circuit "
                + "breaker bulkhead gateway proxy balancer token bucket window counter metric trace span log alert budget").split(" ");
        Random random = new Random(42);
        List<SearchDocument> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Segment> segments = new ArrayList<>();
            for (int s = 0; s < 4; s++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 100; w++) {
                    text.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
                }
                segments.add(new Segment(s == 0 ? "" : "Heading " + s + " of page " + i, s == 0 ? "" : "heading-" + s,
                        text.toString().strip(), s == 2 ? "var cache = new ConcurrentHashMap<String, Integer>();" : ""));
            }
            pages.add(new SearchDocument(i, "Question " + i + ": how does " + words[i % words.length] + " relate?", "s/q" + i + ".html",
                    "Section", List.of("bench"), segments));
        }
        return pages;
    }
}
