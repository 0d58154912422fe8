package dev.qa.render;

import dev.qa.check.SnippetResults;
import dev.qa.model.PathText;
import dev.qa.model.Problem;
import dev.qa.model.Question;
import dev.qa.model.Section;
import dev.qa.model.Site;
import dev.qa.model.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;

/** The render stage: turns the loaded site and its snippet results into pages in memory. */
public final class Renderer {
    private final Templates templates;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    public Renderer(Templates templates) {
        this.templates = templates;
    }

    /** Every page of the site; links between markdown files that lead nowhere are returned as problems. */
    public Rendered render(Site site, SnippetResults results) {
        SiteUrls urls = new SiteUrls(site);
        List<Question> questions = site.questions().toList();
        Map<Question, Section> sectionOf = new HashMap<>();
        site.sections().forEach(section -> section.questions().forEach(question -> sectionOf.put(question, section)));
        Findings findings = new Findings();

        List<Page> questionPages = IntStream.range(0, questions.size()).parallel().mapToObj(i -> {
            Question question = questions.get(i);
            Section section = sectionOf.get(question);
            String path = SiteUrls.question(section, question);
            Map<String, Object> model = common(site, path, section, question);
            model.put("question", question);
            model.put("draft", question.status() == Status.DRAFT);
            model.put("content", markdown.render(question.body(), path, urls, results, findings));
            model.put("section", new Views.Link(section.title(), SiteUrls.relative(path, SiteUrls.section(section))));
            model.put("sectionIcon", section.icon());
            model.put("tags", question.tags().stream().map(tag -> new Views.Link(tag, SiteUrls.relative(path, SiteUrls.tag(tag)))).toList());
            model.put("previous", i > 0 ? link(path, questions.get(i - 1), sectionOf) : null);
            model.put("next", i + 1 < questions.size() ? link(path, questions.get(i + 1), sectionOf) : null);
            model.put("editUrl", site.config().editUrl().map(url -> url + PathText.slashed(question.file())).orElse(null));
            return new Page(path, templates.render("question", model));
        }).toList();

        List<Page> pages = new ArrayList<>(questionPages.size() + site.sections().size() + 8);
        pages.add(home(site, urls, results, findings));
        for (Section section : site.sections()) {
            pages.add(section(site, section, urls, results, findings));
        }
        pages.addAll(questionPages);
        pages.addAll(tags(site, sectionOf));
        pages.add(notFound(site));
        pages.add(new Page("sitemap.xml", Sitemap.xml(site, pages)));
        pages.add(new Page("robots.txt", Sitemap.robots(site)));
        List<Problem> problems = new ArrayList<>(findings.problems());
        problems.addAll(LinkCheck.verify(pages, findings.links(), themeFiles()));
        problems.sort(java.util.Comparator.comparing((Problem problem) -> problem.at().file().toString())
                .thenComparingInt(problem -> problem.at().line()).thenComparingInt(problem -> problem.at().column()));
        return new Rendered(pages, problems);
    }

    private Page home(Site site, SiteUrls urls, SnippetResults results, Findings findings) {
        String path = SiteUrls.HOME;
        Map<String, Object> model = common(site, path, null, null);
        model.put("content", markdown.render(site.home().body(), path, urls, results, findings));
        model.put("sections", sectionItems(site, path, null, null));
        return new Page(path, templates.render("home", model));
    }

    private Page section(Site site, Section section, SiteUrls urls, SnippetResults results, Findings findings) {
        String path = SiteUrls.section(section);
        Map<String, Object> model = common(site, path, section, null);
        model.put("section", section);
        model.put("content", markdown.render(section.intro(), path, urls, results, findings));
        model.put("questions", section.questions().stream().map(question -> new Views.QuestionItem(question.id(), question.title(),
                SiteUrls.relative(path, SiteUrls.question(section, question)), question.status() == Status.DRAFT, false)).toList());
        return new Page(path, templates.render("section", model));
    }

    private List<Page> tags(Site site, Map<Question, Section> sectionOf) {
        Map<String, List<Question>> byTag = new TreeMap<>();
        site.questions().forEach(question -> question.tags().forEach(tag -> byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(question)));
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, List<Question>> entry : byTag.entrySet()) {
            String path = SiteUrls.tag(entry.getKey());
            Map<String, Object> model = common(site, path, null, null);
            model.put("tag", entry.getKey());
            model.put("questions", entry.getValue().stream().map(question -> new Views.QuestionItem(question.id(), question.title(),
                    SiteUrls.relative(path, SiteUrls.question(sectionOf.get(question), question)), question.status() == Status.DRAFT, false)).toList());
            pages.add(new Page(path, templates.render("tag", model)));
        }
        String indexPath = "tags/index.html";
        Map<String, Object> model = common(site, indexPath, null, null);
        model.put("tags", byTag.entrySet().stream()
                .map(entry -> new Views.TagItem(entry.getKey(), SiteUrls.relative(indexPath, SiteUrls.tag(entry.getKey())), entry.getValue().size()))
                .toList());
        pages.add(new Page(indexPath, templates.render("tags", model)));
        return pages;
    }

    private Page notFound(Site site) {
        Map<String, Object> model = common(site, SiteUrls.NOT_FOUND, null, null);
        // GitHub Pages serves 404.html at any depth, so its links must be absolute when a base URL is known.
        site.config().baseUrl().ifPresent(base -> model.put("root", base));
        return new Page(SiteUrls.NOT_FOUND, templates.render("404", model));
    }

    /** Files the theme adds to the site ({@code assets/...}), which markdown may link to. */
    private Set<String> themeFiles() {
        Path assets = templates.folder().resolve("assets");
        if (!Files.isDirectory(assets)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.walk(assets)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> "assets/" + PathText.slashed(assets.relativize(file)))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> common(Site site, String path, Section currentSection, Question currentQuestion) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site.home());
        model.put("root", SiteUrls.rootOf(path));
        model.put("path", path);
        model.put("canonical", site.config().baseUrl().map(base -> SiteUrls.absolute(base, path)).orElse(null));
        model.put("nav", sectionItems(site, path, currentSection, currentQuestion));
        return model;
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

    /** The pages, and the problems found while rendering them. */
    public record Rendered(List<Page> pages, List<Problem> problems) {
    }
}
