package dev.qa.check.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageUnitTest {

    private static Optional<PageUnit> unit(Task.Mode mode, String... snippets) {
        List<PageUnit.Part> parts = new ArrayList<>();
        for (int i = 0; i < snippets.length; i++) {
            Task task = new Task(i, snippets[i], mode, false, Set.of(), 1000);
            parts.add(new PageUnit.Part(task, TopLevel.split(snippets[i]).orElseThrow()));
        }
        return PageUnit.of("$QaUnitTest", "0123abcd", parts);
    }

    @Test
    void membersAreStaticAndStatementsRunInOrderBetweenMarks() {
        PageUnit unit = unit(Task.Mode.RUN, "int x = 1;\npublic class Main { public static void main(String[] a) { } }",
                "int twice(int n) { return 2 * n; }\nSystem.out.println(twice(x));").orElseThrow();
        String source = unit.source();
        assertEquals("REPL.$QaUnitTest", unit.className());
        assertTrue(source.contains("static class Main"), source);
        assertTrue(source.contains("static int twice(int n)"), source);
        assertTrue(source.indexOf("qa$gate$0123abcd.accept(0);") < source.indexOf("int x = 1;"), source);
        assertTrue(source.indexOf("int x = 1;") < source.indexOf("qa$gate$0123abcd.accept(1);"), source);
        assertTrue(source.contains("qa$gate$0123abcd.accept(2);"), source);
        assertEquals(List.of("", ""), unit.mainCalls());
    }

    @Test
    void aProgramCopiedWholeHasItsMainCalled() {
        PageUnit unit = unit(Task.Mode.RUN, "public class Main { public static void main(String[] args) { } }").orElseThrow();
        assertEquals(List.of("Main"), unit.mainCalls());
        assertTrue(unit.source().contains("Main.main(new String[0]);"), unit.source());
    }

    @Test
    void noRunStatementsAreCompiledInABlockThatNeverRuns() {
        String source = unit(Task.Mode.COMPILE, "int never = 1 / 0;").orElseThrow().source();
        assertTrue(source.contains("if (false) {\nint never = 1 / 0;\n}"), source);
    }

    @Test
    void whatJShellWouldSeeDifferentlyIsRefused() {
        // A name used before the snippet that declares it: JShell rejects it, a class's members see each other.
        assertTrue(unit(Task.Mode.RUN, "later();", "void later() { }").isEmpty());
        // An import after code would count for the code above it.
        assertTrue(unit(Task.Mode.RUN, "int x = 1;", "import java.time.*;").isEmpty());
        // Transcripts show values, and a reset starts a new session.
        assertTrue(unit(Task.Mode.TRANSCRIPT, "1 + 1").isEmpty());
        List<PageUnit.Part> reset = List.of(
                new PageUnit.Part(new Task(0, "int x;", Task.Mode.RUN, false, Set.of(), 1), TopLevel.split("int x;").orElseThrow()),
                new PageUnit.Part(new Task(1, "int x;", Task.Mode.RUN, true, Set.of(), 1), TopLevel.split("int x;").orElseThrow()));
        assertTrue(PageUnit.of("$QaUnitTest", "n", reset).isEmpty());
    }
}
