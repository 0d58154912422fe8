package dev.qa.daemon;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The entries of this JVM's class path with each one's size and modification time: a rebuilt qa jar
 * changes it, so a daemon knows it runs old code and a client never reaches it.
 */
final class ClassPathStamp {
    private ClassPathStamp() {
    }

    static String ofThisJvm() {
        StringBuilder stamp = new StringBuilder();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isEmpty()) {
                continue;
            }
            Path path = Path.of(entry).toAbsolutePath();
            stamp.append(path);
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                stamp.append(':').append(attributes.size()).append(':').append(attributes.lastModifiedTime().toMillis());
            } catch (IOException e) {
                stamp.append(":gone");
            }
            stamp.append(File.pathSeparator);
        }
        return stamp.toString();
    }
}
