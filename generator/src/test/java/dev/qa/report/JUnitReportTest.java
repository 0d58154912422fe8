package dev.qa.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class JUnitReportTest {

    @Test
    void writesATestCasePerSnippetAndASuitePerPage() {
        Document xml = Jsoup.parse(new JUnitReport().format(Reports.sample(Path.of("/site"))), "", Parser.xmlParser());

        assertEquals("2", xml.selectFirst("testsuites").attr("tests"));
        assertEquals(2, xml.select("testsuite").size());
        Element failed = xml.selectFirst("testsuite[name=content/02-db/locking.md] testcase");
        assertEquals("snippet at line 88", failed.attr("name"));
        assertEquals("compile", failed.selectFirst("failure").attr("type"));
        assertEquals("incompatible types: int cannot be converted to java.lang.String", failed.selectFirst("failure").attr("message"));
        Element passed = xml.selectFirst("testsuite[name=content/01-arch/cap.md] testcase");
        assertEquals("0.031", passed.attr("time"));
        assertEquals("ok\n", passed.selectFirst("system-out").wholeText());
    }
}
