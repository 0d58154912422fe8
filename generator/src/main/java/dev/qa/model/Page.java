package dev.qa.model;

import java.nio.charset.StandardCharsets;

/**
 * One file of the output site, in memory.
 *
 * @param path    the file's path in the site, with forward slashes ({@code architecture/cap-theorem.html})
 * @param content its text (HTML, XML or plain text)
 */
public record Page(String path, String content) {

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
