package dev.qa.render.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A lexer made of rules tried in order at each position; the first that matches wins. A character
 * no rule matches is plain text, so any input, however broken, comes out whole.
 */
final class RuleLexer implements Lexer {
    private final List<Rule> rules;

    RuleLexer(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public List<Token> tokens(String code) {
        List<Token> tokens = new ArrayList<>();
        List<Matcher> matchers = rules.stream().map(rule -> rule.pattern().matcher(code)).toList();
        StringBuilder plain = new StringBuilder();
        int at = 0;
        while (at < code.length()) {
            int matched = -1;
            for (int i = 0; i < matchers.size(); i++) {
                Matcher matcher = matchers.get(i).region(at, code.length());
                // Transparent bounds let look-behind rules (a comment starts after white space) see before `at`.
                matcher.useTransparentBounds(true).useAnchoringBounds(false);
                if (matcher.lookingAt() && matcher.end() > at) {
                    String text = matcher.group();
                    Kind kind = rules.get(i).kind().apply(text);
                    if (kind == null) {
                        plain.append(text);
                    } else {
                        flush(plain, tokens);
                        tokens.add(new Token(text, kind));
                    }
                    matched = matcher.end();
                    break;
                }
            }
            if (matched < 0) {
                plain.append(code.charAt(at));
                matched = at + 1;
            }
            at = matched;
        }
        flush(plain, tokens);
        return tokens;
    }

    private static void flush(StringBuilder plain, List<Token> tokens) {
        if (plain.length() > 0) {
            tokens.add(new Token(plain.toString(), null));
            plain.setLength(0);
        }
    }
}
