package dev.qa.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qa.Fixtures;
import dev.qa.check.SnippetCheck;
import dev.qa.model.Result;
import dev.qa.model.Results;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.PathText;
import dev.qa.model.Position;
import dev.qa.model.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalCheckTest {
    private static final Path ALPHA = Path.of("content/01-basics/01-alpha.md");
    private static final Path BETA = Path.of("content/01-basics/02-beta.md");
    private static final Path GAMMA = Path.of("content/01-basics/03-gamma.md");

    @TempDir
    Path temp;

    private Path root;
    private final Recording recording = new Recording();
    private IncrementalCheck check;

    @BeforeEach
    void firstCheck() {
        root = Fixtures.copy("serve/site", temp.resolve("site"));
        check = new IncrementalCheck(recording);
        Results all = check.check(load());

        assertEquals(List.of(ALPHA, ALPHA, BETA, GAMMA), recording.handed());
        assertEquals(4, all.byFence().size());
        assertEquals(4, check.lastChecked());
    }

    @Test
    void anEditedPageAloneGoesToTheCheckAndTheOthersKeepTheirResults() {
        check.changed(Set.of(ALPHA));
        Results results = check.check(load());

        assertEquals(List.of(ALPHA, ALPHA), recording.handed());
        assertEquals(2, check.lastChecked());
        assertEquals(4, results.byFence().size());
    }

    @Test
    void aTemplateEditChecksNothing() {
        check.changed(Set.of(Path.of("templates/layout.peb"), Path.of("templates/assets/style.css")));
        Results results = check.check(load());

        assertEquals(List.of(), recording.handed());
        assertEquals(4, results.byFence().size());
    }

    @Test
    void anIncludedFileChecksThePagesThatIncludeIt() {
        check.changed(Set.of(Path.of("snippets/Greeter.java")));
        check.check(load());

        assertEquals(List.of(GAMMA), recording.handed());
    }

    @Test
    void theSiteConfigurationChecksEverything() {
        check.changed(Set.of(Path.of("qa.yml")));
        check.check(load());

        assertEquals(List.of(ALPHA, ALPHA, BETA, GAMMA), recording.handed());
    }

    @Test
    void aDeletedPageLosesItsResultsAndANewPageIsChecked() throws IOException {
        Files.delete(root.resolve(BETA));
        Path delta = Path.of("content/01-basics/04-delta.md");
        Files.writeString(root.resolve(delta), "---\ntitle: Delta\nid: d1\nstatus: answered\n---\nDelta.\n\n```java\nint d = 4;\n```\n");
        check.changed(Set.of(BETA, delta));
        Results results = check.check(load());

        assertEquals(List.of(delta), recording.handed());
        assertEquals(List.of(ALPHA, ALPHA, GAMMA, delta), results.byFence().keySet().stream().map(Position::file)
                .sorted(java.util.Comparator.comparing(PathText::slashed)).toList());
    }

    private Site load() {
        Loaded loaded = new SiteLoader().load(root);
        assertEquals(List.of(), loaded.problems());
        return loaded.site();
    }

    /** Passes every Java fence it is handed, and remembers which pages they were on. */
    private static final class Recording implements SnippetCheck {
        private final List<Path> handed = new ArrayList<>();

        @Override
        public Results check(Site site) {
            Map<Position, Result> results = new HashMap<>();
            site.bodies()
                    .flatMap(body -> body.snippets().stream())
                    .forEach(snippet -> {
                        handed.add(snippet.fence().file());
                        results.put(snippet.fence(), new Result(Result.Status.PASSED, Optional.empty(), "", Optional.empty(), 1));
                    });
            return new Results(results);
        }

        /** The pages of the fences handed since the last call, sorted. */
        List<Path> handed() {
            List<Path> sorted = handed.stream().sorted(java.util.Comparator.comparing(PathText::slashed)).toList();
            handed.clear();
            return sorted;
        }
    }
}
