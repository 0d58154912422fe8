package dev.qa.render.highlight;

import dev.qa.text.Escape;

import java.util.List;
import java.util.Optional;

/**
 * Build-time syntax highlighting: code in, escaped HTML with {@code <span class="k">} runs out, so
 * a reader's browser needs no script to see coloured code. Languages it does not know come out
 * escaped and plain.
 */
public final class Highlighter {

    /** Whether {@code language} (a fence's first word: {@code java}, {@code yml}, {@code sh}) is coloured. */
    public boolean knows(String language) {
        return Languages.lexer(language).isPresent();
    }

    /** The code as HTML to put inside {@code <code>}: every character escaped, known tokens wrapped in spans. */
    public String html(String language, String code) {
        Optional<Lexer> lexer = Languages.lexer(language);
        if (lexer.isEmpty()) {
            return Escape.html(code);
        }
        StringBuilder out = new StringBuilder(code.length() * 2);
        for (Token token : lexer.get().tokens(code)) {
            if (token.kind() == null) {
                out.append(Escape.html(token.text()));
            } else {
                out.append("<span class=\"").append(token.kind().cssClass()).append("\">")
                        .append(Escape.html(token.text())).append("</span>");
            }
        }
        return out.toString();
    }

    /** The tokens of {@code code}, for tests and for tools that colour code another way. */
    public List<Token> tokens(String language, String code) {
        return Languages.lexer(language).map(lexer -> lexer.tokens(code)).orElse(List.of(new Token(code, null)));
    }
}
