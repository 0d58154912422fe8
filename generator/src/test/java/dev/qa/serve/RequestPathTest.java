package dev.qa.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {
    private static final Set<String> FOLDERS = Set.of("architecture");

    private static RequestPath of(String raw) {
        return RequestPath.of(raw, FOLDERS::contains);
    }

    @Test
    void aPlainPathIsAFileOfTheSite() {
        assertEquals(new RequestPath.Inside("architecture/cap-theorem.html"), of("/architecture/cap-theorem.html"));
        assertEquals(new RequestPath.Inside("search-index/a b+c.js"), of("/search-index/a%20b+c.js"), "a plus is a plus in a path");
        assertEquals(new RequestPath.Inside("tags/é.html"), of("/tags/%C3%A9.html"));
    }

    @Test
    void aFolderIsItsIndexPageAndWithoutItsSlashARedirect() {
        assertEquals(new RequestPath.Inside("index.html"), of("/"));
        assertEquals(new RequestPath.Inside("architecture/index.html"), of("/architecture/"));
        assertEquals(new RequestPath.Folder("/architecture/"), of("/architecture"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/..", "/../secret", "/a/../../secret", "/%2e%2e/secret", "/%2E%2e/secret", "/.%2e/secret",
            "/%252e%252e/secret", "/..%2fsecret", "/a%2f..%2f..%2fsecret", "/..\\secret", "/a\\..\\..\\secret", "/%5c..%5csecret",
            "//etc/passwd", "/C:/Windows/win.ini", "/c%3a/windows", "/%00", "/a%00.html", "/%zz", "/%2", "/%c0%ae%c0%ae/secret",
            "/./index.html", "/a//b", "index.html", ""})
    void aPathThatCouldLeaveTheSiteIsRefused(String raw) {
        assertInstanceOf(RequestPath.Refused.class, of(raw), raw);
    }
}
