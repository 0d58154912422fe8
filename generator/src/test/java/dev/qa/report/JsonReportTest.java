package dev.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    @Test
    void followsTheSchemaOfTheDesign() {
        String json = new JsonReport().format(Reports.sample(Path.of("/site")));

        assertEquals("""
                {
                  "snippets": [
                    {"file": "content/01-arch/cap.md", "line": 42, "status": "passed", "failure": null, "error": null, "millis": 31},
                    {"file": "content/02-db/locking.md", "line": 88, "status": "failed", "failure": "compile", \
                "error": {"file": "content/02-db/locking.md", "line": 91, "column": 12, \
                "message": "incompatible types: int cannot be converted to java.lang.String"}, "millis": 54}
                  ],
                  "summary": {"passed": 1, "failed": 1, "ignored": 0, "skipped": 0, "millis": 1200}
                }
                """, json);
    }

    @Test
    void escapesWhatJsonCannotHoldAsItIs() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", dev.qa.text.Escape.json("a\"b\\c\nd\u0001"));
    }
}
