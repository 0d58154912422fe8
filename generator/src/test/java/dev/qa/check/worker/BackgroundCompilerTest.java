package dev.qa.check.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BackgroundCompilerTest {

    private static List<Task> page(String... snippets) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < snippets.length; i++) {
            tasks.add(new Task(i, snippets[i], Task.Mode.RUN, false, Set.of(), 1000));
        }
        return tasks;
    }

    @Test
    void pagesSentAheadAreCompiledTogetherAndAPageWithAnErrorIsLeftToJShell() {
        BackgroundCompiler compiler = new BackgroundCompiler();
        List<Task> first = page("int a = 1;", "System.out.println(a);");
        List<Task> broken = page("int b = 1;", "System.out.println(c);");
        List<Task> third = page("record P(int x) {}", "System.out.println(new P(2));");
        List<Task> next = page("String s = \"next\";");
        compiler.prepare(List.of(first, broken, third));
        // The next pages go ahead while the first ones run: both batches are kept.
        compiler.prepare(List.of(next));

        Optional<UnitCompiler.Compiled> one = compiler.compile(first);
        assertTrue(one.isPresent(), "a page beside one with an error still compiles as a unit");
        assertTrue(one.get().classes().containsKey(one.get().unit().className()));
        assertEquals(Optional.empty(), compiler.compile(broken), "a compile error is JShell's to report");
        Optional<UnitCompiler.Compiled> three = compiler.compile(third);
        assertTrue(three.isPresent());
        assertTrue(compiler.compile(next).isPresent());
        assertNotEquals(one.get().unit().className(), three.get().unit().className(), "each unit is a class of its own");
    }

    @Test
    void aPageThatCameUnpreparedIsCompiledWhenItComes() {
        BackgroundCompiler compiler = new BackgroundCompiler();
        compiler.prepare(List.of(page("int a = 1;")));

        Optional<UnitCompiler.Compiled> unit = compiler.compile(page("int z = 3;", "System.out.println(z);"));

        assertTrue(unit.isPresent());
        assertEquals(2, unit.get().unit().mainCalls().size());
    }

    @Test
    void onlyTheLatestBatchesAreKeptForPagesThatNeverCame() {
        BackgroundCompiler compiler = new BackgroundCompiler();
        List<Task> never = page("int never = 1;");
        compiler.prepare(List.of(never));
        compiler.prepare(List.of(page("int b = 2;")));
        compiler.prepare(List.of(page("int c = 3;")));

        // Dropped from what was sent ahead, it is compiled again when it does come: the same verdict.
        assertTrue(compiler.compile(never).isPresent());
    }
}
