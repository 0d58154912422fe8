package dev.qa.model;

/** Whether a question has an answer yet. */
public enum Status {
    ANSWERED, DRAFT;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
