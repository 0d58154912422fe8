package dev.qa.report;

import dev.qa.text.Escape;

import dev.qa.model.Result;
import dev.qa.model.PathText;
import dev.qa.model.Problem;
import java.util.Locale;

/** The check for machines: one JSON object exactly as DESIGN.md specifies it. */
public final class JsonReport {

    public String format(CheckReport report) {
        StringBuilder out = new StringBuilder("{\n  \"snippets\": [");
        String separator = "\n";
        for (CheckReport.Entry entry : report.entries()) {
            Result result = entry.result();
            out.append(separator).append("    {\"file\": ").append(Escape.json(PathText.slashed(entry.fence().file())))
                    .append(", \"line\": ").append(entry.fence().line())
                    .append(", \"status\": ").append(Escape.json(result.status().name().toLowerCase(Locale.ROOT)))
                    .append(", \"failure\": ").append(result.failure().map(kind -> Escape.json(kind.key())).orElse("null"))
                    .append(", \"error\": ").append(result.error().map(JsonReport::error).orElse("null"))
                    .append(", \"millis\": ").append(result.millis()).append('}');
            separator = ",\n";
        }
        out.append(report.entries().isEmpty() ? "]" : "\n  ]");
        out.append(",\n  \"summary\": {\"passed\": ").append(report.count(Result.Status.PASSED))
                .append(", \"failed\": ").append(report.count(Result.Status.FAILED))
                .append(", \"ignored\": ").append(report.count(Result.Status.IGNORED))
                .append(", \"skipped\": ").append(report.count(Result.Status.SKIPPED))
                .append(", \"millis\": ").append(report.millis()).append("}\n}\n");
        return out.toString();
    }

    private static String error(Problem problem) {
        return "{\"file\": " + Escape.json(PathText.slashed(problem.at().file())) + ", \"line\": " + problem.at().line()
                + ", \"column\": " + problem.at().column() + ", \"message\": " + Escape.json(problem.message()) + "}";
    }
}
