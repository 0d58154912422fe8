package dev.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GithubReportTest {

    @Test
    void printsAWorkflowCommandPerFailure() {
        String text = new GithubReport().format(Reports.sample(Path.of("/site")));

        assertEquals("""
                ::error file=content/02-db/locking.md,line=91,col=12,title=qa snippet (compile)::\
                incompatible types: int cannot be converted to java.lang.String%0Afix the code
                snippets: 1 passed, 1 failed, 0 ignored, 0 skipped in 1200 ms
                """, text);
    }
}
