package dev.qa.render;

import dev.qa.model.Page;

import dev.qa.model.Problem;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strict build: every relative link written in markdown must lead to a file of the site, and
 * its {@code #anchor} to an element of that page.
 */
final class LinkCheck {
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

    private LinkCheck() {
    }

    static List<Problem> verify(List<Page> pages, Collection<MarkdownLinks.Link> links, Set<String> otherFiles) {
        Map<String, Page> byPath = new HashMap<>();
        pages.forEach(page -> byPath.put(page.path(), page));
        Map<String, Set<String>> idsByPage = new HashMap<>();
        return links.stream()
                .map(link -> problem(link, byPath, otherFiles, idsByPage))
                .flatMap(java.util.Optional::stream)
                .sorted(Comparator.comparing((Problem problem) -> problem.at().file().toString()).thenComparingInt(problem -> problem.at().line()))
                .toList();
    }

    private static java.util.Optional<Problem> problem(MarkdownLinks.Link link, Map<String, Page> pages, Set<String> otherFiles,
                                                       Map<String, Set<String>> idsByPage) {
        Page target = pages.get(link.target());
        if (target == null) {
            if (otherFiles.contains(link.target()) && link.anchor().isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(Problem.at(link.at(), "the link '" + link.written() + "' leads to " + link.target()
                    + ", which the site does not have", "link to a page or file that exists; question files are linked by their .md name"));
        }
        if (link.anchor().isEmpty()) {
            return java.util.Optional.empty();
        }
        Set<String> ids = idsByPage.computeIfAbsent(target.path(), path -> ids(target.content()));
        if (ids.contains(link.anchor())) {
            return java.util.Optional.empty();
        }
        String closest = ids.stream().min(Comparator.comparingInt(id -> dev.qa.text.EditDistance.between(id, link.anchor()))).orElse("");
        return java.util.Optional.of(Problem.at(link.at(), "the link '" + link.written() + "' names the anchor #" + link.anchor()
                        + ", which " + (link.target().equals(link.from()) ? "this page" : link.target()) + " does not have",
                closest.isEmpty() ? "anchors are the heading ids of the target page" : "did you mean #" + closest + "?"));
    }

    private static Set<String> ids(String html) {
        Set<String> ids = new HashSet<>();
        Matcher matcher = ID.matcher(html);
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }
}
