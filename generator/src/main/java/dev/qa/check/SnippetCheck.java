package dev.qa.check;

import dev.qa.model.Results;

import dev.qa.model.Site;

/** The check stage as the pipeline sees it: every snippet of a site in, a result for each out. */
@FunctionalInterface
public interface SnippetCheck {

    Results check(Site site);
}
