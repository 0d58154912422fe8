import dev.qa.check.SnippetResults;
import dev.qa.index.SearchIndexer;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.render.Renderer;
import dev.qa.render.Templates;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * CPU time of the stages a preview rebuild runs over the whole site (load, render, index), in a warm
 * JVM, as process CPU time: a figure that the machine's load from other programs hardly moves.
 *
 * <p>Usage: {@code java -cp 'generator/target/qa.jar:generator/target/lib/*' bench/serve/StageCost.java [SITE] [ROUNDS]}
 */
public class StageCost {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 12;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long load = 0, render = 0, index = 0;
        int counted = 0;
        for (int round = 0; round < rounds; round++) {
            long start = os.getProcessCpuTime();
            Loaded loaded = new SiteLoader().load(root);
            long loadedAt = os.getProcessCpuTime();
            var rendered = new Renderer(new Templates(root.resolve("templates"))).render(loaded.site(), SnippetResults.none());
            long renderedAt = os.getProcessCpuTime();
            new SearchIndexer().index(loaded.site(), rendered.pages());
            long indexedAt = os.getProcessCpuTime();
            if (round >= rounds / 2) { // the first half warms the JIT up
                load += loadedAt - start;
                render += renderedAt - loadedAt;
                index += indexedAt - renderedAt;
                counted++;
            }
        }
        System.out.printf("CPU per full rebuild, mean of the last %d of %d rounds: load %d ms, render %d ms, index %d ms%n",
                counted, rounds, load / counted / 1_000_000, render / counted / 1_000_000, index / counted / 1_000_000);
    }
}
