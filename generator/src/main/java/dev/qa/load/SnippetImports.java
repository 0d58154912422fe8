package dev.qa.load;

import java.util.Optional;
import java.util.regex.Pattern;

/** What a site may import into every snippet session: what follows {@code import} in Java, nothing else. */
public final class SnippetImports {
    private static final Pattern IMPORTABLE = Pattern.compile(
            "(static\\s+)?[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*(\\.\\*)?");

    private SnippetImports() {
    }

    /** The declaration for {@code name} ({@code java.time.*} → {@code import java.time.*;}), if Java can import it. */
    public static Optional<String> declaration(String name) {
        String trimmed = name.strip();
        return IMPORTABLE.matcher(trimmed).matches() && trimmed.contains(".")
                ? Optional.of("import " + trimmed.replaceAll("\\s+", " ") + ";") : Optional.empty();
    }
}
