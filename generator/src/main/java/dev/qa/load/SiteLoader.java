package dev.qa.load;

import dev.qa.model.Home;
import dev.qa.model.Markdown;
import dev.qa.model.PathText;
import dev.qa.model.Dependency;
import dev.qa.model.Position;
import dev.qa.model.SnippetDependencies;
import dev.qa.model.Problem;
import dev.qa.model.Question;
import dev.qa.model.SearchSynonyms;
import dev.qa.model.Section;
import dev.qa.model.Site;
import dev.qa.model.SiteConfig;
import dev.qa.model.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The load stage: reads {@code content/} (and {@code qa.yml}) into a {@link Site}, reporting every
 * problem a contributor can fix with its file and line. A folder with {@code jbake.properties} is read
 * as a JBake project ({@link JBakeLoader}).
 */
public final class SiteLoader {
    public static final String CONTENT = "content";
    public static final String SECTION_FILE = "_section.md";
    public static final String HOME_FILE = "index.md";
    /** Words the search takes for one another; read with the site, and no snippet depends on it. */
    public static final String SEARCH_SYNONYMS = SynonymsLoader.FILE_NAME;
    static final Set<String> QUESTION_KEYS = Set.of("title", "id", "tags", "status", "date", "type", "aliases", "dependencies");
    static final Set<String> SECTION_KEYS = Set.of("title", "order", "icon", "summary", "dependencies");
    static final Set<String> HOME_KEYS = Set.of("title", "description");

    /** A warm JVM's parses and git history, kept between loads; empty for a loader that loads once. */
    private final Optional<ParseCache> parses;
    private final Optional<GitHistory.Cached> histories;
    /** Where a one-shot load keeps its parses for the next process ({@code .qa-cache/parse.bin}). */
    private final Optional<Path> parseStore;

    /** A loader that reads and parses everything on every load. */
    public SiteLoader() {
        this(Optional.empty(), Optional.empty(), Optional.empty());
    }

    private SiteLoader(Optional<ParseCache> parses, Optional<GitHistory.Cached> histories, Optional<Path> parseStore) {
        this.parses = parses;
        this.histories = histories;
        this.parseStore = parseStore;
    }

    /**
     * A loader for {@code ./qa build} and {@code ./qa check}: it reads every file, but parses only those
     * whose text changed since the last load that used {@code store}, and keeps its parses there.
     */
    public static SiteLoader storing(Path store) {
        return new SiteLoader(Optional.empty(), Optional.empty(), Optional.of(store));
    }

    /**
     * A loader for a warm JVM ({@code qa serve}): every load still lists every folder, but reads and
     * parses only the files that changed, and asks git again only when the repository's HEAD moved.
     */
    public static SiteLoader remembering() {
        return new SiteLoader(Optional.of(new ParseCache()), Optional.of(new GitHistory.Cached()), Optional.empty());
    }

    /**
     * Plain markdown files and folders of them ({@code README.md}, {@code docs/}), relative to {@code root},
     * without front matter or sections: each file is one page of a one-section site.
     */
    public Loaded loadFiles(Path root, List<Path> paths) {
        return new PlainMarkdown(root.toAbsolutePath().normalize()).load(paths);
    }

    /** Why {@link #loadFiles} cannot read these paths (one is missing, outside {@code root} or not markdown), if it cannot. */
    public static Optional<String> filesRefusal(Path root, List<Path> paths) {
        return PlainMarkdown.refusal(root.toAbsolutePath().normalize(), paths);
    }

    public Loaded load(Path sourceRoot) {
        Path root = sourceRoot.toAbsolutePath().normalize();
        Optional<ParseStore> store = parseStore.map(ParseStore::load);
        try {
            return load(root, new MarkdownParser(root, store));
        } finally {
            store.ifPresent(ParseStore::save);
        }
    }

    private Loaded load(Path root, MarkdownParser markdown) {
        GitHistory history = histories.map(cached -> cached.of(root)).orElseGet(() -> GitHistory.of(root));
        SourceReader reader = new SourceReader(root);
        if (JBakeLoader.isProject(root)) {
            return new JBakeLoader(root, reader, markdown, history).load();
        }
        List<Problem> problems = new ArrayList<>();
        Path content = root.resolve(CONTENT);
        if (!Files.isDirectory(content)) {
            problems.add(Problem.at(Position.of(root.relativize(content), 1), "there is no content/ folder",
                    "run qa in the folder that holds content/, or pass --source DIR"));
            return new Loaded(null, problems);
        }
        Attempt<SiteConfig> config = new ConfigLoader(root, reader).load();
        problems.addAll(config.problems());
        Attempt<SearchSynonyms> synonyms = new SynonymsLoader(root, reader).load();
        problems.addAll(synonyms.problems());

        Home home = loadHome(content.resolve(HOME_FILE), reader, markdown, problems);
        Map<Path, Position> idPositions = new ConcurrentHashMap<>();
        Map<Path, List<Dependency>> declared = new ConcurrentHashMap<>();
        List<Problem> found = Collections.synchronizedList(new ArrayList<>());
        // Parsing is most of loading and every file is independent: parse them on all cores.
        List<Section> sections = new ArrayList<>(list(content).parallelStream()
                .filter(Files::isDirectory)
                .map(folder -> loadSection(folder, reader, markdown, history, found, idPositions, declared))
                .flatMap(Optional::stream)
                .toList());
        problems.addAll(sorted(found));
        for (Path entry : list(content)) {
            if (isMarkdown(entry) && !entry.getFileName().toString().equals(HOME_FILE)) {
                problems.add(Problem.at(Position.of(root.relativize(entry), 1), "this question is outside any section",
                        "move it into a section folder such as content/01-architecture/"));
            }
        }
        sections.sort(Comparator.comparingInt(Section::order).thenComparing(section -> section.folder().toString()));
        checkUnique(sections, idPositions, problems);
        SiteConfig settings = config.ok() ? config.value() : SiteConfig.defaults();
        if (synonyms.ok()) {
            settings = settings.withSearchSynonyms(synonyms.value());
        }
        Site site = new Site(settings, home, sections, Optional.empty(), dependencies(settings, home, sections, declared));
        return new Loaded(site, problems);
    }

    private Home loadHome(Path file, SourceReader reader, MarkdownParser markdown, List<Problem> problems) {
        Optional<Page> page = Files.isRegularFile(file) ? readPage(file, reader, markdown, HOME_KEYS, problems) : Optional.empty();
        if (page.isEmpty()) {
            // No content/index.md (or an unreadable one, already reported): an untitled, empty home page.
            return new Home("Q&A", "", markdown.parse(SourceFile.of(Path.of(CONTENT, HOME_FILE), ""), 0));
        }
        FrontMatterFields fields = page.get().fields();
        String title = fields.requiredString("title", "Backend Engineering Interview Q&A");
        String description = fields.optionalString("description").orElse("");
        problems.addAll(fields.problems());
        return new Home(title, description, page.get().body());
    }

    private Optional<Section> loadSection(Path folder, SourceReader reader, MarkdownParser markdown, GitHistory history,
                                          List<Problem> problems, Map<Path, Position> idPositions,
                                          Map<Path, List<Dependency>> declared) {
        Path root = reader.root();
        Path sectionFile = folder.resolve(SECTION_FILE);
        List<Path> entries = list(folder);
        if (!Files.isRegularFile(sectionFile)) {
            entries.stream().filter(SiteLoader::isMarkdown).findFirst().ifPresent(file -> problems.add(Problem.at(
                    Position.of(root.relativize(file), 1),
                    "this question is outside any section: " + PathText.slashed(root.relativize(folder)) + "/ has no " + SECTION_FILE,
                    "add " + PathText.slashed(root.relativize(sectionFile)) + " with `title:` and `order:` front matter")));
            return Optional.empty();
        }
        Optional<Page> page = readPage(sectionFile, reader, markdown, SECTION_KEYS, problems);
        String slug = Slugs.of(folder.getFileName().toString());
        if (!Slugs.valid(slug)) {
            problems.add(Problem.at(Position.of(root.relativize(sectionFile), 1),
                    "the folder name '" + folder.getFileName() + "' does not make a valid URL",
                    "name section folders like 01-architecture: an optional number, then lowercase words joined by '-'"));
        }
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                list(entry).stream().filter(SiteLoader::isMarkdown).findFirst().ifPresent(file -> problems.add(Problem.at(
                        Position.of(root.relativize(file), 1), "this question is outside any section: sections cannot be nested",
                        "move it up into " + PathText.slashed(root.relativize(folder)) + "/")));
            }
        }
        List<Question> questions = entries.parallelStream()
                .filter(entry -> isMarkdown(entry) && !entry.getFileName().toString().equals(SECTION_FILE))
                .map(entry -> loadQuestion(entry, reader, markdown, history, problems, idPositions, declared))
                .flatMap(Optional::stream)
                .toList();
        if (page.isEmpty()) {
            return Optional.empty();
        }
        FrontMatterFields fields = page.get().fields();
        String title = fields.requiredString("title", "Architecture & System Design");
        int order = fields.integer("order").orElse(Integer.MAX_VALUE);
        String icon = fields.optionalString("icon").orElse("");
        String summary = fields.optionalString("summary").orElse("");
        declared.put(root.relativize(sectionFile), DependencyDeclarations.read(fields, "dependencies", 0));
        problems.addAll(fields.problems());
        return Optional.of(new Section(root.relativize(folder), slug, title, order, icon, summary, page.get().body(), questions));
    }

    private Optional<Question> loadQuestion(Path file, SourceReader reader, MarkdownParser markdown, GitHistory history,
                                            List<Problem> problems, Map<Path, Position> idPositions,
                                            Map<Path, List<Dependency>> declared) {
        Optional<Page> page = readPage(file, reader, markdown, QUESTION_KEYS, problems);
        if (page.isEmpty()) {
            return Optional.empty();
        }
        Path relative = reader.root().relativize(file);
        String slug = Slugs.of(file.getFileName().toString());
        if (!Slugs.valid(slug)) {
            problems.add(Problem.at(Position.of(relative, 1), "the file name '" + file.getFileName() + "' does not make a valid URL",
                    "name question files like 03-cap-theorem.md: an optional number, then lowercase words joined by '-'"));
        }
        FrontMatterFields fields = page.get().fields();
        String title = fields.requiredString("title", "What is the CAP theorem?");
        String id = fields.requiredString("id", "q101");
        idPositions.put(relative, fields.position("id"));
        List<String> tags = new ArrayList<>();
        for (String tag : fields.stringList("tags")) {
            Optional<String> tagSlug = Slugs.tag(tag);
            if (tagSlug.isEmpty()) {
                fields.problem("tags", "the tag '" + tag + "' cannot name a page: tags are words of letters and digits joined by '-'",
                        "write it like `api-design` or `java-17`");
            } else if (!tags.contains(tagSlug.get())) {
                tags.add(tagSlug.get());
            }
        }
        Status status = fields.oneOf("status", Status.class).orElse(Status.ANSWERED);
        if (status == Status.ANSWERED && page.get().body().isBlank()) {
            fields.problem("status", "this question has no answer, so its status must be draft",
                    "write the answer below the front matter, or set `status: draft`");
        }
        Optional<LocalDate> date = fields.date("date");
        fields.optionalString("type");
        // Other names readers search the question by; only the search index reads them.
        List<String> aliases = fields.stringList("aliases");
        declared.put(relative, DependencyDeclarations.read(fields, "dependencies", 0));
        problems.addAll(fields.problems());
        return Optional.of(new Question(relative, slug, id, title, tags, status, page.get().body(), history.lastCommitted(relative), date,
                aliases));
    }

    /** Each page's libraries: the site's, its section's, its own; pages without any are left out. */
    private static Map<Path, SnippetDependencies> dependencies(SiteConfig settings, Home home, List<Section> sections,
                                                              Map<Path, List<Dependency>> declared) {
        Map<Path, SnippetDependencies> byFile = new HashMap<>();
        List<Dependency> site = settings.snippetDependencies();
        java.util.function.BiConsumer<Markdown, List<Dependency>> put = (body, libraries) -> {
            if (body != null && !libraries.isEmpty()) {
                byFile.put(body.file(), SnippetDependencies.declared(libraries));
            }
        };
        put.accept(home.body(), site);
        for (Section section : sections) {
            List<Dependency> own = declared.getOrDefault(section.folder().resolve(SECTION_FILE), List.of());
            put.accept(section.intro(), DependencyDeclarations.merged(site, own));
            for (Question question : section.questions()) {
                put.accept(question.body(), DependencyDeclarations.merged(site, own, declared.getOrDefault(question.file(), List.of())));
            }
        }
        return byFile;
    }

    /** A markdown file read and split: its front matter, checked against {@code keys}, and its parsed body. */
    private record Page(FrontMatterFields fields, Markdown body) {
    }

    private Optional<Page> readPage(Path file, SourceReader reader, MarkdownParser markdown, Set<String> keys,
                                    List<Problem> problems) {
        Optional<ParseCache.Entry> known = parses.flatMap(cache -> cache.unchanged(file));
        if (known.isPresent()) {
            FrontMatterFields fields = new FrontMatterFields(known.get().source(), known.get().parsed().frontMatter(), keys);
            problems.addAll(known.get().parsed().body().problems());
            return Optional.of(new Page(fields, known.get().parsed().body()));
        }
        String stamp = parses.map(cache -> cache.stampBeforeReading(file)).orElse("");
        Attempt<SourceFile> source = reader.read(file);
        if (!source.ok()) {
            problems.addAll(source.problems());
            return Optional.empty();
        }
        Attempt<FrontMatter> frontMatter = new FrontMatterParser().parse(source.value());
        if (!frontMatter.ok()) {
            problems.addAll(frontMatter.problems());
            return Optional.empty();
        }
        Optional<Problem> tooMuch = MarkdownLimits.check(source.value(), frontMatter.value().bodyOffset());
        if (tooMuch.isPresent()) {
            problems.add(tooMuch.get());
            return Optional.empty();
        }
        FrontMatterFields fields = new FrontMatterFields(source.value(), frontMatter.value(), keys);
        Markdown body = markdown.parse(source.value(), frontMatter.value().bodyOffset());
        parses.ifPresent(cache -> cache.put(file, stamp, source.value(), new ParseCache.Parsed(frontMatter.value(), body)));
        problems.addAll(body.problems());
        return Optional.of(new Page(fields, body));
    }

    private static void checkUnique(List<Section> sections, Map<Path, Position> idPositions, List<Problem> problems) {
        Map<String, Path> sectionSlugs = new HashMap<>();
        Map<String, Path> ids = new HashMap<>();
        for (Section section : sections) {
            Path previousSection = sectionSlugs.putIfAbsent(section.slug(), section.folder());
            if (previousSection != null) {
                problems.add(Problem.at(Position.of(section.folder().resolve(SECTION_FILE), 1),
                        "two sections have the URL '" + section.slug() + "/': " + PathText.slashed(previousSection) + " and this one",
                        "rename one of the folders"));
            }
            Map<String, Path> slugs = new HashMap<>();
            for (Question question : section.questions()) {
                Path previous = slugs.putIfAbsent(question.slug(), question.file());
                if (previous != null) {
                    problems.add(Problem.at(Position.of(question.file(), 1),
                            "two questions have the URL '" + section.slug() + "/" + question.slug() + ".html': "
                                    + PathText.slashed(previous) + " and this one",
                            "rename one of the files: the part after the number must differ"));
                }
                Path previousId = ids.putIfAbsent(question.id(), question.file());
                if (previousId != null && !question.id().isEmpty()) {
                    problems.add(Problem.at(idPositions.getOrDefault(question.file(), Position.of(question.file(), 1)),
                            "the id '" + question.id() + "' is already used by " + PathText.slashed(previousId),
                            "ids are permanent and unique; give this question the next free id (./qa new picks one)"));
                }
            }
        }
    }

    private static List<Problem> sorted(List<Problem> problems) {
        synchronized (problems) {
            return problems.stream()
                    .sorted(Comparator.comparing((Problem problem) -> problem.at().file().toString())
                            .thenComparingInt(problem -> problem.at().line())
                            .thenComparingInt(problem -> problem.at().column()))
                    .toList();
        }
    }

    private static boolean isMarkdown(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().endsWith(".md");
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted(Comparator.comparing(path -> path.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
