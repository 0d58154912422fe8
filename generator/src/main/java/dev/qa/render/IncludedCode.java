package dev.qa.render;

import dev.qa.check.SnippetExtractor;
import dev.qa.check.Snippet;
import dev.qa.model.Position;
import dev.qa.model.Site;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The code of {@code file=} snippets, read exactly as the check stage reads it (region markers,
 * {@code snippets/} only), so that the page shows the code that ran instead of the empty fence.
 */
final class IncludedCode {
    private IncludedCode() {
    }

    /** The included code of every {@code file=} snippet, by the position of its fence; empty when the site has none. */
    static Map<Position, String> of(Site site) {
        boolean includes = site.bodies().anyMatch(body -> body.codeBlocks().stream()
                .anyMatch(block -> block.language().equals("java") && block.info().contains("file=")));
        if (!includes) {
            return Map.of();
        }
        return new SnippetExtractor(site.root()).extract(site).pages().stream()
                .flatMap(page -> page.snippets().stream())
                .filter(snippet -> snippet.attributes().file().isPresent())
                .collect(Collectors.toMap(Snippet::fence, Snippet::source, (first, second) -> first));
    }
}
