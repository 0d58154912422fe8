package dev.qa.serve;

/**
 * What the preview adds to the HTML it serves, and only there (the published site never has it):
 * a few lines of script that reload the page when the site changes, and, while the latest build
 * failed, an overlay with the same message as the terminal.
 */
final class ReloadScript {
    static final String OVERLAY_ID = "qa-build-error";

    private ReloadScript() {
    }

    static String script(long version) {
        return "<script data-qa-preview>(() => {\n"
                + "  const served = " + version + ";\n"
                + "  const events = new EventSource('" + LiveReload.PATH + "');\n"
                + "  events.addEventListener('version', e => { if (Number(e.data) !== served) { events.close(); location.reload(); } });\n"
                + "})();</script>\n";
    }

    static String overlay(String problems) {
        return "<div id=\"" + OVERLAY_ID + "\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;overflow:auto;"
                + "background:rgba(20,20,20,.94);color:#f4f4f4;padding:2rem;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace\">"
                + "<h2 style=\"color:#ff7b72;margin:0 0 1rem;font:bold 18px system-ui,sans-serif\">qa: the build failed</h2>"
                + "<pre style=\"white-space:pre-wrap;margin:0\">" + text(problems) + "</pre>"
                + "<p style=\"margin-top:1rem;font-family:system-ui,sans-serif;color:#aaa\">"
                + "The page reloads when you fix it. Until then the preview shows the last good build.</p></div>\n";
    }

    /** The page with the script (and the overlay) added before {@code </body>}, or at the end when there is none. */
    static String inject(String html, long version, java.util.Optional<String> problems) {
        String added = problems.map(ReloadScript::overlay).orElse("") + script(version);
        int body = html.lastIndexOf("</body>");
        return body < 0 ? html + added : html.substring(0, body) + added + html.substring(body);
    }

    /** What a browser gets before any build succeeded: the problems of the first build, or word that it is running. */
    static String placeholder(long version, java.util.Optional<String> problems) {
        String title = problems.isPresent() ? "qa: the build failed" : "qa: building the site";
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>\n"
                + problems.map(ReloadScript::overlay).orElse("<p>Building the site; this page reloads when it is ready.</p>\n")
                + script(version) + "</body></html>\n";
    }

    private static String text(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
