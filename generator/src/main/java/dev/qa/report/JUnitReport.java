package dev.qa.report;

import dev.qa.text.Escape;

import dev.qa.model.Result;
import dev.qa.model.PathText;
import dev.qa.model.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The check as JUnit XML: a test suite per page, a test case per snippet, so CI shows snippets as tests. */
public final class JUnitReport {

    public String format(CheckReport report) {
        Map<String, List<CheckReport.Entry>> byFile = report.entries().stream()
                .collect(Collectors.groupingBy(entry -> PathText.slashed(entry.fence().file()), LinkedHashMap::new, Collectors.toList()));
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"qa snippets\" tests=\"").append(report.entries().size())
                .append("\" failures=\"").append(report.count(Result.Status.FAILED))
                .append("\" time=\"").append(seconds(report.millis())).append("\">\n");
        for (Map.Entry<String, List<CheckReport.Entry>> file : byFile.entrySet()) {
            List<CheckReport.Entry> entries = file.getValue();
            long failures = entries.stream().filter(entry -> entry.result().status() == Result.Status.FAILED).count();
            long skipped = entries.stream().filter(entry -> entry.result().status() == Result.Status.SKIPPED
                    || entry.result().status() == Result.Status.IGNORED).count();
            long millis = entries.stream().mapToLong(entry -> entry.result().millis()).sum();
            out.append("  <testsuite name=\"").append(Escape.xml(file.getKey())).append("\" tests=\"").append(entries.size())
                    .append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"").append(skipped)
                    .append("\" time=\"").append(seconds(millis)).append("\">\n");
            for (CheckReport.Entry entry : entries) {
                Result result = entry.result();
                out.append("    <testcase classname=\"").append(Escape.xml(file.getKey())).append("\" name=\"snippet at line ")
                        .append(entry.fence().line()).append("\" file=\"").append(Escape.xml(file.getKey()))
                        .append("\" line=\"").append(entry.fence().line())
                        .append("\" time=\"").append(seconds(result.millis())).append("\"");
                switch (result.status()) {
                    case FAILED -> {
                        Problem error = result.error().orElse(null);
                        String message = error == null ? "failed" : error.message();
                        out.append(">\n      <failure type=\"").append(Escape.xml(result.failure().map(Result.Failure::key).orElse("invalid")))
                                .append("\" message=\"").append(Escape.xml(message)).append("\">")
                                .append(Escape.xml(error == null ? message : error.at() + ": " + message
                                        + (error.hint().isEmpty() ? "" : "\nhint: " + error.hint())))
                                .append("</failure>\n");
                        appendOutput(out, result);
                        out.append("    </testcase>\n");
                    }
                    case SKIPPED, IGNORED -> out.append(">\n      <skipped message=\"")
                            .append(result.status().name().toLowerCase(Locale.ROOT)).append("\"/>\n    </testcase>\n");
                    default -> {
                        if (result.stdout().isEmpty()) {
                            out.append("/>\n");
                        } else {
                            out.append(">\n");
                            appendOutput(out, result);
                            out.append("    </testcase>\n");
                        }
                    }
                }
            }
            out.append("  </testsuite>\n");
        }
        return out.append("</testsuites>\n").toString();
    }

    private static void appendOutput(StringBuilder out, Result result) {
        if (!result.stdout().isEmpty()) {
            out.append("      <system-out>").append(Escape.xml(result.stdout())).append("</system-out>\n");
        }
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
