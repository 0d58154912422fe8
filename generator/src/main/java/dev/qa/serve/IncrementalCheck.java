package dev.qa.serve;

import dev.qa.check.SnippetCheck;
import dev.qa.check.SnippetResult;
import dev.qa.check.SnippetResults;
import dev.qa.model.Home;
import dev.qa.model.Markdown;
import dev.qa.model.Position;
import dev.qa.model.Section;
import dev.qa.model.Site;
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
    private Map<Path, Map<Position, SnippetResult>> byPage;
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
            } else if (!file.startsWith("templates")) {
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
    public SnippetResults check(Site site) {
        if (everything || byPage == null) {
            SnippetResults all = check.check(site);
            remember(all, null);
            everything = false;
            changed.clear();
            return all;
        }
        Set<Path> pages = pagesToCheck(site);
        Site subset = only(site, pages);
        SnippetResults fresh = check.check(subset);
        remember(fresh, pages(site));
        changed.clear();
        Map<Position, SnippetResult> merged = new HashMap<>();
        byPage.values().forEach(merged::putAll);
        return new SnippetResults(merged);
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

    private void remember(SnippetResults results, Set<Path> stillThere) {
        if (stillThere == null) {
            byPage = new HashMap<>();
        } else {
            byPage.keySet().retainAll(stillThere);
        }
        Map<Path, Map<Position, SnippetResult>> fresh = new HashMap<>();
        results.byFence().forEach((fence, result) -> fresh.computeIfAbsent(fence.file(), file -> new HashMap<>()).put(fence, result));
        // A page that was checked and now has no snippet result at all must lose its old ones too.
        changed.forEach(byPage::remove);
        byPage.putAll(fresh);
        lastChecked = (int) results.byFence().values().stream()
                .filter(result -> result.status() == SnippetResult.Status.PASSED || result.status() == SnippetResult.Status.FAILED)
                .count();
    }

    private static Set<Path> pages(Site site) {
        Set<Path> files = new HashSet<>();
        site.bodies().forEach(body -> files.add(body.file()));
        return files;
    }

    private static boolean hasJava(Markdown body) {
        return body.codeBlocks().stream().anyMatch(block -> block.language().equals("java") || block.language().equals("jshell"));
    }

    /** Whether a {@code file=} attribute of one of the page's blocks names one of these files. */
    private static boolean includesAny(Markdown body, Set<Path> files) {
        return body.codeBlocks().stream()
                .flatMap(block -> Stream.of(block.info().strip().split("\\s+")))
                .filter(word -> word.startsWith("file="))
                .map(word -> Path.of(word.substring("file=".length()).replace("\"", "")).normalize())
                .anyMatch(files::contains);
    }

    /** The site with the code blocks of every other page left out, so that the real check sees only these pages. */
    private static Site only(Site site, Set<Path> pages) {
        Home home = site.home();
        Home keptHome = new Home(home.title(), home.description(), keep(home.body(), pages));
        List<Section> sections = site.sections().stream()
                .map(section -> new Section(section.folder(), section.slug(), section.title(), section.order(), section.icon(),
                        section.summary(), keep(section.intro(), pages),
                        section.questions().stream().filter(question -> pages.contains(question.file())).toList()))
                .toList();
        return new Site(site.root(), site.config(), keptHome, sections);
    }

    private static Markdown keep(Markdown body, Set<Path> pages) {
        if (body == null || pages.contains(body.file())) {
            return body;
        }
        return new Markdown(body.file(), body.firstLine(), body.source(), body.document(), List.of());
    }
}
