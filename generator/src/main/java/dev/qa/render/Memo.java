package dev.qa.render;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the renderer asks for an output: made now, or taken from memory when its inputs did not
 * change. The inputs are only described when a memory will compare them.
 */
interface Memo {

    <T> T get(String slot, Supplier<List<Object>> inputs, Findings findings, Function<Findings, T> make);

    /** A render starts. */
    default void begin() {
    }

    /** The render ended; what it did not ask for can be forgotten. */
    default void end() {
    }

    /** Keeps what the last render made beyond this process, for a memo that can. */
    default void save() {
    }

    /** Whether outputs are compared by their inputs at all: a memo that makes everything needs no description. */
    default boolean compares() {
        return true;
    }

    /** The site's link targets, as this memo compares them best. */
    default String linkTargets(String targets) {
        return targets;
    }

    /** A question page was made, not remembered. */
    default void madeQuestionPage() {
    }

    /** How many question pages this render made; empty when it made them all. */
    default OptionalInt questionPagesMade() {
        return OptionalInt.empty();
    }

    /** Renders nothing from memory: every call makes its output. For one-shot builds, which would only pay for describing inputs. */
    static Memo none() {
        return new Memo() {
            @Override
            public <T> T get(String slot, Supplier<List<Object>> inputs, Findings findings, Function<Findings, T> make) {
                return make.apply(findings);
            }

            @Override
            public boolean compares() {
                return false;
            }
        };
    }
}
