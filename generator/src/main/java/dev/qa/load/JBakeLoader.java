package dev.qa.load;

import dev.qa.model.Document;
import dev.qa.model.Home;
import dev.qa.model.JBakeSite;
import dev.qa.model.Markdown;
import dev.qa.model.PathText;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import dev.qa.model.Site;
import dev.qa.model.SiteConfig;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a JBake project (a folder with {@code jbake.properties}) the way JBake 2.7.0 does: its
 * configuration over JBake's defaults, every Markdown and HTML file of {@code content/} with its
 * header as a document, the other files of {@code content/} and {@code assets/} as files to copy.
 * AsciiDoc files are listed as unsupported, and the rest of the site is still built.
 */
final class JBakeLoader {
    static final String PROPERTIES = "jbake.properties";
    private static final Set<String> MARKDOWN = Set.of("md", "markdown");
    private static final Set<String> HTML = Set.of("html", "htm");
    private static final Set<String> ASCIIDOC = Set.of("adoc", "asciidoc", "ad");
    private static final Set<String> STATUSES = Set.of(Document.PUBLISHED, Document.DRAFT);

    /** JBake 2.7.0's defaults (its default.properties) for the keys qa reads. */
    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("content.folder", "content"), Map.entry("template.folder", "templates"), Map.entry("asset.folder", "assets"),
            Map.entry("render.index", "true"), Map.entry("index.file", "index.html"), Map.entry("template.masterindex.file", "index.ftl"),
            Map.entry("render.archive", "true"), Map.entry("archive.file", "archive.html"), Map.entry("template.archive.file", "archive.ftl"),
            Map.entry("render.feed", "true"), Map.entry("feed.file", "feed.xml"), Map.entry("template.feed.file", "feed.ftl"),
            Map.entry("render.sitemap", "false"), Map.entry("sitemap.file", "sitemap.xml"), Map.entry("template.sitemap.file", "sitemap.ftl"),
            Map.entry("render.tags", "true"), Map.entry("tag.path", "tags"), Map.entry("template.tag.file", "tags.ftl"),
            Map.entry("render.tagsindex", "false"), Map.entry("template.tagsindex.file", "tags-index.ftl"),
            Map.entry("render.error404", "false"), Map.entry("error404.file", "404.html"), Map.entry("template.error404.file", "error404.ftl"),
            Map.entry("template.post.file", "post.ftl"), Map.entry("template.page.file", "page.ftl"),
            Map.entry("output.extension", ".html"), Map.entry("draft.suffix", "-draft"), Map.entry("date.format", "yyyy-MM-dd"),
            Map.entry("default.status", "draft"), Map.entry("default.type", ""), Map.entry("site.host", "http://www.jbake.org"),
            Map.entry("header.separator", "~~~~~~"), Map.entry("render.encoding", "UTF-8"));
    private static final List<String> FLAGS = List.of("render.index", "render.archive", "render.feed", "render.sitemap", "render.tags",
            "render.tagsindex", "render.error404");

    private final Path root;
    private final SourceReader reader;
    private final MarkdownParser markdown;
    private final GitHistory history;

    JBakeLoader(Path root, SourceReader reader, MarkdownParser markdown, GitHistory history) {
        this.root = root;
        this.reader = reader;
        this.markdown = markdown;
        this.history = history;
    }

    static boolean isProject(Path root) {
        return Files.isRegularFile(root.resolve(PROPERTIES));
    }

    Loaded load() {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> config = config(problems);
        List<Document> documents = new ArrayList<>();
        List<JBakeSite.CopiedFile> files = new ArrayList<>();
        List<Path> unsupported = new ArrayList<>();
        Path content = root.resolve(config.get("content.folder"));
        if (!Files.isDirectory(content)) {
            problems.add(Problem.at(Position.of(Path.of(PROPERTIES), 1), "this JBake project has no " + config.get("content.folder") + "/ folder",
                    "add the folder, or set content.folder in jbake.properties to the folder that holds the posts and pages"));
        } else {
            for (Path file : files(content)) {
                String extension = extension(file);
                Path relative = root.relativize(file);
                if (Files.isSymbolicLink(file)) {
                    problems.add(Problem.at(Position.of(relative, 1), "this file is a symbolic link; qa does not publish links",
                            "copy the file it links to into the project, or remove the link"));
                } else if (MARKDOWN.contains(extension) || HTML.contains(extension)) {
                    document(file, config, HTML.contains(extension), problems).ifPresent(documents::add);
                } else if (ASCIIDOC.contains(extension)) {
                    unsupported.add(relative);
                } else {
                    files.add(new JBakeSite.CopiedFile(relative, PathText.slashed(content.relativize(file))));
                }
            }
        }
        Path assets = root.resolve(config.get("asset.folder"));
        if (Files.isDirectory(assets)) {
            for (Path file : files(assets)) {
                if (Files.isSymbolicLink(file)) {
                    problems.add(Problem.at(Position.of(root.relativize(file), 1), "this file is a symbolic link; qa does not publish links",
                            "copy the file it links to into the project, or remove the link"));
                } else {
                    files.add(new JBakeSite.CopiedFile(root.relativize(file), PathText.slashed(assets.relativize(file))));
                }
            }
        }
        Home home = new Home(config.getOrDefault("site.title", "JBake"), "", markdown.parse(SourceFile.of(Path.of(PROPERTIES), ""), 0));
        SiteConfig siteConfig = new SiteConfig(Optional.of(withSlash(config.get("site.host"))), Optional.empty(), SiteConfig.DEFAULT_SNIPPET_TIMEOUT,
                List.of());
        Site site = new Site(siteConfig, home, List.of(), Optional.of(new JBakeSite(config, documents, files, unsupported)));
        return new Loaded(site, problems);
    }

    /** jbake.properties over JBake's defaults; a flag that is neither true nor false is a problem at its line. */
    private Map<String, String> config(List<Problem> problems) {
        Map<String, String> config = new LinkedHashMap<>(DEFAULTS);
        Attempt<SourceFile> source = reader.read(root.resolve(PROPERTIES));
        if (!source.ok()) {
            problems.addAll(source.problems());
            return config;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(source.value().text()));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(Problem.at(Position.of(Path.of(PROPERTIES), 1), "jbake.properties cannot be read: " + e.getMessage(),
                    "write one `key=value` per line"));
        }
        properties.stringPropertyNames().forEach(key -> config.put(key, properties.getProperty(key).strip()));
        for (String flag : FLAGS) {
            String value = config.get(flag).toLowerCase(Locale.ROOT);
            if (!value.equals("true") && !value.equals("false")) {
                problems.add(Problem.at(lineOf(source.value(), flag), "'" + flag + "' must be true or false, not '" + config.get(flag) + "'",
                        "write `" + flag + "=true` or `" + flag + "=false`"));
            }
        }
        return config;
    }

    private Optional<Document> document(Path file, Map<String, String> config, boolean html, List<Problem> problems) {
        Attempt<SourceFile> read = reader.read(file);
        if (!read.ok()) {
            problems.addAll(read.problems());
            return Optional.empty();
        }
        SourceFile source = read.value();
        Path relative = source.path();
        String separator = config.get("header.separator");
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        int line = 1;
        boolean closed = false;
        for (; line <= source.lineCount(); line++) {
            String text = source.lineText(line);
            if (text.strip().startsWith(separator)) {
                closed = true;
                break;
            }
            int equals = text.indexOf('=');
            if (equals > 0) {
                header.put(text.substring(0, equals).strip(), text.substring(equals + 1).strip());
                lines.put(text.substring(0, equals).strip(), line);
            } else if (!text.isBlank()) {
                break;
            }
        }
        if (!closed) {
            problems.add(Problem.at(source.line(1), "this file has no JBake header, so JBake would not publish it",
                    "start it with `title=…`, `type=post` or `type=page`, `status=published`, then a line `" + separator + "`"));
            return Optional.empty();
        }
        Position headerEnd = source.line(line);
        String type = header.getOrDefault("type", config.get("default.type"));
        String status = header.getOrDefault("status", config.get("default.status"));
        if (type.isEmpty()) {
            problems.add(Problem.at(headerEnd, "the header has no 'type', and jbake.properties no default.type",
                    "add `type=post` or `type=page` to the header"));
        } else if (!config.containsKey("template." + type + ".file")) {
            problems.add(Problem.at(at(source, lines, "type"), "no template for the type '" + type + "'",
                    "use type=post or type=page, or set template." + type + ".file in jbake.properties"));
        }
        if (!STATUSES.contains(status)) {
            problems.add(Problem.at(at(source, lines, "status"), "'status' cannot be '" + status + "'", "use one of: draft, published"));
        }
        Optional<LocalDate> date = Optional.empty();
        if (header.containsKey("date")) {
            date = date(header.get("date"), config.get("date.format"));
            if (date.isEmpty()) {
                problems.add(Problem.at(at(source, lines, "date"), "'date' must be written " + config.get("date.format") + ", not '"
                        + header.get("date") + "'", "write the date as date.format in jbake.properties says, e.g. 2024-05-17"));
            }
        }
        List<String> tags = header.containsKey("tags")
                ? Stream.of(header.get("tags").split(",")).map(String::strip).filter(tag -> !tag.isEmpty()).toList() : List.of();
        int bodyOffset = line < source.lineCount() ? source.lineStarts()[line] : source.text().length();
        Markdown body = html
                ? new Markdown(relative, line + 1, source.text().substring(bodyOffset), List.of(), List.of(), List.of())
                : markdown.parse(source, bodyOffset);
        problems.addAll(body.problems());
        Path content = root.resolve(config.get("content.folder"));
        String name = PathText.slashed(content.relativize(root.resolve(relative)));
        String uri = name.substring(0, name.lastIndexOf('.')) + (status.equals(Document.DRAFT) ? config.get("draft.suffix") : "")
                + config.get("output.extension");
        return Optional.of(new Document(relative, uri, type, status, header.getOrDefault("title", ""),
                date.or(() -> history.lastCommitted(relative)).or(() -> modified(file)), tags, header, body, html));
    }

    /** A document without a date is dated by its file, as JBake dates it; a template may print any document's date. */
    private static Optional<LocalDate> modified(Path file) {
        try {
            return Optional.of(LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), java.time.ZoneId.systemDefault()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text, String format) {
        try {
            return Optional.of(LocalDate.from(DateTimeFormatter.ofPattern(format, Locale.ROOT).parse(text)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Position at(SourceFile source, Map<String, Integer> lines, String key) {
        return source.line(lines.getOrDefault(key, 1));
    }

    private static Position lineOf(SourceFile source, String key) {
        for (int line = 1; line <= source.lineCount(); line++) {
            if (source.lineText(line).strip().startsWith(key)) {
                return source.line(line);
            }
        }
        return source.line(1);
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * Every file under {@code folder} in path order (links to files too, to be refused), hidden files
     * and folders left out as JBake leaves them. Links to folders are not followed.
     */
    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(file -> Files.isRegularFile(file) || Files.isSymbolicLink(file))
                    .filter(file -> Stream.of(folder.relativize(file).toString().split("[/\\\\]")).noneMatch(part -> part.startsWith(".")))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
