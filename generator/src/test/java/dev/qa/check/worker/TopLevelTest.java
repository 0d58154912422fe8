package dev.qa.check.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jdk.jshell.Snippet;
import org.junit.jupiter.api.Test;

class TopLevelTest {

    private static List<Piece> split(String source) {
        return TopLevel.split(source).orElseThrow();
    }

    private static String kinds(String source) {
        return String.join(" ", split(source).stream().map(piece -> piece.kind() + (piece.name().isEmpty() ? "" : ":" + piece.name())).toList());
    }

    @Test
    void tellsClassesMethodsVariablesAndStatementsApart() {
        assertEquals("IMPORT TYPE_DECL:Point METHOD:gcd VAR:values STATEMENT TYPE_DECL:Color TYPE_DECL:Shape",
                kinds("""
                        import java.time.*;
                        record Point(int x, int y) { int sum() { return x + y; } }
                        static <T> int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
                        Map<String, List<Integer>>[] values = new Map[2];
                        System.out.println(gcd(4, 6));
                        @Deprecated public enum Color { RED }
                        sealed interface Shape permits Shape.Circle { record Circle() implements Shape {} }
                        """));
    }

    @Test
    void aBlockStatementEndsWithItsLastBraceUnlessTheStatementGoesOn() {
        List<Piece> pieces = split("""
                if (a) { b(); } else { c(); }
                try { d(); } catch (Exception e) { } finally { }
                do { e(); } while (f());
                Runnable r = () -> { };
                int x = switch (y) { default -> 1; };
                for (int i = 0; i < 3; i++) { }
                last()""");
        assertEquals(7, pieces.size(), pieces::toString);
        assertEquals("last()", pieces.get(6).text());
        assertEquals("VAR", pieces.get(3).kind().toString());
    }

    @Test
    void bracesAndSemicolonsInStringsAndCommentsDoNotCount() {
        String tripleQuote = "\"\"\"";
        List<Piece> pieces = split("String s = \"}; {\"; // };\n"
                + "/* { */ char c = '}';\n"
                + "String block = " + tripleQuote + "\n    }; \\" + tripleQuote + " {\n    " + tripleQuote + ";\n");
        assertEquals(3, pieces.size(), pieces::toString);
        assertEquals(Snippet.Kind.VAR, pieces.get(2).kind());
    }

    @Test
    void codeThatDoesNotEndIsRefused() {
        assertTrue(TopLevel.split("void f() {").isEmpty());
        assertTrue(TopLevel.split("String s = \"open").isEmpty());
        assertTrue(TopLevel.split("/* open").isEmpty());
        assertTrue(TopLevel.split("f());").isEmpty());
    }

    @Test
    void offsetsPointAtTheCodeAsWritten() {
        List<Piece> pieces = split("// a comment\n  int x = 1;\n  x++;\n");
        assertEquals(15, pieces.get(0).offset());
        assertEquals("int x = 1;", pieces.get(0).text());
        assertEquals("x++;", pieces.get(1).text());
    }
}
