package dev.qa.render.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML, line by line: a key is only a key at the start of a line (after indentation and list dashes),
 * which a single regular expression cannot say without unbounded look-behind.
 */
final class YamlLexer implements Lexer {
    private static final Pattern KEY_LINE = Pattern.compile(
            "([ \\t]*(?:-[ \\t]+)*)(\"[^\"\n]*\"|'[^'\n]*'|[^\\s#'\"\\-{}\\[\\],&*!|>%@`][^#\n]*?|-[^\\s#][^#\n]*?)(:)(?=[ \\t]|$)");
    private static final Pattern MARKER = Pattern.compile("(?:---|\\.\\.\\.)(?=\\s|$)");
    private static final Lexer VALUES = new RuleLexer(List.of(
            Rule.of("(?<!\\S)#[^\n]*", Kind.COMMENT),
            Rule.of("\"(?:\\\\.|[^\"\\\\\n])*\"?", Kind.STRING),
            Rule.of("'(?:''|[^'\n])*'?", Kind.STRING),
            Rule.of("[&*][\\w-]+", Kind.VARIABLE),
            Rule.of("![\\w!/-]*", Kind.ANNOTATION),
            Rule.of("(?<![\\w.:/-])[-+]?(?:\\d[\\d_]*(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|0x[0-9a-fA-F]+|\\.inf|\\.nan)(?![\\w.:/-])", Kind.NUMBER),
            Rule.of("(?<![\\w./-])(?:true|false|yes|no|on|off|null|True|False|Yes|No|Null|TRUE|FALSE|NULL|~)(?![\\w./-])", Kind.LITERAL),
            Rule.of("[\\w./-]+", text -> null)));

    @Override
    public List<Token> tokens(String code) {
        List<Token> tokens = new ArrayList<>();
        for (String line : code.split("(?<=\n)")) {
            String body = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
            Matcher marker = MARKER.matcher(body);
            Matcher key = KEY_LINE.matcher(body);
            if (marker.lookingAt()) {
                tokens.add(new Token(marker.group(), Kind.META));
                tokens.addAll(VALUES.tokens(body.substring(marker.end())));
            } else if (key.lookingAt()) {
                tokens.add(new Token(key.group(1), null));
                tokens.add(new Token(key.group(2), Kind.PROPERTY));
                tokens.add(new Token(key.group(3), null));
                tokens.addAll(VALUES.tokens(body.substring(key.end())));
            } else {
                tokens.addAll(VALUES.tokens(body));
            }
            if (line.endsWith("\n")) {
                tokens.add(new Token("\n", null));
            }
        }
        tokens.removeIf(token -> token.text().isEmpty());
        return tokens;
    }
}
