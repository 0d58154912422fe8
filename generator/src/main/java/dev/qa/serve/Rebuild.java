package dev.qa.serve;

import java.util.List;
import java.util.Optional;

/**
 * How one rebuild of the preview ended.
 *
 * @param version         the snapshot version it produced
 * @param problems        what failed it, as the terminal shows them; empty when it succeeded
 * @param snippetsChecked how many snippets were handed to the snippet check (the others kept their results)
 * @param questionPagesRendered how many question pages were rendered (the others were unchanged and kept)
 * @param pagesIndexed    how many pages the search index read again
 * @param changed         the files that caused it, relative to the source folder (empty for the first build)
 */
public record Rebuild(long version, Optional<String> problems, int snippetsChecked, int questionPagesRendered, int pagesIndexed,
                      long millis, List<String> changed) {

    public Rebuild {
        changed = List.copyOf(changed);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
