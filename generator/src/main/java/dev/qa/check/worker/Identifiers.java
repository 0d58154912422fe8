package dev.qa.check.worker;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every word of a source text that could be a Java name: enough to know what later code may refer to. */
public final class Identifiers {
    private static final Pattern NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*");

    private Identifiers() {
    }

    public static Set<String> of(String source) {
        Set<String> names = new HashSet<>();
        Matcher matcher = NAME.matcher(source);
        while (matcher.find()) {
            names.add(matcher.group());
        }
        return names;
    }
}
