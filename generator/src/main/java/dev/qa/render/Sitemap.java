package dev.qa.render;

import dev.qa.model.SiteUrls;
import dev.qa.model.Page;

import dev.qa.text.Escape;

import dev.qa.model.Site;
import java.util.List;

/** {@code sitemap.xml} and {@code robots.txt}: the only files that need absolute URLs. */
final class Sitemap {
    private Sitemap() {
    }

    static String xml(Site site, List<Page> pages) {
        String base = site.config().baseUrl().orElse("");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Page page : pages) {
            if (page.path().endsWith(".html") && !page.path().equals(SiteUrls.NOT_FOUND)) {
                xml.append("  <url><loc>").append(Escape.html(SiteUrls.absolute(base, page.path()))).append("</loc></url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    static String robots(Site site) {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        site.config().baseUrl().ifPresent(base -> robots.append("Sitemap: ").append(base).append("sitemap.xml\n"));
        return robots.toString();
    }
}
