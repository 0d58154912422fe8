package dev.qa.render;

import dev.qa.text.UrlPolicy;

import dev.qa.model.SiteUrls;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import dev.qa.model.Problem;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns links to markdown files ({@code ../02-databases/03-indexes.md#b-trees}) into relative links
 * to their pages, so contributors link files they can see and the site links pages that exist.
 */
final class MarkdownLinks implements LinkResolver {
    private final PageContext page;

    private MarkdownLinks(PageContext page) {
        this.page = page;
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (page == null || link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.IMAGE) {
            return link;
        }
        String url = link.getUrl();
        boolean image = link.getLinkType() == LinkType.IMAGE;
        Optional<String> refused = image ? UrlPolicy.refuseImage(url) : UrlPolicy.refuseLink(url);
        if (refused.isPresent()) {
            page.problems().add(Problem.at(positionOf(node), refused.get(), UrlPolicy.hint(image)));
            // The build fails; should the page be shown anyway (a preview), the link leads nowhere.
            return link.withStatus(LinkStatus.VALID).withUrl("#refused-url");
        }
        if (image || url.isEmpty() || hasScheme(url)) {
            return link;
        }
        if (url.startsWith("/")) {
            page.problems().add(Problem.at(positionOf(node), "the link '" + url + "' starts at the server's root, so it breaks when the site is published under a sub-path",
                    "link relative to this file, for example ../02-databases/03-database-indexes-work.md"));
            return link;
        }
        int hash = url.indexOf('#');
        String target = hash < 0 ? url : url.substring(0, hash);
        String anchor = hash < 0 ? "" : url.substring(hash + 1);
        if (target.isEmpty()) {
            page.links().add(new Link(positionOf(node), url, page.page(), page.page(), anchor));
            return link;
        }
        if (target.endsWith(".md")) {
            Path file = page.markdown().file().resolveSibling(decode(target)).normalize();
            Optional<String> targetPage = page.urls().pageOf(file);
            if (targetPage.isEmpty()) {
                page.problems().add(Problem.at(positionOf(node), "the link '" + url + "' points to " + file.toString().replace('\\', '/')
                                + ", which is not a page of the site",
                        "link to a question file relative to this one, for example ../02-databases/03-database-indexes-work.md"));
                return link;
            }
            page.links().add(new Link(positionOf(node), url, page.page(), targetPage.get(), anchor));
            // Through the site's root (../first/beta.html, even beside it): the same HTML then serves every page
            // at the same depth, so a question's body is rendered once for its page and the print page.
            return link.withStatus(LinkStatus.VALID).withUrl(SiteUrls.rootOf(page.page()) + targetPage.get() + (hash < 0 ? "" : "#" + anchor));
        }
        Optional<String> inSite = SiteUrls.resolve(page.page(), decode(target));
        if (inSite.isEmpty()) {
            page.problems().add(Problem.at(positionOf(node), "the link '" + url + "' leads outside the site",
                    "link only to pages and files that the site publishes"));
            return link;
        }
        page.links().add(new Link(positionOf(node), url, page.page(), inSite.get(), anchor));
        return link;
    }

    /**
     * A relative link found in a page's markdown, checked once every page exists.
     *
     * @param target the site path it leads to; {@code anchor} is empty when it names none
     */
    record Link(dev.qa.model.Position at, String written, String from, String target, String anchor) {
    }

    private dev.qa.model.Position positionOf(Node node) {
        return page.markdown().position(node.getStartOffset());
    }

    private static boolean hasScheme(String url) {
        try {
            return URI.create(url.replace(" ", "%20")).getScheme() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String decode(String path) {
        return java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new MarkdownLinks(PageContext.KEY.get(context.getDocument()));
        }
    }
}
