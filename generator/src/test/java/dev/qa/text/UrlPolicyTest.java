package dev.qa.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"JavaScript:alert(1)", "JAVASCRIPT:alert(1)", "&#106;avascript:alert(1)", "&#x6A;avascript:alert(1)",
            "javascript&#58;alert(1)", "java\tscript:alert(1)", " javascript:alert(1)", "%6Aavascript:alert(1)",
            "javascript&colon;alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd"})
    void scriptAndOtherSchemesAreRefused(String url) {
        Optional<String> refusal = UrlPolicy.refuseLink(url);
        assertTrue(refusal.isPresent(), url);
        assertTrue(refusal.get().contains("which qa does not publish"), refusal.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=c#d", "HTTP://example.org", "mailto:team@example.org", "../02-databases/01-x.md",
            "page.html#section", "#anchor", "a/b:c.html", "?q=1", ""})
    void webLinksAndRelativeOnesArePublished(String url) {
        assertEquals(Optional.empty(), UrlPolicy.refuseLink(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"data:image/png;base64,iVBORw0KGgo=", "DATA:image/webp;base64,UklGR", "images/diagram.png"})
    void imagesMayAlsoBeRasterDataUrls(String url) {
        assertEquals(Optional.empty(), UrlPolicy.refuseImage(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"data:image/svg+xml,<svg onload=alert(1)>", "javascript:alert(1)"})
    void svgDataAndScriptsAreNotImages(String url) {
        assertTrue(UrlPolicy.refuseImage(url).isPresent(), url);
        assertTrue(UrlPolicy.refuseLink(url).isPresent(), "and not links either: " + url);
    }
}
