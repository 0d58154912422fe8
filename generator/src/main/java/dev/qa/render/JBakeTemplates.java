package dev.qa.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.UndefinedOutputFormat;
import freemarker.core.XMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A JBake project's FreeMarker templates. A page ({@code .html}) is rendered with HTML escaping and
 * an XML file ({@code feed.xml}, {@code sitemap.xml}) with XML escaping, so a title is escaped where
 * JBake printed it raw; a document's body, HTML qa made or the project's own HTML file, is markup and
 * printed as it is. A template that escapes by itself with {@code <#escape>} (JBake's example feed)
 * is rendered as JBake renders it, since FreeMarker allows no {@code <#escape>} where it escapes.
 */
final class JBakeTemplates {
    /** How a template's output is escaped, and so how a body is handed to it. */
    enum Format {
        HTML, XML, OWN;

        /** A body for a template of this format: markup in an HTML template, so it is printed as it is. */
        Object body(String html) {
            if (this != HTML) {
                return html;
            }
            try {
                return HTMLOutputFormat.INSTANCE.fromMarkup(html);
            } catch (TemplateModelException e) {
                throw new IllegalStateException("FreeMarker refused HTML as HTML markup", e);
            }
        }
    }

    private final Path folder;
    private final Map<Format, FreeMarkerTemplates> engines;
    private final Map<String, Boolean> escapesItself = new ConcurrentHashMap<>();

    JBakeTemplates(Path folder) {
        this.folder = folder;
        this.engines = Map.of(Format.HTML, new FreeMarkerTemplates(folder, HTMLOutputFormat.INSTANCE),
                Format.XML, new FreeMarkerTemplates(folder, XMLOutputFormat.INSTANCE),
                Format.OWN, new FreeMarkerTemplates(folder, UndefinedOutputFormat.INSTANCE));
    }

    /** Renders {@code template} for the output at {@code path}, with the model made for its format. */
    String render(String template, String path, Function<Format, Map<String, Object>> model) {
        Format format = escapesItself.computeIfAbsent(template, this::usesEscapeDirective) ? Format.OWN
                : path.endsWith(".xml") ? Format.XML : Format.HTML;
        return engines.get(format).renderFile(template, model.apply(format));
    }

    private boolean usesEscapeDirective(String template) {
        try {
            return Files.readString(folder.resolve(template)).contains("<#escape");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
