package dev.qa.render;

/**
 * The two views of a snippet's hidden lines ({@code # } lines run but are not shown; {@code ##} is a
 * literal {@code #}): the reader's, without them, and JShell's, with them.
 */
final class JavaSource {
    private JavaSource() {
    }

    static String visible(String code) {
        return view(code, false);
    }

    /** The code as it runs: hidden lines included, without their {@code # } marker. */
    static String runnable(String code) {
        return view(code, true);
    }

    private static String view(String code, boolean withHidden) {
        StringBuilder out = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            String trimmed = line.stripLeading();
            String indent = line.substring(0, line.length() - trimmed.length());
            if (trimmed.startsWith("# ") || trimmed.equals("#")) {
                if (withHidden) {
                    out.append(indent).append(trimmed.length() > 2 ? trimmed.substring(2) : "").append('\n');
                }
                continue;
            }
            out.append(trimmed.startsWith("##") ? indent + trimmed.substring(1) : line).append('\n');
        }
        String text = out.toString();
        return text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text;
    }
}
