package dev.qa.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * Which build of qa this is, from the properties Maven writes when it builds qa. Caches of what qa
 * made (render store, parse store) are valid only for the build that wrote them, since new code may
 * make something else of the same input.
 */
public final class QaBuild {
    private QaBuild() {
    }

    /** The build's name; a qa without the properties gets a name no cache holds, so it reuses nothing. */
    public static String id() {
        try (InputStream in = QaBuild.class.getResourceAsStream("/dev/qa/build.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("build", "unknown build " + System.nanoTime());
        } catch (IOException e) {
            return "unknown build " + System.nanoTime();
        }
    }
}
