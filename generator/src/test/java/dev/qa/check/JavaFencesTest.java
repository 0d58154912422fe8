package dev.qa.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaFencesTest {

    @Test
    void aSiteWithAJavaFenceDeepInItsContentIsWorthAnEarlyWorker(@TempDir Path source) throws Exception {
        Files.createDirectories(source.resolve("content/01-a"));
        Files.writeString(source.resolve("content/01-a/01-prose.md"), "---\ntitle: Prose\n---\nNo code here.\n");
        Files.writeString(source.resolve("content/01-a/02-code.md"), "---\ntitle: Code\n---\n```java\nint x = 1;\n```\n");

        assertTrue(JavaFences.likely(source));
    }

    @Test
    void aSiteOfProseAloneIsNot(@TempDir Path source) throws Exception {
        Files.createDirectories(source.resolve("content/01-a"));
        Files.writeString(source.resolve("content/01-a/01-prose.md"), "---\ntitle: Prose\n---\n```text\nnot java\n```\n");
        Files.writeString(source.resolve("README.md"), "```java\nint outsideContent = 1;\n```\n");

        assertFalse(JavaFences.likely(source), "a site's content/ is what it checks");
    }

    @Test
    void plainMarkdownBesideNoContentFolderCounts(@TempDir Path source) throws Exception {
        Files.writeString(source.resolve("README.md"), "# Lib\n\n~~~java\nvar lib = 1;\n~~~\n");

        assertTrue(JavaFences.likely(source));
    }

    @Test
    void pagesWithJavaAreCountedUpToThePoolSoAReadmeAloneGetsOneEarlyWorker(@TempDir Path source) throws Exception {
        Files.writeString(source.resolve("README.md"), "```java\nint a = 1;\n```\n\n```java\nint b = a;\n```\n");
        Files.writeString(source.resolve("NOTES.md"), "No code.\n");

        assertEquals(1, JavaFences.pages(source, 2), "one file, however many fences: one session, one worker");

        Files.writeString(source.resolve("GUIDE.md"), "```java\nint c = 1;\n```\n");
        Files.writeString(source.resolve("MORE.md"), "```java\nint d = 1;\n```\n");
        assertEquals(2, JavaFences.pages(source, 2), "counted up to the pool's size");
        assertEquals(3, JavaFences.pages(source, 8));
    }
}
