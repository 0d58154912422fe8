package dev.qa.check.worker;

import jdk.jshell.Snippet;

/**
 * One complete snippet in JShell's sense (a statement, an expression, a declaration), cut from a task's
 * source by {@code SourceCodeAnalysis.analyzeCompletion}.
 *
 * @param offset where it starts in the task's source
 * @param kind   what JShell will make of it, known before it is compiled
 * @param name   the name it declares, or empty
 */
record Piece(int offset, String text, Snippet.Kind kind, Snippet.SubKind subKind, String name) {

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
