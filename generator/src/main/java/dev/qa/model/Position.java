package dev.qa.model;

import java.nio.file.Path;

/** A place in a source file: the file relative to the source folder, 1-based line and column. */
public record Position(Path file, int line, int column) {

    public static Position of(Path file, int line) {
        return new Position(file, line, 1);
    }

    /** The form editors and compilers use: {@code content/a.md:12:5}. */
    @Override
    public String toString() {
        return PathText.slashed(file) + ":" + line + ":" + column;
    }
}
