package dev.qa.check;

import java.nio.file.Path;
import java.util.List;

/** The snippets of one markdown file, in order: they share one JShell session. */
public record PageSnippets(Path file, List<Snippet> snippets) {

    public PageSnippets {
        snippets = List.copyOf(snippets);
    }
}
