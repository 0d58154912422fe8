package dev.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReportTest {

    @Test
    void showsEachFailureWithItsLineAndACaretThenASummary(@TempDir Path root) throws IOException {
        Path page = root.resolve(Reports.PAGE);
        Files.createDirectories(page.getParent());
        String lines = String.join("", Collections.nCopies(90, "\n")) + "String name = 42;\n";
        Files.writeString(page, lines);

        String text = new TextReport().format(Reports.sample(root));

        assertEquals("""
                content/02-db/locking.md:91:12: error: [compile] incompatible types: int cannot be converted to java.lang.String
                 91 | String name = 42;
                    |            ^
                  = hint: fix the code

                snippets: 1 passed, 1 failed, 0 ignored, 0 skipped in 1200 ms
                """, text);
    }
}
