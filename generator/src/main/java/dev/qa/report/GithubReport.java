package dev.qa.report;

import dev.qa.model.Result;
import dev.qa.model.PathText;
import dev.qa.model.Problem;

/** The check for GitHub Actions: a workflow command per failure, so it shows on the pull request's diff. */
public final class GithubReport {

    public String format(CheckReport report) {
        StringBuilder out = new StringBuilder();
        for (CheckReport.Entry entry : report.failed()) {
            Result result = entry.result();
            Problem error = result.error().orElse(null);
            if (error == null) {
                continue;
            }
            String title = "qa snippet" + result.failure().map(kind -> " (" + kind.key() + ")").orElse("");
            out.append("::error file=").append(property(PathText.slashed(error.at().file())))
                    .append(",line=").append(error.at().line())
                    .append(",col=").append(error.at().column())
                    .append(",title=").append(property(title))
                    .append("::").append(data(error.message() + (error.hint().isEmpty() ? "" : "\n" + error.hint())))
                    .append('\n');
        }
        out.append(new TextReport().summary(report));
        return out.toString();
    }

    private static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
