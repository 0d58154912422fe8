package dev.qa.render;

import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The theme: templates in a folder ({@code home}, {@code section}, {@code question}, {@code tag},
 * {@code tags}, {@code print}, {@code 404}), each in Pebble ({@code question.peb}) or FreeMarker
 * ({@code question.ftl}), chosen by its extension. Both read the same view model with HTML escaping on.
 */
public final class Templates {
    private final Path folder;
    private final List<TemplateEngine> engines;

    public Templates(Path folder) {
        this.folder = folder;
        this.engines = List.of(new PebbleTemplates(folder), new FreeMarkerTemplates(folder));
    }

    public Path folder() {
        return folder;
    }

    /** Renders template {@code name} with {@code model}; a template mistake becomes a {@link TemplateProblem}. */
    String render(String name, Map<String, Object> model) {
        return engineOf(name).render(name, model);
    }

    /**
     * The engine whose template {@code name} the folder holds; Pebble's (which then reports the missing
     * file) when there is none. Two templates of one name would leave the page to chance: refused.
     */
    private TemplateEngine engineOf(String name) {
        List<TemplateEngine> found = engines.stream().filter(engine -> Files.isRegularFile(folder.resolve(name + engine.extension()))).toList();
        if (found.size() > 1) {
            throw new TemplateProblem(Problem.at(new Position(Path.of("templates", name + found.get(1).extension()), 1, 1),
                    "two templates for the '" + name + "' page: " + name + found.get(0).extension() + " and " + name + found.get(1).extension(),
                    "keep one of them: a theme's pages may mix Pebble and FreeMarker, but each page has one template"));
        }
        return found.isEmpty() ? engines.get(0) : found.get(0);
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
