package dev.qa.load;

import dev.qa.model.Home;
import dev.qa.model.Markdown;
import dev.qa.model.PathText;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import dev.qa.model.SnippetDependencies;
import java.util.HashMap;
import java.util.Map;
import dev.qa.model.Question;
import dev.qa.model.Section;
import dev.qa.model.Site;
import dev.qa.model.SiteConfig;
import dev.qa.model.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Markdown files outside the Q&A layout ({@code qa check README.md docs/}): no front matter needed, no
 * sections. Each file becomes one page of a site with one section, so that every later stage treats
 * it as it treats a question: one JShell session per file, positions relative to the folder qa runs from.
 */
final class PlainMarkdown {
    private final Path root;

    PlainMarkdown(Path root) {
        this.root = root;
    }

    Loaded load(List<Path> paths) {
        List<Problem> problems = new ArrayList<>();
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            Path absolute = root.resolve(path).normalize();
            if (Files.isDirectory(absolute)) {
                files.addAll(markdownUnder(absolute));
            } else {
                files.add(absolute);
            }
        }
        SourceReader reader = new SourceReader(root);
        MarkdownParser parser = new MarkdownParser(root);
        // A qa.yml beside the files still counts (snippet-imports, snippet-timeout), though there is no site.
        Attempt<SiteConfig> config = new ConfigLoader(root, reader).load();
        problems.addAll(config.problems());
        List<Question> pages = new ArrayList<>();
        for (Path file : files) {
            read(file, reader, parser, problems).ifPresent(pages::add);
        }
        Markdown empty = parser.parse(SourceFile.of(Path.of("README.md"), ""), 0);
        Section all = new Section(Path.of("."), "files", "Markdown files", 0, "", "", empty, pages);
        SiteConfig settings = config.ok() ? config.value() : SiteConfig.defaults();
        // qa.yml's snippet-dependencies count for every file, as its snippet-imports do.
        Map<Path, SnippetDependencies> dependencies = new HashMap<>();
        if (!settings.snippetDependencies().isEmpty()) {
            pages.forEach(page -> dependencies.put(page.file(), SnippetDependencies.declared(settings.snippetDependencies())));
        }
        return new Loaded(new Site(settings, new Home("Markdown files", "", empty), List.of(all), Optional.empty(), dependencies), problems);
    }

    private Optional<Question> read(Path file, SourceReader reader, MarkdownParser parser, List<Problem> problems) {
        Attempt<SourceFile> source = reader.read(file);
        if (!source.ok()) {
            problems.addAll(source.problems());
            return Optional.empty();
        }
        // Front matter is used when there is some; a file that only starts with a thematic break is all body.
        Attempt<FrontMatter> frontMatter = new FrontMatterParser().parse(source.value());
        int bodyOffset = frontMatter.ok() ? frontMatter.value().bodyOffset() : 0;
        Optional<Problem> tooMuch = MarkdownLimits.check(source.value(), bodyOffset);
        if (tooMuch.isPresent()) {
            problems.add(tooMuch.get());
            return Optional.empty();
        }
        Markdown body = parser.parse(source.value(), bodyOffset);
        problems.addAll(body.problems());
        Path relative = root.relativize(file);
        String name = PathText.slashed(relative);
        return Optional.of(new Question(relative, Slugs.of(name.replace('/', '-')), name, name, List.of(), Status.ANSWERED, body,
                Optional.empty()));
    }

    private static List<Path> markdownUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(file -> file.getFileName().toString().endsWith(".md"))
                    .filter(file -> !hidden(folder.relativize(file)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Under a hidden folder ({@code .git/}, {@code .github/}), or hidden itself: not documentation to check. */
    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** Why these paths cannot be checked, if one cannot: each must exist inside the folder qa runs from. */
    static Optional<String> refusal(Path root, List<Path> paths) {
        for (Path path : paths) {
            Path absolute = root.resolve(path).normalize();
            if (!Files.exists(absolute)) {
                return Optional.of(path + " does not exist");
            }
            if (!absolute.startsWith(root)) {
                return Optional.of(path + " is outside " + root + ", the folder qa checks from; run qa from a folder that holds it");
            }
            if (Files.isRegularFile(absolute) && !absolute.getFileName().toString().endsWith(".md")) {
                return Optional.of(path + " is not a markdown file (.md)");
            }
        }
        return Optional.empty();
    }
}
