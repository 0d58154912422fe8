package dev.qa.model;

/** Something a user can fix: where it is, what is wrong, and how to fix it. */
public record Problem(Position at, String message, String hint) {

    public Problem {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
        hint = hint == null ? "" : hint;
    }

    public static Problem at(Position at, String message, String hint) {
        return new Problem(at, message, hint);
    }
}
