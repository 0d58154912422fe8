package dev.qa.render;

import dev.qa.model.Position;
import dev.qa.model.Problem;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Pebble templates ({@code .peb}), the default theme's language, rendered with autoescaping and strict
 * variables, so that a typo in a template fails the build instead of printing nothing.
 */
final class PebbleTemplates implements TemplateEngine {
    static final String EXTENSION = ".peb";
    private final PebbleEngine engine;

    PebbleTemplates(Path folder) {
        FileLoader loader = new FileLoader(folder.toAbsolutePath().toString());
        loader.setSuffix(EXTENSION);
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .build();
    }

    @Override
    public String extension() {
        return EXTENSION;
    }

    @Override
    public String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            engine.getTemplate(name).evaluate(out, model);
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? name + EXTENSION : Path.of(e.getFileName()).getFileName().toString();
            int line = e.getLineNumber() == null ? 1 : e.getLineNumber();
            throw new Templates.TemplateProblem(Problem.at(new Position(Path.of("templates", file), line, 1),
                    "template error: " + e.getPebbleMessage(), "fix the template; Pebble syntax: {{ value }}, {% tag %}"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
