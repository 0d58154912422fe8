package dev.qa.report;

import dev.qa.model.Result;
import dev.qa.model.PathText;
import dev.qa.model.Problem;

/** The check for people: each failure as {@code path:line:column: error: [kind] message}, the line, a caret, a hint; then a summary. */
public final class TextReport {

    public String failures(CheckReport report) {
        ProblemFormat format = new ProblemFormat(report.root());
        StringBuilder out = new StringBuilder();
        for (CheckReport.Entry entry : report.failed()) {
            Result result = entry.result();
            result.error().ifPresent(error -> {
                String kind = result.failure().map(failure -> "[" + failure.key() + "] ").orElse("");
                out.append(format.format(new Problem(error.at(), kind + error.message(), error.hint())));
                if (!error.at().file().equals(entry.fence().file())) {
                    out.append("  = note: in the snippet at ").append(PathText.slashed(entry.fence().file()))
                            .append(':').append(entry.fence().line()).append('\n');
                }
                out.append('\n');
            });
        }
        return out.toString();
    }

    public String summary(CheckReport report) {
        return String.format("snippets: %d passed, %d failed, %d ignored, %d skipped in %d ms%n",
                report.count(Result.Status.PASSED), report.count(Result.Status.FAILED),
                report.count(Result.Status.IGNORED), report.count(Result.Status.SKIPPED), report.millis());
    }

    public String format(CheckReport report) {
        return failures(report) + summary(report);
    }
}
