package dev.qa.render.highlight;

/**
 * What a piece of code is, as far as colouring goes. The CSS class is one letter because a page
 * carries thousands of these spans and the theme, not the markup, says what they look like.
 */
public enum Kind {
    KEYWORD("k"), TYPE("t"), STRING("s"), NUMBER("n"), COMMENT("c"), ANNOTATION("a"), LITERAL("l"),
    PROPERTY("p"), VARIABLE("v"), META("m");

    private final String cssClass;

    Kind(String cssClass) {
        this.cssClass = cssClass;
    }

    public String cssClass() {
        return cssClass;
    }
}
