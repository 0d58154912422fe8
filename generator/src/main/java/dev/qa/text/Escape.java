package dev.qa.text;

/** Escaping for text that qa writes into HTML, XML and JSON itself, outside the template engine. */
public final class Escape {
    private Escape() {
    }

    /** Text for HTML element content and double- or single-quoted attribute values. */
    public static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text for XML content and attributes; XML 1.0 cannot hold most control characters even escaped, so they are dropped. */
    public static String xml(String text) {
        String escaped = html(text);
        StringBuilder out = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A JSON string literal, also safe inside a {@code <script>}: {@code <} is escaped so that
     * {@code </script>} never appears, and U+2028/U+2029 because older JavaScript reads them as line ends.
     */
    public static String json(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append("\\u003c");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
