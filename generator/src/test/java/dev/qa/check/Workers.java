package dev.qa.check;

import dev.qa.model.Result;
import dev.qa.model.Results;

import dev.qa.Fixtures;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.Position;
import dev.qa.model.Site;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One pool of warm worker JVMs for the whole test run: starting JShell is most of a small check.
 * The workers end with the test JVM (their standard input closes).
 */
final class Workers {
    static final WorkerPool POOL = new WorkerPool(2);

    private Workers() {
    }

    static Site site(Path root) {
        Loaded loaded = new SiteLoader().load(root);
        if (!loaded.ok()) {
            throw new IllegalStateException(loaded.problems().toString());
        }
        return loaded.site();
    }

    /** The results of a fixture's snippets in file and line order. */
    static List<Map.Entry<Position, Result>> check(String fixture) {
        Path root = Fixtures.resource("check/" + fixture);
        return check(root, CheckOptions.defaults(root).withoutCache());
    }

    static List<Map.Entry<Position, Result>> check(Path root, CheckOptions options) {
        return sorted(new SnippetChecker(POOL, options).check(site(root)));
    }

    static List<Map.Entry<Position, Result>> sorted(Results results) {
        return results.byFence().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<Position, Result> entry) -> entry.getKey().file().toString())
                        .thenComparingInt(entry -> entry.getKey().line()))
                .toList();
    }
}
