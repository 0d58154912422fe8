package dev.qa.load;

import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads source files as strict UTF-8, so that mojibake is reported instead of published. */
final class SourceReader {
    private final Path root;

    Path root() {
        return root;
    }

    SourceReader(Path root) {
        this.root = root;
    }

    /** The file's text, or a problem naming the line and column of the first byte that is not UTF-8. */
    Attempt<SourceFile> read(Path file) {
        Path relative = root.relativize(file);
        byte[] bytes;
        try {
            // A link to a file outside the source folder (/etc/passwd, a home folder) is never read: its
            // text would be published, or echoed in an error message.
            if (!file.toRealPath().startsWith(root.toRealPath())) {
                return Attempt.failure(Problem.at(Position.of(relative, 1), "this file is a link to a file outside the source folder",
                        "qa reads only files inside the source folder: copy the file in, or remove the link"));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Attempt.failure(Problem.at(Position.of(relative, 1), "cannot read the file: " + e.getMessage(),
                    "check that the file exists and is readable"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Attempt.success(SourceFile.of(relative, text));
        } catch (CharacterCodingException e) {
            return Attempt.failure(Problem.at(firstInvalidByte(relative, bytes), "the file is not valid UTF-8",
                    "save the file as UTF-8 (in most editors: File > Save with Encoding > UTF-8)"));
        }
    }

    private static Position firstInvalidByte(Path file, byte[] bytes) {
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            if (length == 0 || i + length > bytes.length || !continuationBytes(bytes, i + 1, length - 1)) {
                return new Position(file, line, column);
            }
            if (b == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += length;
        }
        return new Position(file, line, column);
    }

    private static boolean continuationBytes(byte[] bytes, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if ((bytes[i] & 0xC0) != 0x80) {
                return false;
            }
        }
        return true;
    }
}
