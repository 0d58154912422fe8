package dev.qa.check.worker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The last bytes a process wrote, read by a daemon thread so that the process never blocks on a full
 * pipe; a snippet that floods its standard streams costs a little CPU and no memory or disk.
 */
final class OutputTail {
    private final byte[] ring;
    private long written;

    private OutputTail(int size) {
        this.ring = new byte[size];
    }

    static OutputTail drain(InputStream in, int size) {
        OutputTail tail = new OutputTail(size);
        Thread reader = new Thread(() -> tail.read(in), "qa-agent-output");
        reader.setDaemon(true);
        reader.start();
        return tail;
    }

    private void read(InputStream in) {
        byte[] buffer = new byte[8192];
        try (in) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                append(buffer, n);
            }
        } catch (IOException e) {
            // The process ended.
        }
    }

    private synchronized void append(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            ring[(int) (written++ % ring.length)] = bytes[i];
        }
    }

    synchronized String text() {
        int length = (int) Math.min(written, ring.length);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = ring[(int) ((written - length + i) % ring.length)];
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
