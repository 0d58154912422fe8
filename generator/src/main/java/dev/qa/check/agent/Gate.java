package dev.qa.check.agent;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.IntConsumer;

/**
 * Where one snippet of a page compiled as one unit ends and the next begins. A compiled page calls
 * {@code accept(i)} before snippet {@code i}; the gate writes the number on a channel of its own (not
 * standard output), in order with what the snippets printed, so the worker splits their output there.
 * A snippet cannot fake a boundary: printing never reaches this channel, and the gate is a local
 * variable of the compiled page whose name carries a secret the worker chose for this run.
 */
public final class Gate implements IntConsumer {
    private final OutputStream marks;

    Gate(OutputStream marks) {
        this.marks = marks;
    }

    @Override
    public void accept(int snippet) {
        try {
            marks.write((snippet + "\n").getBytes(StandardCharsets.US_ASCII));
            marks.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the worker is gone", e);
        }
    }
}
