package dev.qa.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The daemon's wire format on its socket. A client sends one request (the command line, every path
 * absolute); the daemon answers with frames of standard output, standard error and, last, the exit
 * code, or with {@link #ELSEWHERE} when the client should run the command itself.
 */
final class Frames {
    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    /** The daemon cannot run this command (it ran out of memory): the client runs it in its own JVM. */
    static final byte ELSEWHERE = 4;
    /** The first word of a request that stops the daemon instead of building. */
    static final String STOP = "--stop-daemon";
    /** A request larger than this is not a command line: the connection is dropped. */
    private static final int MAX_TEXT = 1 << 20;

    private Frames() {
    }

    static void writeRequest(DataOutputStream out, List<String> args) throws IOException {
        out.writeInt(args.size());
        for (String arg : args) {
            byte[] bytes = arg.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }
        out.flush();
    }

    static List<String> readRequest(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > 1000) {
            throw new IOException("not a qa request");
        }
        List<String> args = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            args.add(new String(readBytes(in), StandardCharsets.UTF_8));
        }
        return args;
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_TEXT) {
            throw new IOException("not a qa frame");
        }
        return in.readNBytes(length);
    }
}
