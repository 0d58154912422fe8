package dev.qa.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;

/**
 * A request path turned into a path inside the site, or refused. Only plain relative segments pass:
 * anything that could climb out of the site ({@code ..}, its encodings, backslashes, absolute or
 * drive paths, NUL) is a bad request, whatever the file system would have made of it.
 */
sealed interface RequestPath {

    /** A path inside the site, with forward slashes and no leading slash ({@code architecture/cap.html}). */
    record Inside(String path) implements RequestPath {
    }

    /** A path that names a folder without its trailing slash: the browser should come back with one. */
    record Folder(String location) implements RequestPath {
    }

    /** Refused: the request can never name a file of the site. */
    record Refused(String reason) implements RequestPath {
    }

    /**
     * @param rawPath the request's path as sent, still percent-encoded
     * @param isFolder whether a site path names a folder (to redirect {@code /section} to {@code /section/})
     */
    static RequestPath of(String rawPath, java.util.function.Predicate<String> isFolder) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return new Refused("the path must start with /");
        }
        String decoded;
        try {
            decoded = decode(rawPath);
        } catch (IllegalArgumentException e) {
            return new Refused(e.getMessage());
        }
        // Decoded once, a path must not still hold an escape: %252e%252e is a double-encoded "..".
        if (decoded.indexOf('%') >= 0 || decoded.indexOf('\\') >= 0 || decoded.indexOf(':') >= 0 || decoded.indexOf('\0') >= 0) {
            return new Refused("the path holds a character that is never in a site path");
        }
        String path = decoded.substring(1);
        boolean trailingSlash = path.isEmpty() || path.endsWith("/");
        String body = trailingSlash && !path.isEmpty() ? path.substring(0, path.length() - 1) : path;
        if (!body.isEmpty()) {
            for (String segment : body.split("/", -1)) {
                if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                    return new Refused("the path has an empty, . or .. segment");
                }
            }
        }
        if (trailingSlash) {
            return new Inside(body.isEmpty() ? "index.html" : body + "/index.html");
        }
        if (isFolder.test(body)) {
            return new Folder(rawPath + "/");
        }
        return new Inside(body);
    }

    /** Strict percent-decoding as UTF-8; unlike URLDecoder, '+' stays a plus (it is a path, not a form). */
    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("a % escape is cut short");
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("a % escape is not hexadecimal");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c > 0x7f) {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the path is not UTF-8");
        }
    }
}
