package dev.qa.render.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP messages as answers show them: a request or status line, headers, a blank line, a body (coloured
 * as JSON, the usual case); a block may hold several messages, a request and its response.
 */
final class HttpLexer implements Lexer {
    private static final Pattern REQUEST = Pattern.compile("([A-Z]{3,10})( +)(\\S+)((?: +HTTP/[\\d.]+)?)([ \\t]*)");
    private static final Pattern STATUS = Pattern.compile("(HTTP/[\\d.]+)( +)(\\d{3})(.*)");
    private static final Pattern HEADER = Pattern.compile("([A-Za-z0-9!#$%&'*+.^_`|~-]+)(:)(.*)");

    private final Lexer body;

    HttpLexer(Lexer body) {
        this.body = body;
    }

    @Override
    public List<Token> tokens(String code) {
        List<Token> tokens = new ArrayList<>();
        boolean inHeaders = false;
        for (String line : code.split("(?<=\n)")) {
            String text = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
            Matcher request = REQUEST.matcher(text);
            Matcher status = STATUS.matcher(text);
            Matcher header = HEADER.matcher(text);
            if (request.matches()) {
                tokens.add(new Token(request.group(1), Kind.KEYWORD));
                tokens.add(new Token(request.group(2) + request.group(3), null));
                tokens.add(new Token(request.group(4), Kind.META));
                tokens.add(new Token(request.group(5), null));
                inHeaders = true;
            } else if (status.matches()) {
                tokens.add(new Token(status.group(1), Kind.META));
                tokens.add(new Token(status.group(2), null));
                tokens.add(new Token(status.group(3), Kind.NUMBER));
                tokens.add(new Token(status.group(4), null));
                inHeaders = true;
            } else if (inHeaders && header.matches()) {
                tokens.add(new Token(header.group(1), Kind.PROPERTY));
                tokens.add(new Token(header.group(2) + header.group(3), null));
            } else {
                inHeaders = inHeaders && !text.isBlank();
                tokens.addAll(body.tokens(text));
            }
            if (line.endsWith("\n")) {
                tokens.add(new Token("\n", null));
            }
        }
        tokens.removeIf(token -> token.text().isEmpty());
        return tokens;
    }
}
