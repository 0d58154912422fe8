package dev.qa.text;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import dev.qa.model.Position;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Text (and places in files) in qa's binary files and messages (caches, the worker protocol): its length in UTF-8 bytes,
 * then the bytes. {@code writeUTF} stops at 64 KB; a snippet's output or a page does not.
 */
public final class DataText {
    /** Longer than anything qa writes: a length beyond it means a damaged file, not a huge text. */
    private static final int LONGEST = 256 * 1024 * 1024;

    private DataText() {
    }

    public static void write(DataOutput out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** @throws IOException when the length cannot be right, naming {@code what} was being read */
    public static String read(DataInput in, String what) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > LONGEST) {
            throw new IOException("damaged " + what + ": a text of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** A place in a file: its path as text, then line and column. */
    public static void writePosition(DataOutput out, Position at) throws IOException {
        write(out, at.file().toString());
        out.writeInt(at.line());
        out.writeInt(at.column());
    }

    public static Position readPosition(DataInput in, String what) throws IOException {
        return new Position(Path.of(read(in, what)), in.readInt(), in.readInt());
    }
}
