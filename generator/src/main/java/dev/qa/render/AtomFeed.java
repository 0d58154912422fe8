package dev.qa.render;

import dev.qa.model.Question;
import dev.qa.model.Section;
import dev.qa.model.Site;
import dev.qa.model.SiteUrls;
import dev.qa.model.Status;
import dev.qa.text.Escape;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code feed.xml}: an Atom feed (RFC 4287) of the answered questions, newest change first, dated by
 * git history ({@link Question#lastUpdated()}) or else the front matter's {@code date}.
 *
 * <p>Atom wants absolute IRIs for ids and links, so the feed exists only for a site with a base URL;
 * without one, no feed is written and no page links to one. Its {@code updated} is the newest entry's
 * date, not the build's time, so an unchanged site builds the same bytes.
 */
final class AtomFeed {
    /** The feed's path in the site. */
    static final String PATH = "feed.xml";
    /** Feed readers fetch the whole file on every poll; the newest entries are what they show. */
    static final int ENTRIES = 50;
    private static final String EPOCH = "1970-01-01T00:00:00Z";

    private AtomFeed() {
    }

    /** One question in the feed, with the HTML of its answer rendered for its page. */
    record Entry(Question question, Section section, String html) {

        String path() {
            return SiteUrls.question(section, question);
        }
    }

    /** The feed's link for every page's head, relative to {@code page}; empty without a base URL. */
    static Optional<String> link(Site site, String page) {
        return site.config().baseUrl().map(base -> SiteUrls.relative(page, PATH));
    }

    /** The feed's text, or empty when the site has no base URL to make absolute ids from. */
    static Optional<String> xml(Site site, List<Entry> candidates) {
        return xml(site, candidates, AtomFeed::entry);
    }

    /**
     * The same, with each entry's XML made by {@code entries} (which may remember them: an entry escapes
     * its whole answer, and one edit changes one entry).
     */
    static Optional<String> xml(Site site, List<Entry> candidates, java.util.function.BiFunction<String, Entry, String> entries) {
        if (site.config().baseUrl().isEmpty()) {
            return Optional.empty();
        }
        String base = site.config().baseUrl().get();
        List<Entry> shown = shown(candidates);

        StringBuilder xml = new StringBuilder(64 * 1024).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        xml.append("  <id>").append(Escape.xml(base)).append("</id>\n");
        xml.append("  <title>").append(Escape.xml(site.home().title())).append("</title>\n");
        if (!site.home().description().isBlank()) {
            xml.append("  <subtitle>").append(Escape.xml(site.home().description())).append("</subtitle>\n");
        }
        xml.append("  <updated>").append(shown.isEmpty() ? EPOCH : timestamp(shown.get(0).question().changed().get())).append("</updated>\n");
        xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Escape.xml(base + PATH)).append("\"/>\n");
        xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Escape.xml(base)).append("\"/>\n");
        xml.append("  <author><name>").append(Escape.xml(site.home().title())).append("</name></author>\n");
        xml.append("  <generator>qa</generator>\n");
        for (Entry entry : shown) {
            xml.append(entries.apply(base, entry));
        }
        return Optional.of(xml.append("</feed>\n").toString());
    }

    /** The entries the feed shows: answered, dated, newest first. */
    static List<Entry> shown(List<Entry> candidates) {
        List<Entry> entries = new ArrayList<>(candidates.stream()
                .filter(entry -> entry.question().status() != Status.DRAFT && entry.question().changed().isPresent())
                .toList());
        // Newest first; on the same day, site order, so the file does not change between builds.
        entries.sort(Comparator.comparing((Entry entry) -> entry.question().changed().get()).reversed());
        return entries.subList(0, Math.min(ENTRIES, entries.size()));
    }

    /** One entry's XML, for a site at {@code base}. */
    static String entry(String base, Entry entry) {
        StringBuilder xml = new StringBuilder(entry.html().length() + 1024);
        String url = SiteUrls.absolute(base, entry.path());
        xml.append("  <entry>\n");
        xml.append("    <id>").append(Escape.xml(url)).append("</id>\n");
        xml.append("    <title>").append(Escape.xml(entry.question().title())).append("</title>\n");
        xml.append("    <updated>").append(timestamp(entry.question().changed().get())).append("</updated>\n");
        xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Escape.xml(url)).append("\"/>\n");
        xml.append("    <category term=\"").append(Escape.xml(entry.section().slug())).append("\" label=\"")
                .append(Escape.xml(entry.section().title())).append("\"/>\n");
        for (String tag : entry.question().tags()) {
            xml.append("    <category term=\"").append(Escape.xml(tag)).append("\"/>\n");
        }
        // The answer's links are relative to its page; xml:base makes a reader resolve them there.
        xml.append("    <content type=\"html\" xml:base=\"").append(Escape.xml(url)).append("\">")
                .append(Escape.xml(entry.html())).append("</content>\n");
        xml.append("  </entry>\n");
        return xml.toString();
    }

    private static String timestamp(LocalDate day) {
        return day.format(DateTimeFormatter.ISO_LOCAL_DATE) + "T00:00:00Z";
    }
}
