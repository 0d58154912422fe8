package dev.qa.load;

import dev.qa.model.Problem;
import dev.qa.model.Site;
import java.util.List;

/** What loading produced: the site, and every problem found on the way (empty when the site is sound). */
public record Loaded(Site site, List<Problem> problems) {

    public Loaded {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
