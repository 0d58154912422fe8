package dev.qa.check.worker;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Standard output of the snippet that runs now; keeps at most {@code limit} bytes so a flood cannot exhaust the heap. */
final class CapturedOutput extends OutputStream {
    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean truncated;

    CapturedOutput(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        if (bytes.size() < limit) {
            bytes.write(b);
        } else {
            truncated = true;
        }
    }

    @Override
    public synchronized void write(byte[] data, int offset, int length) {
        int room = Math.max(0, limit - bytes.size());
        bytes.write(data, offset, Math.min(room, length));
        truncated |= length > room;
    }

    /** What was written since the last call, and starts afresh. */
    synchronized String take() {
        String text = bytes.toString(StandardCharsets.UTF_8);
        bytes.reset();
        return text;
    }

    synchronized boolean takeTruncated() {
        boolean was = truncated;
        truncated = false;
        return was;
    }
}
