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
 * The theme: Pebble templates in a folder ({@code home.peb}, {@code section.peb}, {@code question.peb},
 * {@code tag.peb}, {@code 404.peb}), rendered with autoescaping and strict variables, so that a typo
 * in a template fails the build instead of printing nothing.
 */
public final class Templates {
    private final Path folder;
    private final PebbleEngine engine;

    public Templates(Path folder) {
        this.folder = folder;
        FileLoader loader = new FileLoader(folder.toAbsolutePath().toString());
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .build();
    }

    public Path folder() {
        return folder;
    }

    /** Renders template {@code name} with {@code model}; a template mistake becomes a {@link TemplateProblem}. */
    String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter(16 * 1024);
        try {
            engine.getTemplate(name).evaluate(out, model);
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? name + ".peb" : Path.of(e.getFileName()).getFileName().toString();
            int line = e.getLineNumber() == null ? 1 : e.getLineNumber();
            throw new TemplateProblem(Problem.at(new Position(Path.of("templates", file), line, 1),
                    "template error: " + e.getPebbleMessage(), "fix the template; Pebble syntax: {{ value }}, {% tag %}"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A mistake in the theme: it stops rendering, since every page would show it. */
    public static final class TemplateProblem extends RuntimeException {
        private final transient Problem problem;

        TemplateProblem(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
