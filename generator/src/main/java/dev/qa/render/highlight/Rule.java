package dev.qa.render.highlight;

import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * One way a token can start: a pattern tried at the current position, and what the matched text is.
 *
 * @param pattern anchored where the lexer stands ({@code lookingAt}); must match at least one character
 * @param kind    the kind of the matched text; returns null for plain text
 */
record Rule(Pattern pattern, Function<String, Kind> kind) {

    static Rule of(String regex, Kind kind) {
        return new Rule(Pattern.compile(regex), text -> kind);
    }

    static Rule of(String regex, Function<String, Kind> kind) {
        return new Rule(Pattern.compile(regex), kind);
    }
}
