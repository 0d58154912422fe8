package dev.qa.check.worker;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The messages between the build and a worker, over the worker's standard input and output. Strings
 * are length-prefixed UTF-8, so a snippet's output can never be mistaken for a message; and no snippet
 * code runs in the worker, so nothing but the worker writes them. {@code READY} is followed by why the
 * worker's agents run without a sandbox ("" when they run in one).
 */
public final class Protocol {
    public static final byte READY = 1;
    public static final byte STARTED = 2;
    public static final byte DONE = 3;
    public static final byte LEAKED = 4;
    public static final byte PAGE_DONE = 5;
    /** The agent ended (exit, halt, crash) while a task ran; followed by the task and the agent's exit code. */
    public static final byte EXITED = 6;
    static final byte PAGE = 10;
    /** Pages the build will send next: the worker compiles them together; nothing is answered. */
    static final byte PREPARE = 11;

    private Protocol() {
    }

    public static void writePrepare(DataOutputStream out, List<List<Task>> pages) throws IOException {
        out.writeByte(PREPARE);
        out.writeInt(pages.size());
        for (List<Task> page : pages) {
            writeTasks(out, page);
        }
        out.flush();
    }

    static List<List<Task>> readPrepare(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<List<Task>> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pages.add(readPage(in));
        }
        return pages;
    }

    public static void writePage(DataOutputStream out, List<Task> tasks) throws IOException {
        out.writeByte(PAGE);
        writeTasks(out, tasks);
        out.flush();
    }

    private static void writeTasks(DataOutputStream out, List<Task> tasks) throws IOException {
        out.writeInt(tasks.size());
        for (Task task : tasks) {
            out.writeInt(task.id());
            writeString(out, task.source());
            out.writeByte(task.mode().ordinal());
            out.writeBoolean(task.reset());
            out.writeInt(task.usedLater().size());
            for (String name : task.usedLater()) {
                writeString(out, name);
            }
            out.writeLong(task.timeoutMillis());
        }
    }

    static List<Task> readPage(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<Task> tasks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int id = in.readInt();
            String source = readString(in);
            Task.Mode mode = Task.Mode.values()[in.readByte()];
            boolean reset = in.readBoolean();
            int names = in.readInt();
            Set<String> usedLater = new HashSet<>();
            for (int n = 0; n < names; n++) {
                usedLater.add(readString(in));
            }
            tasks.add(new Task(id, source, mode, reset, usedLater, in.readLong()));
        }
        return tasks;
    }

    static void writeOutcome(DataOutputStream out, Outcome outcome) throws IOException {
        out.writeByte(outcome.result().ordinal());
        writeString(out, outcome.stdout());
        writeString(out, outcome.feedback());
        out.writeInt(outcome.errorOffset());
        writeString(out, outcome.message());
        writeString(out, outcome.exceptionClass());
        out.writeBoolean(outcome.stdoutTruncated());
        writeString(out, outcome.mainCall());
    }

    public static Outcome readOutcome(DataInputStream in) throws IOException {
        return new Outcome(Outcome.Result.values()[in.readByte()], readString(in), readString(in), in.readInt(),
                readString(in), readString(in), in.readBoolean(), readString(in));
    }

    public static void writeString(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > 64 * 1024 * 1024) {
            throw new IOException("corrupt message from the other side");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
