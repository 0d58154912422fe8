package dev.qa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EscapeTest {

    @Test
    void htmlEscapesEveryCharacterThatCanEndTextOrAnAttribute() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;", Escape.html("<script>alert(\"x\" & 'y')</script>"));
    }

    @Test
    void xmlDropsControlCharactersXmlCannotHold() {
        assertEquals("a&amp;b\tc\nd", Escape.xml("a&b\tc\nd\u0001\u001b"));
    }

    @Test
    void jsonIsSafeInsideAScript() {
        assertEquals("\"\\u003c/script>\\u2028\\\"\\\\\\n\\u0001\"", Escape.json("</script>\u2028\"\\\n\u0001"));
    }
}
