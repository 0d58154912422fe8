package dev.qa.text;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which URLs qa publishes in a link: http, https and mailto, and relative URLs; for an image also a
 * {@code data:} URL of a raster type. The URL is judged as a browser reads it: character references
 * and percent escapes decoded, and the tabs, line breaks and control characters browsers drop from a
 * scheme removed, so {@code JaVaScRiPt:}, {@code &#106;avascript:} and {@code javascript&#58;} are
 * all seen for what they are.
 */
public final class UrlPolicy {
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    private static final Pattern RASTER_DATA = Pattern.compile("data:image/(png|jpeg|gif|webp|avif)[;,].*", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?|&colon;|&Tab;|&NewLine;");

    private UrlPolicy() {
    }

    /** Why a link to this URL must not be published, if it must not. */
    public static Optional<String> refuseLink(String url) {
        return refuse(url, false);
    }

    /** Why an image with this source must not be published, if it must not. */
    public static Optional<String> refuseImage(String url) {
        return refuse(url, true);
    }

    private static Optional<String> refuse(String url, boolean image) {
        String seen = asBrowserSeesIt(url);
        int colon = seen.indexOf(':');
        int end = firstOf(seen, "/?#");
        if (colon < 0 || (end >= 0 && end < colon)) {
            return Optional.empty();
        }
        String scheme = seen.substring(0, colon).toLowerCase(Locale.ROOT);
        if (LINK_SCHEMES.contains(scheme)) {
            return Optional.empty();
        }
        if (image && RASTER_DATA.matcher(seen.toLowerCase(Locale.ROOT)).matches()) {
            return Optional.empty();
        }
        return Optional.of("the URL '" + url + "' uses the scheme '" + scheme + ":', which qa does not publish");
    }

    /** The hint every refusal gets. */
    public static String hint(boolean image) {
        return image ? "use an http(s) URL, a path relative to this page, or a data: URL of a png, jpeg, gif, webp or avif image"
                : "link with http, https or mailto, or with a path relative to this page";
    }

    private static String asBrowserSeesIt(String url) {
        String decoded = url;
        for (int round = 0; round < 3; round++) {
            String next = percentDecode(references(decoded));
            if (next.equals(decoded)) {
                break;
            }
            decoded = next;
        }
        StringBuilder kept = new StringBuilder(decoded.length());
        decoded.codePoints().filter(c -> c > 0x20 && c != 0x7F).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String references(String text) {
        return REFERENCE.matcher(text).replaceAll(match -> {
            String whole = match.group();
            if (whole.equals("&colon;")) {
                return ":";
            }
            if (whole.startsWith("&Tab;") || whole.startsWith("&NewLine;")) {
                return "";
            }
            try {
                int code = match.group(1) != null ? Integer.parseInt(match.group(1), 16) : Integer.parseInt(match.group(2));
                return java.util.regex.Matcher.quoteReplacement(Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "");
            } catch (NumberFormatException e) {
                return "";
            }
        });
    }

    private static String percentDecode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                out.append((char) (hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2))));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static int firstOf(String text, String characters) {
        int first = -1;
        for (char c : characters.toCharArray()) {
            int at = text.indexOf(c);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }
}
