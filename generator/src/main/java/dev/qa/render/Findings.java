package dev.qa.render;

import dev.qa.model.Problem;
import java.util.Collection;
import java.util.concurrent.ConcurrentLinkedQueue;

/** What rendering noticed on the way, gathered from all pages at once: problems, and links to check at the end. */
record Findings(Collection<Problem> problems, Collection<MarkdownLinks.Link> links) {

    Findings() {
        this(new ConcurrentLinkedQueue<>(), new ConcurrentLinkedQueue<>());
    }
}
