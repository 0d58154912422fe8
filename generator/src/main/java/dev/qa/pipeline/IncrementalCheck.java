package dev.qa.pipeline;

import dev.qa.check.SnippetCheck;
import dev.qa.model.Result;
import dev.qa.model.Results;
import dev.qa.model.Home;
import dev.qa.model.Markdown;
import dev.qa.model.Position;
import dev.qa.model.Section;
import dev.qa.model.Site;
import dev.qa.load.SiteLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The check stage for a warm JVM: the first check runs every snippet; later ones hand the real check
 * only the pages that changed (or include a {@code snippets/} file that changed) and keep the
 * results of every other page. Not thread-safe: one rebuild at a time.
 */
final class IncrementalCheck implements SnippetCheck {
    private static final Path SNIPPETS = Path.of("snippets");

    private final SnippetCheck check;
    /** Results of the last check, by the markdown file that holds each fence. */
    private Map<Path, Map<Position, Result>> byPage;
    private final Set<Path> changed = new HashSet<>();
    private boolean everything = true;
    private int lastChecked;

    IncrementalCheck(SnippetCheck check) {
        this.check = check;
    }

    /**
     * Files that changed since the last check, relative to the source folder. A file outside
     * {@code content/} and {@code snippets/} (qa.yml, say) can change how every snippet runs.
     */
    void changed(Set<Path> files) {
        for (Path file : files) {
            if (file.startsWith("content") || file.startsWith(SNIPPETS)) {
                changed.add(file);
            } else if (!file.startsWith("templates") && !file.equals(Path.of(SiteLoader.SEARCH_SYNONYMS))) {
                everything = true;
            }
        }
    }

    /** Everything must be checked again (the watcher lost events). */
    void forgetAll() {
        everything = true;
    }

    /** How many snippets the last check handed to the real check (ignored and skipped ones aside). */
    int lastChecked() {
        return lastChecked;
    }

    @Override
    public Results check(Site site) {
        if (everything || byPage == null) {
            Results all = check.check(site);
            remember(all, null);
            everything = false;
            changed.clear();
            return all;
        }
        Set<Path> pages = pagesToCheck(site);
        Site subset = site.only(pages);
        Results fresh = check.check(subset);
        remember(fresh, pages(site));
        changed.clear();
        Map<Position, Result> merged = new HashMap<>();
        byPage.values().forEach(merged::putAll);
        return new Results(merged);
    }

    /** Pages whose file changed, that are new, or that include a changed file of snippets/. */
    private Set<Path> pagesToCheck(Site site) {
        Set<Path> included = new HashSet<>();
        changed.stream().filter(file -> file.startsWith(SNIPPETS)).forEach(included::add);
        Set<Path> pages = new HashSet<>();
        site.bodies().forEach(body -> {
            if (changed.contains(body.file()) || !byPage.containsKey(body.file()) && hasJava(body)
                    || !included.isEmpty() && includesAny(body, included)) {
                pages.add(body.file());
            }
        });
        return pages;
    }

    private void remember(Results results, Set<Path> stillThere) {
        if (stillThere == null) {
            byPage = new HashMap<>();
        } else {
            byPage.keySet().retainAll(stillThere);
        }
        Map<Path, Map<Position, Result>> fresh = new HashMap<>();
        results.byFence().forEach((fence, result) -> fresh.computeIfAbsent(fence.file(), file -> new HashMap<>()).put(fence, result));
        // A page that was checked and now has no snippet result at all must lose its old ones too.
        changed.forEach(byPage::remove);
        byPage.putAll(fresh);
        lastChecked = (int) results.byFence().values().stream()
                .filter(result -> result.status() == Result.Status.PASSED || result.status() == Result.Status.FAILED)
                .count();
    }

    private static Set<Path> pages(Site site) {
        Set<Path> files = new HashSet<>();
        site.bodies().forEach(body -> files.add(body.file()));
        return files;
    }

    private static boolean hasJava(Markdown body) {
        return !body.snippets().isEmpty();
    }

    /** Whether a {@code file=} attribute of one of the page's blocks names one of these files. */
    private static boolean includesAny(Markdown body, Set<Path> files) {
        return body.snippets().stream()
                .flatMap(snippet -> snippet.attributes().file().stream())
                .map(file -> Path.of(file).normalize())
                .anyMatch(files::contains);
    }

}
