package dev.qa.render;

import dev.qa.model.Position;
import dev.qa.model.Problem;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.OutputFormat;
import freemarker.core.UndefinedOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * FreeMarker templates ({@code .ftl}), JBake's most used engine, over the same view model as Pebble's.
 *
 * <p>Every template is in FreeMarker's HTML output format whatever its extension, so {@code ${x}} is
 * escaped as Pebble's {@code {{ x }}} is; HTML the renderer made (an answer's body) is printed with
 * {@code ?no_esc}. A missing variable is an error, as Pebble's strict variables make it (FreeMarker
 * has no other mode); templates test optional values with {@code ??}. Templates cannot create Java
 * objects ({@code ?new}) or reach their API ({@code ?api}).
 */
final class FreeMarkerTemplates implements TemplateEngine {
    static final String EXTENSION = ".ftl";
    private final Configuration configuration;

    FreeMarkerTemplates(Path folder) {
        this(folder, HTMLOutputFormat.INSTANCE);
    }

    /**
     * Templates in {@code format}: HTML for pages, XML for feeds (both auto-escaping), or
     * {@link UndefinedOutputFormat} for a JBake template that escapes with {@code <#escape>} itself
     * (FreeMarker forbids it where it escapes).
     */
    FreeMarkerTemplates(Path folder, OutputFormat format) {
        Configuration config = new Configuration(Configuration.VERSION_2_3_35);
        try {
            config.setTemplateLoader(new FileTemplateLoader(folder.toAbsolutePath().toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Records are read by their components (question.title), as Pebble reads them.
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
        config.setDefaultEncoding("UTF-8");
        config.setOutputFormat(format);
        config.setRecognizeStandardFileExtensions(false);
        config.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        config.setLocalizedLookup(false);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setNumberFormat("computer");
        // A theme edit makes a new Templates (pipeline), so a template once read never needs a second look.
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        this.configuration = config;
    }

    @Override
    public String extension() {
        return EXTENSION;
    }

    @Override
    public String render(String name, Map<String, Object> model) {
        return renderFile(name + EXTENSION, model);
    }

    /** Renders the template file {@code file} (its name in the folder, with its extension). */
    String renderFile(String file, Map<String, Object> model) {
        String name = file.endsWith(EXTENSION) ? file.substring(0, file.length() - EXTENSION.length()) : file;
        StringWriter out = new StringWriter(16 * 1024);
        try {
            configuration.getTemplate(file).process(model, out);
        } catch (ParseException e) {
            throw problem(e.getTemplateName(), name, e.getLineNumber(), e.getColumnNumber(),
                    "template syntax error: " + e.getEditorMessage());
        } catch (TemplateNotFoundException e) {
            throw problem(null, name, 1, 1, "template error: " + e.getMessage());
        } catch (TemplateException e) {
            // A syntax error in an imported or included template: its own place, not the #import's.
            if (e.getCause() instanceof ParseException cause) {
                throw problem(cause.getTemplateName(), name, cause.getLineNumber(), cause.getColumnNumber(),
                        "template syntax error: " + cause.getEditorMessage());
            }
            throw problem(e.getTemplateSourceName(), name, e.getLineNumber() == null ? 1 : e.getLineNumber(),
                    e.getColumnNumber() == null ? 1 : e.getColumnNumber(), "template error: " + summary(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Templates.TemplateProblem problem(String source, String name, int line, int column, String message) {
        String file = source == null ? (name.contains(".") ? name : name + EXTENSION) : source;
        return new Templates.TemplateProblem(Problem.at(new Position(Path.of("templates", file), line, column), message,
                "fix the template; FreeMarker syntax: ${value}, <#if x??>…</#if>, ${html?no_esc} for HTML qa made"));
    }

    /**
     * FreeMarker's message on one line: what is wrong and the expression it is about, without the tips
     * and the template stack that follow (the problem's position says where).
     */
    private static String summary(String message) {
        StringBuilder out = new StringBuilder();
        for (String line : (message == null ? "" : message).strip().split("\n")) {
            String text = line.strip();
            if (text.startsWith("----") || text.startsWith("Tip:")) {
                break;
            }
            text = text.replaceFirst("^==>\\s*", "").replaceFirst("\\s*\\[in template .*$", "");
            if (!text.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(text);
            }
        }
        return out.toString();
    }
}
