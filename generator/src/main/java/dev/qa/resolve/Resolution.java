package dev.qa.resolve;

import dev.qa.model.Problem;
import dev.qa.model.Site;
import java.util.List;

/**
 * The site with each page's jars filled in, or the problems that kept some from resolving.
 *
 * @param site        the site, its {@code dependencies} resolved (those that could be)
 * @param problems    a coordinate Maven could not resolve, at the line that names it
 * @param resolutions how many sets Maven resolved (the others came from the cache)
 */
public record Resolution(Site site, List<Problem> problems, int resolutions) {

    public Resolution {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
