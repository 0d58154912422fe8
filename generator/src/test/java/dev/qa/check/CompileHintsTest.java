package dev.qa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompileHintsTest {
    private final CompileHints hints = new CompileHints();

    @Test
    void aJdkClassWithOneNameGetsItsImport() {
        Optional<String> expected = Optional.of("add `import java.time.LocalDate;` before the code (or write java.time.LocalDate)");

        assertEquals(expected, hints.hint("cannot find symbol (symbol: class LocalDate)"));
        assertEquals(expected, hints.hint("cannot find symbol (symbol: variable LocalDate)"), "LocalDate.of(...) reads as a variable");
        assertEquals(expected, hints.hint("cannot find symbol\n  symbol:   class LocalDate\n  location: class Main"), "javac's own layout");
    }

    @Test
    void aNameOfSeveralJdkClassesListsThemAll() {
        assertEquals(Optional.of("import the one you mean: `import java.awt.List;`, `import java.util.List;`"),
                hints.hint("cannot find symbol (symbol: class List)"));
    }

    @Test
    void aStaticMethodCalledWithoutItsClassGetsTheClass() {
        assertEquals(Optional.of("`sqrt` is a static method of Math: call it as Math.sqrt(…)"),
                hints.hint("cannot find symbol (symbol: method sqrt(double))"));
        assertEquals(Optional.of("`requireNonNull` is a static method of Objects: call it as Objects.requireNonNull(…)"),
                hints.hint("cannot find symbol (symbol: method requireNonNull(java.lang.String))"));
    }

    @Test
    void noHintWhenQaDoesNotKnowBetter() {
        assertEquals(Optional.empty(), hints.hint("cannot find symbol (symbol: variable count)"), "a local variable of the snippet");
        assertEquals(Optional.empty(), hints.hint("cannot find symbol (symbol: class NoSuchThingAnywhere)"));
        assertEquals(Optional.empty(), hints.hint("cannot find symbol (symbol: class ArrayPrefixHelpers)"), "not public");
        assertEquals(Optional.empty(), hints.hint("cannot find symbol (symbol: method frobnicate())"));
        assertEquals(Optional.empty(), hints.hint("incompatible types: int cannot be converted to java.lang.String"));
    }
}
