package dev.qa.model;

import java.util.List;

/**
 * Words that a reader may search for one another ({@code k8s} and {@code kubernetes}), from
 * {@code search-synonyms.yml} at the top of the source folder. Only the search index reads them.
 *
 * @param groups each group's entries mean the same; an entry is a word or a few words
 *               ({@code two phase commit})
 */
public record SearchSynonyms(List<List<String>> groups) {
    public static final SearchSynonyms NONE = new SearchSynonyms(List.of());

    public SearchSynonyms {
        groups = groups.stream().map(List::copyOf).toList();
    }
}
