package dev.qa.render;

/** The reader's view of a snippet: hidden {@code # } lines left out, {@code ##} shown as {@code #}. */
final class JavaSource {
    private JavaSource() {
    }

    static String visible(String code) {
        StringBuilder out = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            String trimmed = line.stripLeading();
            String indent = line.substring(0, line.length() - trimmed.length());
            if (trimmed.startsWith("# ") || trimmed.equals("#")) {
                continue;
            }
            out.append(trimmed.startsWith("##") ? indent + trimmed.substring(1) : line).append('\n');
        }
        String text = out.toString();
        return text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text;
    }
}
