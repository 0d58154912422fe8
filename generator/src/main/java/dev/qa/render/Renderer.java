package dev.qa.render;

import dev.qa.check.SnippetResults;
import dev.qa.model.PathText;
import dev.qa.model.Problem;
import dev.qa.model.Question;
import dev.qa.model.Section;
import dev.qa.model.Site;
import dev.qa.model.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The render stage: turns the loaded site and its snippet results into pages in memory. */
public final class Renderer {
    /** The page that holds every question, for printing or saving as one PDF. */
    public static final String PRINT = "print/index.html";
    private static final String TAGS = "tags/index.html";

    private final Templates templates;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public Renderer(Templates templates) {
        this.templates = templates;
    }

    /** Every page of the site; links between markdown files that lead nowhere are returned as problems. */
    public Rendered render(Site site, SnippetResults checked) {
        SnippetView results = new SnippetView(checked, IncludedCode.of(site));
        SiteUrls urls = new SiteUrls(site);
        List<Question> questions = site.questions().toList();
        Map<Question, Section> sectionOf = new HashMap<>();
        site.sections().forEach(section -> section.questions().forEach(question -> sectionOf.put(question, section)));
        Findings findings = new Findings();
        GitHistory history = GitHistory.of(site.root());
        Theme theme = Theme.of(templates.folder());

        List<List<Page>> questionPages = IntStream.range(0, questions.size()).parallel().mapToObj(i -> {
            Question question = questions.get(i);
            Section section = sectionOf.get(question);
            String path = SiteUrls.question(section, question);
            MarkdownRenderer.Body body = markdown.render(question.body(), path, urls, results, findings);
            Optional<String> script = JShellScript.page(question.title(), path, question.body().codeBlocks());
            String scriptPath = path.replaceFirst("\\.html$", ".jsh");
            Map<String, Object> model = common(site, theme, path, section, question);
            model.put("question", question);
            model.put("draft", question.status() == Status.DRAFT);
            model.put("content", body.html());
            model.put("toc", body.headings());
            model.put("section", new Views.Link(section.title(), SiteUrls.relative(path, SiteUrls.section(section))));
            model.put("sectionIcon", section.icon());
            model.put("position", section.questions().indexOf(question) + 1);
            model.put("sectionSize", section.questions().size());
            model.put("tags", question.tags().stream().map(tag -> new Views.Link(tag, SiteUrls.relative(path, SiteUrls.tag(tag)))).toList());
            model.put("previous", i > 0 ? link(path, questions.get(i - 1), sectionOf) : null);
            model.put("next", i + 1 < questions.size() ? link(path, questions.get(i + 1), sectionOf) : null);
            model.put("editUrl", editUrl(site, question.file()));
            model.put("lastUpdated", history.lastCommitted(question.file()).map(Object::toString).orElse(null));
            model.put("jsh", script.map(text -> SiteUrls.relative(path, scriptPath)).orElse(null));
            List<Page> pages = new ArrayList<>(2);
            pages.add(new Page(path, templates.render("question", model)));
            script.ifPresent(text -> pages.add(new Page(scriptPath, text)));
            return pages;
        }).toList();

        List<Page> pages = new ArrayList<>(questionPages.size() * 2 + site.sections().size() + 8);
        pages.add(home(site, theme, urls, results, findings));
        for (Section section : site.sections()) {
            pages.add(section(site, theme, section, urls, results, findings));
        }
        questionPages.forEach(pages::addAll);
        pages.addAll(tags(site, theme, sectionOf));
        pages.add(print(site, theme, urls, results, sectionOf));
        pages.add(notFound(site, theme));
        pages.add(new Page("sitemap.xml", Sitemap.xml(site, pages)));
        pages.add(new Page("robots.txt", Sitemap.robots(site)));
        List<Problem> problems = new ArrayList<>(findings.problems());
        problems.addAll(LinkCheck.verify(pages, findings.links(), theme.files()));
        problems.sort(java.util.Comparator.comparing((Problem problem) -> problem.at().file().toString())
                .thenComparingInt(problem -> problem.at().line()).thenComparingInt(problem -> problem.at().column()));
        return new Rendered(pages, problems);
    }

    private Page home(Site site, Theme theme, SiteUrls urls, SnippetView results, Findings findings) {
        String path = SiteUrls.HOME;
        Map<String, Object> model = common(site, theme, path, null, null);
        model.put("content", markdown.render(site.home().body(), path, urls, results, findings).html());
        model.put("sections", sectionItems(site, path, null, null));
        model.put("questionCount", site.questions().count());
        model.put("answeredCount", site.questions().filter(question -> question.status() != Status.DRAFT).count());
        model.put("editUrl", editUrl(site, Path.of("content", "index.md")));
        return new Page(path, templates.render("home", model));
    }

    private Page section(Site site, Theme theme, Section section, SiteUrls urls, SnippetView results, Findings findings) {
        String path = SiteUrls.section(section);
        Map<String, Object> model = common(site, theme, path, section, null);
        model.put("section", section);
        model.put("content", markdown.render(section.intro(), path, urls, results, findings).html());
        model.put("questions", section.questions().stream().map(question -> new Views.QuestionItem(question.id(), question.title(),
                SiteUrls.relative(path, SiteUrls.question(section, question)), question.status() == Status.DRAFT, false)).toList());
        model.put("editUrl", editUrl(site, section.folder().resolve("_section.md")));
        return new Page(path, templates.render("section", model));
    }

    private List<Page> tags(Site site, Theme theme, Map<Question, Section> sectionOf) {
        Map<String, List<Question>> byTag = new TreeMap<>();
        site.questions().forEach(question -> question.tags().forEach(tag -> byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(question)));
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, List<Question>> entry : byTag.entrySet()) {
            String path = SiteUrls.tag(entry.getKey());
            Map<String, Object> model = common(site, theme, path, null, null);
            model.put("tag", entry.getKey());
            model.put("tagsUrl", SiteUrls.relative(path, TAGS));
            model.put("questions", entry.getValue().stream().map(question -> new Views.QuestionItem(question.id(), question.title(),
                    SiteUrls.relative(path, SiteUrls.question(sectionOf.get(question), question)), question.status() == Status.DRAFT, false)).toList());
            pages.add(new Page(path, templates.render("tag", model)));
        }
        Map<String, Object> model = common(site, theme, TAGS, null, null);
        model.put("tags", byTag.entrySet().stream()
                .map(entry -> new Views.TagItem(entry.getKey(), SiteUrls.relative(TAGS, SiteUrls.tag(entry.getKey())), entry.getValue().size()))
                .toList());
        pages.add(new Page(TAGS, templates.render("tags", model)));
        return pages;
    }

    /**
     * Every question on one page. Bodies are rendered again for this page's path so that their links
     * resolve from here; what that finds was already found on the questions' own pages.
     */
    private Page print(Site site, Theme theme, SiteUrls urls, SnippetView results, Map<Question, Section> sectionOf) {
        Findings ignored = new Findings();
        Map<String, Object> model = common(site, theme, PRINT, null, null);
        model.put("questions", site.questions().map(question -> new Views.PrintedQuestion(question.id(), question.title(),
                sectionOf.get(question).title(), question.status() == Status.DRAFT,
                markdown.render(question.body(), PRINT, urls, results, ignored).html())).toList());
        return new Page(PRINT, templates.render("print", model));
    }

    private Page notFound(Site site, Theme theme) {
        Map<String, Object> model = common(site, theme, SiteUrls.NOT_FOUND, null, null);
        // GitHub Pages serves 404.html at any depth, so its links must be absolute when a base URL is known.
        site.config().baseUrl().ifPresent(base -> {
            model.put("root", base);
            model.put("nav", sectionItems(site, SiteUrls.NOT_FOUND, null, null).stream().map(item -> item.withBase(base)).toList());
        });
        return new Page(SiteUrls.NOT_FOUND, templates.render("404", model));
    }

    private Map<String, Object> common(Site site, Theme theme, String path, Section currentSection, Question currentQuestion) {
        Map<String, Object> model = new HashMap<>();
        String root = SiteUrls.rootOf(path);
        model.put("site", site.home());
        model.put("root", root);
        model.put("path", path);
        model.put("canonical", site.config().baseUrl().map(base -> SiteUrls.absolute(base, path)).orElse(null));
        model.put("nav", sectionItems(site, path, currentSection, currentQuestion));
        model.put("search", theme.search());
        model.put("searchCss", theme.searchCss());
        model.put("toc", List.of());
        model.put("editUrl", null);
        model.put("lastUpdated", null);
        model.put("jsh", null);
        model.put("printUrl", SiteUrls.relative(path, PRINT));
        model.put("tagsUrl", SiteUrls.relative(path, TAGS));
        return model;
    }

    private static String editUrl(Site site, Path file) {
        return site.config().editUrl().map(url -> url + PathText.slashed(file)).orElse(null);
    }

    private static List<Views.SectionItem> sectionItems(Site site, String path, Section currentSection, Question currentQuestion) {
        List<Views.SectionItem> items = new ArrayList<>(site.sections().size());
        for (Section section : site.sections()) {
            List<Views.QuestionItem> questions = new ArrayList<>(section.questions().size());
            int answered = 0;
            for (Question question : section.questions()) {
                boolean draft = question.status() == Status.DRAFT;
                answered += draft ? 0 : 1;
                questions.add(new Views.QuestionItem(question.id(), question.title(),
                        SiteUrls.relative(path, SiteUrls.question(section, question)), draft, question == currentQuestion));
            }
            items.add(new Views.SectionItem(section.title(), section.icon(), section.summary(),
                    SiteUrls.relative(path, SiteUrls.section(section)), section.questions().size(), answered,
                    section == currentSection, Collections.unmodifiableList(questions)));
        }
        return items;
    }

    private static Views.Link link(String from, Question question, Map<Question, Section> sectionOf) {
        return new Views.Link(question.title(), SiteUrls.relative(from, SiteUrls.question(sectionOf.get(question), question)));
    }

    /**
     * What the theme folder holds besides templates.
     *
     * @param files     its assets, as site paths ({@code assets/style.css}), which markdown may link to
     * @param search    whether the search engineer's {@code assets/search.js} is there to load
     * @param searchCss whether its {@code assets/search.css} is there to load
     */
    private record Theme(Set<String> files, boolean search, boolean searchCss) {

        static Theme of(Path folder) {
            Path assets = folder.resolve("assets");
            if (!Files.isDirectory(assets)) {
                return new Theme(Set.of(), false, false);
            }
            try (Stream<Path> walk = Files.walk(assets)) {
                Set<String> files = walk.filter(Files::isRegularFile)
                        .map(file -> "assets/" + PathText.slashed(assets.relativize(file)))
                        .collect(Collectors.toSet());
                return new Theme(files, files.contains("assets/search.js"), files.contains("assets/search.css"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The pages, and the problems found while rendering them. */
    public record Rendered(List<Page> pages, List<Problem> problems) {
    }
}
