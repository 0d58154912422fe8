package dev.qa.check;

import dev.qa.model.Result;
import dev.qa.model.SiteConfig;
import dev.qa.model.Snippet;
import dev.qa.model.SnippetAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's {@code snippet-imports}, run as a snippet of their own at the start of every page's
 * session and again after each {@code reset}, so that a page sees them wherever its code runs. They
 * are checked like code: an import that does not compile fails at its place in {@code qa.yml} (or at
 * {@code --import}), and one that does is not reported at all.
 */
final class SessionImports {
    private final Optional<Snippet> imports;

    SessionImports(SiteConfig config) {
        this.imports = config.snippetImports().isEmpty() ? Optional.empty()
                : Optional.of(new Snippet(config.snippetImports().get(0).at(), Snippet.Kind.JAVA, SnippetAttributes.none(),
                config.snippetImports(), "", config.importsText(), Optional.empty(), Optional.empty()));
    }

    /** The page's snippets as its session runs them: the imports first, and again where a snippet resets it. */
    List<Snippet> session(List<Snippet> page) {
        if (imports.isEmpty()) {
            return page;
        }
        List<Snippet> session = new ArrayList<>(page.size() + 1);
        session.add(imports.get());
        for (Snippet snippet : page) {
            if (snippet.attributes().reset()) {
                // The reset moves to the imports before the snippet, so that they run in the fresh session too.
                session.add(withReset(imports.get(), true));
                session.add(withReset(snippet, false));
            } else {
                session.add(snippet);
            }
        }
        return session;
    }

    /** Drops the imports' own result when they compiled: only a failing import is news. */
    void forget(Map<dev.qa.model.Position, Result> results) {
        imports.ifPresent(snippet -> {
            Result result = results.get(snippet.fence());
            if (result != null && result.status() == Result.Status.PASSED) {
                results.remove(snippet.fence());
            }
        });
    }

    private static Snippet withReset(Snippet snippet, boolean reset) {
        SnippetAttributes a = snippet.attributes();
        return new Snippet(snippet.fence(), snippet.kind(), new SnippetAttributes(a.ignore(), a.noRun(), a.compileFail(), a.expectsThrow(),
                a.throwsName(), reset, a.timeout(), a.requires(), a.file(), a.region()), snippet.code(), snippet.shown(), snippet.jshell(),
                snippet.expected(), snippet.invalid());
    }
}
