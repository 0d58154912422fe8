package dev.qa.load;

import dev.qa.text.UrlPolicy;
import java.util.List;

import dev.qa.model.Dependency;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import dev.qa.model.SourceLine;
import dev.qa.model.SearchSynonyms;
import dev.qa.model.SiteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the optional site configuration {@code qa.yml} at the top of the source folder. */
final class ConfigLoader {
    static final String FILE_NAME = "qa.yml";
    private static final Set<String> KEYS = Set.of("base-url", "edit-url", "snippet-timeout", "snippet-imports", "require-sandbox",
            "snippet-dependencies");

    private final SourceReader reader;
    private final Path root;

    ConfigLoader(Path root, SourceReader reader) {
        this.root = root;
        this.reader = reader;
    }

    Attempt<SiteConfig> load() {
        Path file = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Attempt.success(SiteConfig.defaults());
        }
        Attempt<SourceFile> source = reader.read(file);
        if (!source.ok()) {
            return Attempt.failure(source.problems());
        }
        // qa.yml is a YAML document; parse it as front matter with both fences implied.
        SourceFile wrapped = SourceFile.of(source.value().path(), "---\n" + source.value().text() + "\n---\n");
        Attempt<FrontMatter> yaml = new FrontMatterParser().parse(wrapped);
        if (!yaml.ok()) {
            return Attempt.failure(shiftUp(yaml.problems()));
        }
        FrontMatterFields fields = new FrontMatterFields(wrapped, yaml.value(), KEYS);
        Optional<String> baseUrl = fields.optionalString("base-url").map(ConfigLoader::withTrailingSlash);
        Optional<String> editUrl = fields.optionalString("edit-url").map(ConfigLoader::withTrailingSlash);
        for (String key : List.of("base-url", "edit-url")) {
            fields.optionalString(key).ifPresent(url -> {
                boolean absolute = url.matches("(?i)https?://[^\\s]+");
                if (!absolute || UrlPolicy.refuseLink(url).isPresent()) {
                    fields.problem(key, "'" + key + "' must be an absolute http or https URL, not '" + url + "'",
                            "write for example `" + key + ": https://example.org/" + (key.equals("edit-url") ? "edit/main/" : "") + "`");
                }
            });
        }
        Duration timeout = fields.optionalString("snippet-timeout").flatMap(text -> {
            Optional<Duration> parsed = Durations.parse(text);
            if (parsed.isEmpty()) {
                fields.problem("snippet-timeout", "'snippet-timeout' must be a duration, not '" + text + "'",
                        "write for example `snippet-timeout: 10s` (units: ms, s, m)");
            }
            return parsed;
        }).orElse(SiteConfig.DEFAULT_SNIPPET_TIMEOUT);
        List<SourceLine> imports = new ArrayList<>();
        List<String> names = fields.stringList("snippet-imports");
        if (!names.isEmpty()) {
            Position at = fields.position("snippet-imports");
            // The position in qa.yml itself, which is parsed with a fence line added above it.
            Position inFile = new Position(at.file(), Math.max(1, at.line() - 1), at.column());
            for (String name : names) {
                Optional<String> declaration = SnippetImports.declaration(name);
                if (declaration.isEmpty()) {
                    fields.problem("snippet-imports", "'" + name + "' is not something Java can import",
                            "write what follows `import` in Java: `java.time.*`, `java.util.concurrent.ConcurrentHashMap` "
                                    + "or `static java.lang.Math.max`");
                } else {
                    imports.add(new SourceLine(declaration.get(), inFile));
                }
            }
        }
        // For CI: snippets that cannot run in the OS sandbox must fail the build, not run unconfined.
        boolean requireSandbox = fields.optionalString("require-sandbox").map(text -> {
            if (!text.equals("true") && !text.equals("false")) {
                fields.problem("require-sandbox", "'require-sandbox' must be true or false, not '" + text + "'",
                        "write `require-sandbox: true` to fail when snippets cannot run in the sandbox");
            }
            return text.equals("true");
        }).orElse(false);
        // Libraries every page's snippets run with; resolved by Maven before the check, only when some are declared.
        List<Dependency> dependencies = DependencyDeclarations.read(fields, "snippet-dependencies", -1);
        if (!fields.problems().isEmpty()) {
            return Attempt.failure(shiftUp(fields.problems()));
        }
        return Attempt.success(new SiteConfig(baseUrl, editUrl, timeout, imports, requireSandbox, SearchSynonyms.NONE, dependencies));
    }

    private static String withTrailingSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static List<Problem> shiftUp(List<Problem> problems) {
        List<Problem> shifted = new ArrayList<>();
        for (Problem problem : problems) {
            var at = problem.at();
            shifted.add(new Problem(new dev.qa.model.Position(at.file(), Math.max(1, at.line() - 1), at.column()),
                    problem.message().replace("front matter", FILE_NAME), problem.hint()));
        }
        return shifted;
    }
}
