package dev.qa.model;

/** The home page text from {@code content/index.md}. */
public record Home(String title, String description, Markdown body) {
}
