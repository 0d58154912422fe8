package dev.qa.render;

import dev.qa.model.Document;
import dev.qa.model.JBakeSite;
import dev.qa.model.Page;
import dev.qa.model.PathText;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import dev.qa.model.Results;
import dev.qa.model.Site;
import dev.qa.model.SiteUrls;
import freemarker.template.SimpleDate;
import freemarker.template.TemplateDateModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A JBake project's pages, made with its FreeMarker templates from JBake 2.7.0's data model: each
 * document with {@code template.<type>.file}, then the index, archive, tag pages, feed and sitemap
 * that its {@code render.*} keys ask for, at the paths its {@code *.file} keys give.
 */
final class JBakeRenderer {
    private static final String PROPERTIES = "jbake.properties";
    private final Path templates;
    private final JBakeTemplates engine;
    private final MarkdownRenderer markdown;

    JBakeRenderer(Path templates, MarkdownRenderer markdown) {
        this.templates = templates;
        this.engine = new JBakeTemplates(templates);
        this.markdown = markdown;
    }

    Renderer.Rendered render(Site site, JBakeSite project, Results results) {
        Findings findings = new Findings();
        SiteUrls urls = new SiteUrls(site);
        Map<Document, String> bodies = new HashMap<>();
        for (Document document : project.documents()) {
            bodies.put(document, document.html() ? document.body().source()
                    : markdown.render(document.body(), document.uri(), urls, results, site.config().importsText(), findings).html());
        }
        Model model = new Model(project, bodies);
        List<Page> pages = new ArrayList<>();
        List<Problem> problems = new ArrayList<>(findings.problems());
        for (Document document : project.documents()) {
            String template = project.get("template." + document.type() + ".file");
            if (missing(template, "template." + document.type() + ".file", problems)) {
                continue;
            }
            pages.add(new Page(document.uri(), engine.render(template, document.uri(), format -> model.page(format, document))));
        }
        page(project, "render.index", "index.file", "template.masterindex.file", "masterindex", model, pages, problems);
        page(project, "render.archive", "archive.file", "template.archive.file", "archive", model, pages, problems);
        page(project, "render.feed", "feed.file", "template.feed.file", "feed", model, pages, problems);
        page(project, "render.sitemap", "sitemap.file", "template.sitemap.file", "sitemap", model, pages, problems);
        page(project, "render.error404", "error404.file", "template.error404.file", "error404", model, pages, problems);
        if (project.flag("render.tags")) {
            String template = project.get("template.tag.file");
            if (!missing(template, "template.tag.file", problems)) {
                for (String tag : model.tagNames()) {
                    String path = model.tagUri(tag);
                    pages.add(new Page(path, engine.render(template, path, format -> model.tag(format, tag, path))));
                }
            }
        }
        if (project.flag("render.tagsindex")) {
            String template = project.get("template.tagsindex.file");
            String path = project.get("tag.path") + "/index" + project.get("output.extension");
            if (!missing(template, "template.tagsindex.file", problems)) {
                pages.add(new Page(path, engine.render(template, path, format -> model.listing(format, "tagindex", path))));
            }
        }
        return new Renderer.Rendered(pages, problems, 0);
    }

    private void page(JBakeSite project, String flag, String file, String templateKey, String type, Model model, List<Page> pages,
                      List<Problem> problems) {
        if (!project.flag(flag)) {
            return;
        }
        String template = project.get(templateKey);
        if (missing(template, templateKey, problems)) {
            return;
        }
        String path = project.get(file);
        pages.add(new Page(path, engine.render(template, path, format -> model.listing(format, type, path))));
    }

    private boolean missing(String template, String key, List<Problem> problems) {
        if (template.isEmpty() || !Files.isRegularFile(templates.resolve(template))) {
            problems.add(Problem.at(Position.of(Path.of(PROPERTIES), 1), "there is no template " + templates.getFileName() + "/" + template
                    + " (" + key + ")", "add the template, set " + key + " in jbake.properties, or turn that page off (render.*=false)"));
            return true;
        }
        return false;
    }

    /** JBake 2.7.0's data model, each value built once per output format (HTML bodies are markup in HTML templates). */
    private static final class Model {
        private final JBakeSite project;
        private final Map<Document, String> bodies;
        private final List<Document> posts;
        private final Map<String, List<Document>> byTag = new TreeMap<>();
        private final Date publishedDate;

        Model(JBakeSite project, Map<Document, String> bodies) {
            this.project = project;
            this.bodies = bodies;
            // Newest first, as JBake's queries order them.
            this.posts = project.documents().stream().filter(document -> document.type().equals("post"))
                    .sorted(Comparator.comparing((Document document) -> document.date().orElse(LocalDate.MIN)).reversed()).toList();
            posts.stream().filter(Document::published)
                    .forEach(post -> post.tags().forEach(tag -> byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(post)));
            // JBake puts the time of the bake here; the newest date keeps an unchanged project's feed unchanged.
            this.publishedDate = date(project.documents().stream().filter(Document::published).map(Document::date).flatMap(Optional::stream)
                    .max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH));
        }

        List<String> tagNames() {
            return List.copyOf(byTag.keySet());
        }

        String tagUri(String tag) {
            return project.get("tag.path") + "/" + tag + project.get("output.extension");
        }

        Map<String, Object> page(JBakeTemplates.Format format, Document document) {
            Map<String, Object> model = common(format);
            Map<String, Object> content = document(format, document);
            content.put("rootpath", rootPath(document.uri()));
            model.put("content", content);
            return model;
        }

        Map<String, Object> listing(JBakeTemplates.Format format, String type, String path) {
            Map<String, Object> model = common(format);
            Map<String, Object> content = new HashMap<>();
            content.put("type", type);
            content.put("rootpath", rootPath(path));
            content.put("uri", path);
            model.put("content", content);
            return model;
        }

        Map<String, Object> tag(JBakeTemplates.Format format, String tag, String path) {
            Map<String, Object> model = listing(format, "tag", path);
            model.put("tag", tag);
            List<Map<String, Object>> tagged = byTag.get(tag).stream().map(post -> document(format, post)).toList();
            model.put("tag_posts", tagged);
            model.put("tagged_posts", tagged);
            model.put("tagged_documents", tagged);
            return model;
        }

        private Map<String, Object> common(JBakeTemplates.Format format) {
            Function<List<Document>, List<Map<String, Object>>> maps = documents -> documents.stream().map(document -> document(format, document)).toList();
            List<Document> publishedPosts = posts.stream().filter(Document::published).toList();
            List<Document> publishedPages = project.documents().stream().filter(document -> document.published() && document.type().equals("page"))
                    .toList();
            List<Document> publishedContent = project.documents().stream().filter(Document::published)
                    .sorted(Comparator.comparing((Document document) -> document.date().orElse(LocalDate.MIN)).reversed()).toList();
            Map<String, Object> model = new HashMap<>();
            model.put("config", config());
            model.put("version", project.config().getOrDefault("version", "qa"));
            model.put("posts", maps.apply(posts));
            model.put("published_posts", maps.apply(publishedPosts));
            model.put("published_pages", maps.apply(publishedPages));
            model.put("published_content", maps.apply(publishedContent));
            model.put("all_content", maps.apply(project.documents()));
            model.put("published_date", dateModel(publishedDate));
            List<Map<String, Object>> tags = new ArrayList<>();
            byTag.forEach((tag, tagged) -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("name", tag);
                item.put("uri", tagUri(tag));
                item.put("tagged_posts", maps.apply(tagged));
                item.put("tagged_documents", maps.apply(tagged));
                tags.add(item);
            });
            model.put("tags", tags);
            model.put("alltags", List.copyOf(byTag.keySet()));
            return model;
        }

        /** JBake's {@code config} hash: every key with its dots made underscores ({@code config.site_host}). */
        private Map<String, Object> config() {
            Map<String, Object> config = new HashMap<>();
            project.config().forEach((key, value) -> config.put(key.replace('.', '_'), value));
            return config;
        }

        private Map<String, Object> document(JBakeTemplates.Format format, Document document) {
            Map<String, Object> content = new HashMap<>(document.header());
            content.put("title", document.title());
            document.date().ifPresent(day -> content.put("date", dateModel(date(day))));
            content.put("type", document.type());
            content.put("status", document.status());
            content.put("tags", document.tags());
            content.put("uri", document.uri());
            content.put("sourceuri", PathText.slashed(document.file()));
            content.put("file", PathText.slashed(document.file()));
            content.put("body", format.body(bodies.get(document)));
            return content;
        }

        private static String rootPath(String path) {
            return "../".repeat((int) path.chars().filter(c -> c == '/').count());
        }

        private static Date date(LocalDate day) {
            return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
        }

        private static SimpleDate dateModel(Date date) {
            return new SimpleDate(date, TemplateDateModel.DATETIME);
        }
    }
}
