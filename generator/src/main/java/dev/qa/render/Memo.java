package dev.qa.render;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the renderer asks for an output: made now, or taken from memory when its inputs did not
 * change. The inputs are only described when a memory will compare them.
 */
interface Memo {

    <T> T get(String slot, Supplier<List<Object>> inputs, Findings findings, Function<Findings, T> make);
}
