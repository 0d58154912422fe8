package dev.qa.render;

import java.util.Map;

/** One template language of a theme; a template's file extension says which one renders it. */
sealed interface TemplateEngine permits PebbleTemplates, FreeMarkerTemplates {

    /** The extension of this engine's templates, with its dot ({@code .peb}). */
    String extension();

    /** Renders template {@code name} (without extension); a mistake in it is a {@link Templates.TemplateProblem}. */
    String render(String name, Map<String, Object> model);
}
