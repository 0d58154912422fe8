package dev.qa.serve;

import dev.qa.model.Page;

import dev.qa.pipeline.BuildRequest;
import dev.qa.pipeline.Pipeline;
import dev.qa.pipeline.LiveBuild;
import dev.qa.model.PathText;
import dev.qa.report.ProblemFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The site as the preview serves it, rebuilt in this JVM after every change: the same pipeline as
 * {@code qa build} minus the write stage, with a check that re-runs only the snippets an edit touched.
 */
final class LiveSite {
    private final BuildRequest request;
    private final LiveBuild build;
    private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.empty());
    /** The pages the current snapshot's files were encoded from, by path. */
    private java.util.Map<String, Page> lastPages = java.util.Map.of();

    LiveSite(BuildRequest request, LiveBuild build) {
        this.request = request;
        this.build = build;
    }

    Snapshot current() {
        return current.get();
    }

    /** Builds again after {@code changed} (absolute paths) changed; never throws for a problem in the site. */
    synchronized Rebuild rebuild(Set<Path> changed, boolean lostEvents) {
        long start = System.nanoTime();
        Set<Path> relative = changed.stream().map(this::relative).collect(java.util.stream.Collectors.toSet());
        Snapshot before = current.get();
        Snapshot after;
        Pipeline.Assembled assembled;
        try {
            assembled = build.rebuild(request, relative, lostEvents);
        } catch (RuntimeException e) {
            // A bug in qa must not take the preview down: say so and keep serving the last good site.
            after = before.failed("qa: internal error (a bug in qa, not in your content): " + e + "\n");
            current.set(after);
            return new Rebuild(after.version(), after.problems(), 0, 0, 0, millisSince(start), names(relative));
        }
        if (assembled.ok()) {
            after = before.succeeded(Snapshot.filesOf(assembled.pages(), assembled.index(), lastPages, before));
            lastPages = new java.util.HashMap<>();
            for (List<Page> list : List.of(assembled.pages(), assembled.index())) {
                list.forEach(page -> lastPages.put(page.path(), page));
            }
        } else {
            after = before.failed(new ProblemFormat(request.source()).format(assembled.problems()));
        }
        current.set(after);
        return new Rebuild(after.version(), after.problems(), build.snippetsChecked(), assembled.questionPagesRendered(),
                assembled.pagesIndexed(), millisSince(start), names(relative));
    }

    private Path relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (absolute.startsWith(request.templates())) {
            return Path.of("templates").resolve(request.templates().relativize(absolute));
        }
        return absolute.startsWith(request.source()) ? request.source().relativize(absolute) : absolute;
    }

    private static List<String> names(Set<Path> files) {
        return files.stream().map(PathText::slashed).sorted().toList();
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
