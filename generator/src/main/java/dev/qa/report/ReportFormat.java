package dev.qa.report;

/** The form of the report on standard output: {@code --format text|json|github}. */
public enum ReportFormat {
    TEXT, JSON, GITHUB;

    /** The whole report in this form. */
    public String format(CheckReport report) {
        return switch (this) {
            case TEXT -> new TextReport().format(report);
            case JSON -> new JsonReport().format(report);
            case GITHUB -> new GithubReport().format(report);
        };
    }
}
