package dev.qa.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.qa.Fixtures;
import dev.qa.model.Results;
import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkCheckTest {

    @Test
    void reportsEveryBrokenLinkWithItsPositionAndAcceptsTheGoodOnes() {
        Loaded loaded = new SiteLoader().load(Fixtures.resource("load/links"));
        List<Problem> problems = new Renderer(new Templates(Fixtures.templates())).render(loaded.site(), Results.none()).problems();

        List<String> found = problems.stream().map(problem -> problem.at() + " " + problem.message()).toList();
        assertEquals(List.of(
                "content/01-s/01-a.md:9:17 the link '02-b.md#no-such-anchor' names the anchor #no-such-anchor, which s/b.html does not have",
                "content/01-s/01-a.md:11:11 the link '#known-headin' names the anchor #known-headin, which this page does not have",
                "content/01-s/01-a.md:13:18 the link '../../../logo.png' leads outside the site",
                "content/01-s/01-a.md:15:16 the link '/01-s/02-b.md' starts at the server's root, so it breaks when the site is published under a sub-path",
                "content/01-s/01-a.md:17:13 the link '../s/nothing.html' leads to s/nothing.html, which the site does not have"),
                found);
        Problem typo = problems.stream().filter(problem -> problem.message().contains("#known-headin,")).findFirst().orElseThrow();
        assertEquals("did you mean #known-heading?", typo.hint());
    }
}
