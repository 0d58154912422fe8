package dev.qa.check.worker;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.Snippet;

/**
 * One complete snippet in JShell's sense (a statement, an expression, a declaration), cut from a task's
 * source by {@code SourceCodeAnalysis.analyzeCompletion}.
 *
 * @param offset where it starts in the task's source
 * @param kind   what JShell will make of it, known before it is compiled
 * @param name   the name it declares, or empty
 */
record Piece(int offset, String text, Snippet.Kind kind, Snippet.SubKind subKind, String name, String written) {
    private static final Pattern TOP_LEVEL_MODIFIERS =
            Pattern.compile("^((?:@\\w+\\s+)*)((?:(?:public|private|protected|static)\\s+)+)");

    Piece(int offset, String text, Snippet.Kind kind, Snippet.SubKind subKind, String name) {
        this(offset, text, kind, subKind, name, text);
    }

    /** The piece as it was cut, before {@link #asLocal}. */
    Piece asWritten() {
        return new Piece(offset, written, kind, subKind, name, written);
    }

    /**
     * A class declaration as a local class: modifiers a local class may not have are blanked with
     * spaces, so that every offset stays where the user wrote it.
     */
    Piece asLocal() {
        if (kind != Snippet.Kind.TYPE_DECL) {
            return this;
        }
        Matcher matcher = TOP_LEVEL_MODIFIERS.matcher(text);
        if (!matcher.find()) {
            return this;
        }
        String local = text.substring(0, matcher.start(2)) + " ".repeat(matcher.group(2).length()) + text.substring(matcher.end(2));
        return new Piece(offset, local, kind, subKind, name, written);
    }

    boolean isDeclaration() {
        return kind == Snippet.Kind.TYPE_DECL || kind == Snippet.Kind.METHOD || kind == Snippet.Kind.IMPORT;
    }

    boolean isNamedVariable() {
        return kind == Snippet.Kind.VAR && subKind != Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    /** The piece as a statement inside a block: JShell lets a last statement omit its semicolon, a block does not. */
    String asStatement() {
        String trimmed = text.stripTrailing();
        return trimmed.endsWith(";") || trimmed.endsWith("}") ? text : text + ";";
    }
}
