package dev.qa.check.worker;

import java.io.OutputStream;
import java.util.function.IntConsumer;

/**
 * The worker's end of an agent's boundaries channel ({@link dev.qa.check.agent.Gate}): JShell's channel
 * reader writes each mark here in order with the snippet output around it, so a listener told "snippet
 * 3 begins" has everything snippet 2 printed already. Anything that is not a snippet number is -1.
 */
final class Marks extends OutputStream {
    private static final IntConsumer NOBODY = index -> { };
    private final StringBuilder line = new StringBuilder();
    private volatile IntConsumer listener = NOBODY;

    /** Who hears the marks from now on; {@code null}: nobody. */
    void listen(IntConsumer listener) {
        this.listener = listener == null ? NOBODY : listener;
    }

    @Override
    public synchronized void write(int b) {
        if (b != '\n') {
            if (line.length() < 12) {
                line.append((char) b);
            }
            return;
        }
        int index;
        try {
            index = Integer.parseInt(line.toString());
        } catch (NumberFormatException e) {
            index = -1;
        }
        line.setLength(0);
        listener.accept(index);
    }
}
