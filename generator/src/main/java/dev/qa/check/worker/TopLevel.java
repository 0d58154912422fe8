package dev.qa.check.worker;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jdk.jshell.Snippet;

/**
 * Cuts a snippet into its top-level pieces and tells each one's kind from its first words: an import,
 * a class (interface, enum, record), a method, a variable, or statements. A small lexer does it in
 * microseconds where JShell's own completeness analysis costs milliseconds per piece. Only pages
 * compiled as one unit use it, and there a wrong guess cannot change a verdict: a class or method taken
 * for statements, or statements for a member, does not compile, and the page then runs through JShell.
 */
final class TopLevel {
    private static final Set<String> MODIFIERS = Set.of("public", "protected", "private", "static", "final", "abstract",
            "sealed", "strictfp", "default", "transient", "volatile", "native", "synchronized");
    private static final Set<String> TYPES = Set.of("class", "interface", "enum");
    /** After a closing brace, these continue the same piece ({@code } else {}, {@code }.run();}, {@code };}). */
    private static final Set<String> CONTINUING = Set.of("else", "catch", "finally", ";", ".", ",", ")", "]", "?", ":",
            "+", "-", "*", "/", "%", "&", "|", "^", "=", ">", "!");

    private TopLevel() {
    }

    private record Token(String text, int start, int end) {
        boolean is(String word) {
            return text.equals(word);
        }

        boolean isName() {
            return Character.isJavaIdentifierStart(text.charAt(0));
        }
    }

    /** The pieces of the source in order, or empty when it does not end where a piece may end (JShell rejects it). */
    static Optional<List<Piece>> split(String source) {
        Optional<List<Token>> lexed = lex(source);
        if (lexed.isEmpty()) {
            return Optional.empty();
        }
        List<Token> tokens = lexed.get();
        List<Piece> pieces = new ArrayList<>();
        int depth = 0;
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.get(i).text();
            boolean end = false;
            switch (text) {
                case "(", "[", "{" -> depth++;
                case ")", "]" -> depth--;
                case "}" -> {
                    depth--;
                    if (depth == 0) {
                        boolean doLoop = tokens.get(first).is("do");
                        end = i + 1 == tokens.size() || !(CONTINUING.contains(tokens.get(i + 1).text())
                                || doLoop && tokens.get(i + 1).is("while"));
                    }
                }
                case ";" -> end = depth == 0;
                default -> {
                }
            }
            if (depth < 0) {
                return Optional.empty();
            }
            if (end || i + 1 == tokens.size()) {
                if (!end && depth != 0) {
                    return Optional.empty();
                }
                pieces.add(piece(source, tokens.subList(first, i + 1)));
                first = i + 1;
            }
        }
        return Optional.of(pieces);
    }

    private static Piece piece(String source, List<Token> tokens) {
        int offset = tokens.get(0).start();
        String text = source.substring(offset, tokens.get(tokens.size() - 1).end());
        if (tokens.get(0).is("import")) {
            return new Piece(offset, text, Snippet.Kind.IMPORT, Snippet.SubKind.SINGLE_TYPE_IMPORT_SUBKIND, "");
        }
        int i = 0;
        // Annotations and modifiers.
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.is("@") && i + 1 < tokens.size() && tokens.get(i + 1).is("interface")) {
                return type(offset, text, tokens, i + 2);
            }
            if (token.is("@")) {
                i = skipAnnotation(tokens, i + 1);
            } else if (MODIFIERS.contains(token.text()) && !(i + 1 < tokens.size() && tokens.get(i + 1).is("("))) {
                i++;
            } else if (token.is("non") && i + 2 < tokens.size() && tokens.get(i + 1).is("-") && tokens.get(i + 2).is("sealed")) {
                i += 3;
            } else {
                break;
            }
        }
        if (i >= tokens.size()) {
            return statements(offset, text);
        }
        Token head = tokens.get(i);
        if (TYPES.contains(head.text())
                || head.is("record") && i + 2 < tokens.size() && tokens.get(i + 1).isName() && (tokens.get(i + 2).is("(") || tokens.get(i + 2).is("<"))) {
            return type(offset, text, tokens, i + 1);
        }
        // A method or a variable: [<type parameters>] Type name ( ... | = | ; | , | [
        if (head.is("<")) {
            i = skipAngles(tokens, i);
        }
        int afterType = skipType(tokens, i);
        if (afterType < 0 || afterType >= tokens.size() || !tokens.get(afterType).isName() || isKeyword(tokens.get(afterType).text())) {
            return statements(offset, text);
        }
        String name = tokens.get(afterType).text();
        String next = afterType + 1 < tokens.size() ? tokens.get(afterType + 1).text() : ";";
        if (next.equals("(")) {
            return new Piece(offset, text, Snippet.Kind.METHOD, Snippet.SubKind.METHOD_SUBKIND, name);
        }
        if (Set.of("=", ";", ",", "[").contains(next)) {
            return new Piece(offset, text, Snippet.Kind.VAR, Snippet.SubKind.VAR_DECLARATION_WITH_INITIALIZER_SUBKIND, name);
        }
        return statements(offset, text);
    }

    private static Piece type(int offset, String text, List<Token> tokens, int nameAt) {
        String name = nameAt < tokens.size() && tokens.get(nameAt).isName() ? tokens.get(nameAt).text() : "";
        return new Piece(offset, text, Snippet.Kind.TYPE_DECL, Snippet.SubKind.CLASS_SUBKIND, name);
    }

    private static Piece statements(int offset, String text) {
        return new Piece(offset, text, Snippet.Kind.STATEMENT, Snippet.SubKind.STATEMENT_SUBKIND, "");
    }

    private static final Set<String> KEYWORDS = Set.of("if", "else", "for", "while", "do", "switch", "case", "try", "catch",
            "finally", "return", "throw", "break", "continue", "yield", "assert", "new", "this", "super", "instanceof",
            "true", "false", "null", "class", "interface", "enum", "import", "package", "var");

    private static boolean isKeyword(String word) {
        return KEYWORDS.contains(word) && !word.equals("var");
    }

    /** After a type ({@code int}, {@code Map.Entry<K, V>[]}, {@code var}), or -1 when there is none. */
    private static int skipType(List<Token> tokens, int i) {
        if (i >= tokens.size() || !tokens.get(i).isName() || isKeyword(tokens.get(i).text())) {
            return -1;
        }
        i++;
        while (i < tokens.size()) {
            String text = tokens.get(i).text();
            if (text.equals(".") && i + 1 < tokens.size() && tokens.get(i + 1).isName()) {
                i += 2;
            } else if (text.equals("<")) {
                i = skipAngles(tokens, i);
            } else if (text.equals("[") && i + 1 < tokens.size() && tokens.get(i + 1).is("]")) {
                i += 2;
            } else if (text.equals("...")) {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    private static int skipAngles(List<Token> tokens, int i) {
        int depth = 0;
        for (; i < tokens.size(); i++) {
            String text = tokens.get(i).text();
            if (text.equals("<")) {
                depth++;
            } else if (text.equals(">")) {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            } else if (!(tokens.get(i).isName() || text.equals(",") || text.equals(".") || text.equals("?")
                    || text.equals("[") || text.equals("]") || text.equals("&") || text.equals("@"))) {
                return tokens.size();
            }
        }
        return i;
    }

    private static int skipAnnotation(List<Token> tokens, int i) {
        if (i < tokens.size() && tokens.get(i).isName()) {
            i++;
        }
        while (i + 1 < tokens.size() && tokens.get(i).is(".") && tokens.get(i + 1).isName()) {
            i += 2;
        }
        if (i < tokens.size() && tokens.get(i).is("(")) {
            int depth = 0;
            for (; i < tokens.size(); i++) {
                if (tokens.get(i).is("(")) {
                    depth++;
                } else if (tokens.get(i).is(")") && --depth == 0) {
                    return i + 1;
                }
            }
        }
        return i;
    }

    /** Java's tokens, comments and white space left out; empty when a comment, string or character does not end. */
    private static Optional<List<Token>> lex(String source) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (source.startsWith("//", i)) {
                int line = source.indexOf('\n', i);
                i = line < 0 ? n : line + 1;
                continue;
            }
            if (source.startsWith("/*", i)) {
                int close = source.indexOf("*/", i + 2);
                if (close < 0) {
                    return Optional.empty();
                }
                i = close + 2;
                continue;
            }
            if (source.startsWith("\"\"\"", i)) {
                i = endOfQuoted(source, i + 3, "\"\"\"", true);
            } else if (c == '"') {
                i = endOfQuoted(source, i + 1, "\"", false);
            } else if (c == '\'') {
                i = endOfQuoted(source, i + 1, "'", false);
            } else if (Character.isJavaIdentifierStart(c)) {
                while (i < n && Character.isJavaIdentifierPart(source.charAt(i))) {
                    i++;
                }
            } else if (Character.isDigit(c)) {
                while (i < n && (Character.isLetterOrDigit(source.charAt(i)) || source.charAt(i) == '_' || source.charAt(i) == '.')) {
                    i++;
                }
            } else if (source.startsWith("...", i)) {
                i += 3;
            } else {
                i++;
            }
            if (i < 0) {
                return Optional.empty();
            }
            tokens.add(new Token(source.substring(start, i), start, i));
        }
        return Optional.of(tokens);
    }

    /** Just after the closing quote, or -1 when the literal does not end (or a one-line literal meets a line end). */
    private static int endOfQuoted(String source, int i, String quote, boolean multiline) {
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (source.startsWith(quote, i)) {
                return i + quote.length();
            } else if (c == '\n' && !multiline) {
                return -1;
            } else {
                i++;
            }
        }
        return -1;
    }
}
