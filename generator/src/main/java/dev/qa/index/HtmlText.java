package dev.qa.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of a rendered page into {@link Segment}s, one per sub-heading. It reads the HTML
 * that qa itself wrote (well formed, attributes quoted), so a small scanner is enough, and the
 * generator needs no HTML parser at run time. Only the page's {@code <article>} (or {@code <main>})
 * is read, so the sidebar, which lists every question, never counts as a page's own text.
 */
final class HtmlText {
    private static final Set<String> SKIPPED = Set.of("h1", "nav", "script", "style", "button", "svg", "template", "form",
            "select", "textarea");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr");
    private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "tr", "div", "br", "pre", "blockquote", "dd", "dt",
            "ul", "ol", "table", "section", "details", "summary", "figcaption", "hr");
    private static final List<String> SKIPPED_CLASSES = List.of("tags", "tag", "meta", "output-label", "snippet-output-label",
            "page-foot", "edit");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final Pattern CLASS = Pattern.compile("\\sclass=\"([^\"]*)\"");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

    private HtmlText() {
    }

    static List<Segment> segments(String html) {
        String body = region(html);
        List<Segment> segments = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder code = new StringBuilder();
        StringBuilder headingText = new StringBuilder();
        String heading = "";
        String anchor = "";
        String headingTag = null;
        String nextAnchor = "";
        String skipTag = null;
        int skipDepth = 0;
        int preDepth = 0;
        int i = 0;
        while (i < body.length()) {
            int lt = body.indexOf('<', i);
            String chunk = decode(body.substring(i, lt < 0 ? body.length() : lt));
            if (skipTag == null && !chunk.isEmpty()) {
                if (headingTag != null) {
                    headingText.append(chunk);
                } else if (preDepth > 0) {
                    code.append(chunk);
                } else {
                    text.append(chunk);
                }
            }
            if (lt < 0) {
                break;
            }
            if (body.startsWith("<!--", lt)) {
                int end = body.indexOf("-->", lt);
                i = end < 0 ? body.length() : end + 3;
                continue;
            }
            int gt = body.indexOf('>', lt);
            if (gt < 0) {
                break;
            }
            String tag = body.substring(lt + 1, gt);
            i = gt + 1;
            boolean closing = tag.startsWith("/");
            String name = name(closing ? tag.substring(1) : tag);
            if (name.isEmpty()) {
                continue;
            }
            if (skipTag != null) {
                if (name.equals(skipTag)) {
                    skipDepth += closing ? -1 : (VOID.contains(name) || tag.endsWith("/") ? 0 : 1);
                    if (skipDepth == 0) {
                        skipTag = null;
                    }
                }
                continue;
            }
            if (!closing && (SKIPPED.contains(name) || skippedClass(tag) || tag.contains("aria-hidden=\"true\""))
                    && !VOID.contains(name)) {
                skipTag = name;
                skipDepth = 1;
                continue;
            }
            if (isHeading(name)) {
                if (!closing) {
                    segments.add(segment(heading, anchor, text, code));
                    headingTag = name;
                    headingText.setLength(0);
                    Matcher id = ID.matcher(tag);
                    nextAnchor = id.find() ? id.group(1) : "";
                } else if (name.equals(headingTag)) {
                    heading = headingText.toString().strip().replaceAll("\\s+", " ");
                    anchor = nextAnchor;
                    headingTag = null;
                }
                continue;
            }
            if (headingTag != null && !closing) {
                // An anchor link inside a heading ("#", "¶") may carry the id instead of the heading itself.
                Matcher id = ID.matcher(tag);
                if (nextAnchor.isEmpty() && id.find()) {
                    nextAnchor = id.group(1);
                }
            }
            if (name.equals("pre")) {
                preDepth += closing ? -1 : 1;
                code.append('\n');
            }
            if (BLOCKS.contains(name)) {
                text.append('\n');
            }
        }
        segments.add(segment(heading, anchor, text, code));
        return segments;
    }

    private static Segment segment(String heading, String anchor, StringBuilder text, StringBuilder code) {
        Segment segment = new Segment(heading, anchor, tidy(text), code.toString().strip());
        text.setLength(0);
        code.setLength(0);
        return segment;
    }

    /** Runs of white space become one space; paragraph breaks stay as one newline. */
    private static String tidy(StringBuilder text) {
        return text.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\\n[\\s]*", "\n").strip();
    }

    private static String region(String html) {
        for (String element : List.of("article", "main")) {
            int open = html.indexOf("<" + element);
            int close = html.lastIndexOf("</" + element + ">");
            if (open >= 0 && close > open) {
                int start = html.indexOf('>', open);
                return html.substring(start + 1, close);
            }
        }
        return html;
    }

    private static String name(String tag) {
        int end = 0;
        while (end < tag.length() && (Character.isLetterOrDigit(tag.charAt(end)) || tag.charAt(end) == '-')) {
            end++;
        }
        return tag.substring(0, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isHeading(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '2' && name.charAt(1) <= '6';
    }

    /** The theme's page furniture inside the article: tag links, "Output" labels, the page foot. */
    private static boolean skippedClass(String tag) {
        return tag.contains("class=\"") && SKIPPED_CLASSES.stream().anyMatch(wanted -> hasClass(tag, wanted));
    }

    private static boolean hasClass(String tag, String wanted) {
        // Highlighted code is thousands of <span class> tags: skip the regex unless the word is there.
        if (!tag.contains(wanted)) {
            return false;
        }
        Matcher matcher = CLASS.matcher(tag);
        return matcher.find() && List.of(matcher.group(1).split("\\s+")).contains(wanted);
    }

    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String entity = matcher.group(1);
            String replacement = switch (entity) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> entity.startsWith("#x") ? codePoint(entity.substring(2), 16)
                        : entity.startsWith("#") ? codePoint(entity.substring(1), 10) : matcher.group();
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String digits, int radix) {
        try {
            int value = Integer.parseInt(digits, radix);
            return Character.isValidCodePoint(value) ? new String(Character.toChars(value)) : "";
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
