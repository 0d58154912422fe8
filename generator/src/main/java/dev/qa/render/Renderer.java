package dev.qa.render;

import dev.qa.model.Page;
import dev.qa.model.PathText;
import dev.qa.model.Problem;
import dev.qa.model.Question;
import dev.qa.model.Results;
import dev.qa.model.Section;
import dev.qa.model.Site;
import dev.qa.model.SiteUrls;
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
    /** Where outputs come from: made every time, remembered in this JVM, or kept on disk between builds. */
    private final Memo memo;

    /** A renderer for one build: every output is made. */
    public Renderer(Templates templates) {
        this(templates, Memo.none());
    }

    private Renderer(Templates templates, Memo memo) {
        this.templates = templates;
        this.memo = memo;
    }

    /**
     * A renderer for {@code ./qa build} that keeps, in {@code store}, what each output was made from:
     * an output whose inputs did not change since the last build is taken from that build (bodies from
     * the store, pages from {@code previousOutput}, each checked against the digest of what qa wrote)
     * instead of made again.
     * {@link #keep()} saves the store once the site is written.
     */
    public static Renderer stored(Templates templates, Path store, Path previousOutput) {
        return new Renderer(templates, StoredMemo.load(store, previousOutput, Fingerprint.ofTheme(templates.folder())));
    }

    /** Saves what this renderer's last render made, for the next build; does nothing for other renderers. */
    public void keep() {
        memo.save();
    }

    /**
     * A renderer for a warm JVM: each render remakes only the outputs whose inputs changed since the
     * last one, and reuses the others. One render at a time.
     */
    public static Renderer remembering(Templates templates) {
        return new Renderer(templates, new RenderMemo());
    }

    /** Every page of the site; links between markdown files that lead nowhere are returned as problems. */
    public Rendered render(Site site, Results results) {
        memo.begin();
        try {
            return renderAll(site, results);
        } finally {
            memo.end();
        }
    }

    private Rendered renderAll(Site site, Results results) {
        if (site.jbake().isPresent()) {
            return new JBakeRenderer(templates.folder(), markdown).render(site, site.jbake().get(), results);
        }
        SiteUrls urls = new SiteUrls(site);
        List<Question> questions = site.questions().toList();
        Outline outline = new Outline(site);
        Findings findings = new Findings();
        Theme theme = Theme.of(templates.folder());
        Outputs out = new Outputs(memo, urls, results, memo.compares() ? memo.linkTargets(linkTargets(site, urls, theme)) : "", site);
        String[] printed = new String[questions.size()];

        List<List<Page>> questionPages = IntStream.range(0, questions.size()).parallel().mapToObj(i -> {
            Question question = questions.get(i);
            Section section = outline.sectionOf(question);
            String path = SiteUrls.question(section, question);
            MarkdownRenderer.Body body = out.body(question.body(), path, findings);
            // Every question page stands one folder deep, as the print page does, and markdown links go
            // through the site's root: the page's body is the print page's too.
            printed[i] = body.html();
            Optional<String> script = JShellScript.page(question.title(), path, question.body().snippets(), results,
                    site.config().importsText(), site.dependenciesOf(question.file()));
            String scriptPath = path.replaceFirst("\\.html$", ".jsh");
            Map<String, Object> model = common(site, outline, theme, path, section, question);
            model.put("question", question);
            model.put("draft", question.status() == Status.DRAFT);
            model.put("content", body.html());
            model.put("toc", body.headings());
            model.put("section", new Views.Link(section.title(), SiteUrls.relative(path, SiteUrls.section(section))));
            model.put("sectionIcon", section.icon());
            model.put("position", outline.indexOf(question) + 1);
            model.put("sectionSize", section.questions().size());
            model.put("tags", question.tags().stream().map(tag -> new Views.Link(tag, SiteUrls.relative(path, SiteUrls.tag(tag)))).toList());
            model.put("previous", i > 0 ? link(path, questions.get(i - 1), outline) : null);
            model.put("next", i + 1 < questions.size() ? link(path, questions.get(i + 1), outline) : null);
            model.put("editUrl", editUrl(site, question.file()));
            model.put("lastUpdated", question.lastUpdated().map(Object::toString).orElse(null));
            model.put("jsh", script.map(text -> SiteUrls.relative(path, scriptPath)).orElse(null));
            List<Page> pages = new ArrayList<>(2);
            pages.add(out.questionPage(path, model, findings));
            script.ifPresent(text -> pages.add(new Page(scriptPath, text)));
            return pages;
        }).toList();

        List<Page> pages = new ArrayList<>(questionPages.size() * 2 + site.sections().size() + 8);
        pages.add(home(site, outline, theme, out, findings));
        for (Section section : site.sections()) {
            pages.add(section(site, outline, theme, section, out, findings));
        }
        questionPages.forEach(pages::addAll);
        pages.addAll(tags(site, theme, outline, out, findings));
        pages.add(print(site, theme, outline, printed, out));
        out.feed(site, IntStream.range(0, questions.size())
                        .mapToObj(i -> new AtomFeed.Entry(questions.get(i), outline.sectionOf(questions.get(i)), printed[i])).toList())
                .ifPresent(pages::add);
        pages.add(notFound(site, outline, theme));
        pages.add(new Page("sitemap.xml", Sitemap.xml(site, pages)));
        pages.add(new Page("robots.txt", Sitemap.robots(site)));
        List<Problem> problems = new ArrayList<>(findings.problems());
        problems.addAll(LinkCheck.verify(pages, findings.links(), theme.files()));
        problems.sort(java.util.Comparator.comparing((Problem problem) -> problem.at().file().toString())
                .thenComparingInt(problem -> problem.at().line()).thenComparingInt(problem -> problem.at().column()));
        return new Rendered(pages, problems, memo.questionPagesMade().orElse(questions.size()));
    }

    /**
     * Every page's link targets and the theme's files: a body's links resolve (or fail) against
     * these, so a remembered body is only good while they stay the same.
     */
    private static String linkTargets(Site site, SiteUrls urls, Theme theme) {
        StringBuilder targets = new StringBuilder();
        site.bodies().forEach(body -> targets.append(body.file()).append('=').append(urls.pageOf(body.file()).orElse("")).append('\n'));
        return targets.append(new java.util.TreeSet<>(theme.files())).toString();
    }

    /** Where bodies and pages are made, or taken from the memo when their inputs did not change. */
    private final class Outputs {
        private final Memo memo;
        private final SiteUrls urls;
        private final Results results;
        private final String linkTargets;
        private final Site site;

        Outputs(Memo memo, SiteUrls urls, Results results, String linkTargets, Site site) {
            this.memo = memo;
            this.urls = urls;
            this.results = results;
            this.linkTargets = linkTargets;
            this.site = site;
        }

        /** A markdown body rendered for the page at {@code path}. */
        MarkdownRenderer.Body body(dev.qa.model.Markdown body, String path, Findings findings) {
            dev.qa.model.SnippetDependencies dependencies = site.dependenciesOf(body.file());
            // What "Copy for JShell" starts with: how to get the page's libraries, then the site's imports.
            // It names every library, so it also stands for them among the body's inputs.
            String prelude = JShellScript.libraries(dependencies) + site.config().importsText();
            return memo.get("body:" + path + ":" + body.file(), () -> List.of(path, body, resultsOf(body), linkTargets, prelude),
                    findings, own -> markdown.render(body, path, urls, results, prelude, dependencies, own));
        }

        Page page(String template, String path, Map<String, Object> model, Findings findings) {
            return memo.get(path, () -> List.of(template, new HashMap<>(model)), findings,
                    own -> new Page(path, templates.render(template, model)));
        }

        /**
         * The Atom feed, when the site has a base URL to make its ids from; each entry escapes a whole
         * answer, so entries are remembered one by one and the feed is put together from them.
         */
        Optional<Page> feed(Site site, List<AtomFeed.Entry> entries) {
            if (site.config().baseUrl().isEmpty()) {
                return Optional.empty();
            }
            String base = site.config().baseUrl().get();
            Map<AtomFeed.Entry, String> made = new java.util.IdentityHashMap<>();
            List<Object> inputs = new ArrayList<>(List.of(site.home(), base));
            for (AtomFeed.Entry entry : AtomFeed.shown(entries)) {
                String xml = memo.get("feed:" + entry.path(), () -> List.of(base, entry.question(), entry.section(), entry.html()),
                        new Findings(), own -> AtomFeed.entry(base, entry));
                made.put(entry, xml);
                inputs.add(xml);
            }
            return Optional.of(memo.get(AtomFeed.PATH, () -> inputs, new Findings(),
                    own -> new Page(AtomFeed.PATH, AtomFeed.xml(site, entries, (url, entry) -> made.get(entry)).orElseThrow())));
        }

        /** A question's page; the memo counts the ones it had to make. */
        Page questionPage(String path, Map<String, Object> model, Findings findings) {
            return memo.get(path, () -> List.of("question", new HashMap<>(model)), findings, own -> {
                memo.madeQuestionPage();
                return new Page(path, templates.render("question", model));
            });
        }

        private List<Optional<dev.qa.model.Result>> resultsOf(dev.qa.model.Markdown body) {
            return body.snippets().stream().map(results::of).toList();
        }
    }

    private Page home(Site site, Outline outline, Theme theme, Outputs out, Findings findings) {
        String path = SiteUrls.HOME;
        Map<String, Object> model = common(site, outline, theme, path, null, null);
        model.put("content", out.body(site.home().body(), path, findings).html());
        model.put("sections", sectionItems(site, outline, path, null, null));
        model.put("questionCount", site.questions().count());
        model.put("answeredCount", site.questions().filter(question -> question.status() != Status.DRAFT).count());
        model.put("editUrl", editUrl(site, Path.of("content", "index.md")));
        return out.page("home", path, model, findings);
    }

    private Page section(Site site, Outline outline, Theme theme, Section section, Outputs out, Findings findings) {
        String path = SiteUrls.section(section);
        Map<String, Object> model = common(site, outline, theme, path, section, null);
        model.put("section", section);
        model.put("content", out.body(section.intro(), path, findings).html());
        model.put("questions", section.questions().stream().map(question -> new Views.QuestionItem(question.id(), question.title(),
                SiteUrls.relative(path, SiteUrls.question(section, question)), question.status() == Status.DRAFT, false)).toList());
        model.put("editUrl", editUrl(site, section.folder().resolve("_section.md")));
        return out.page("section", path, model, findings);
    }

    private List<Page> tags(Site site, Theme theme, Outline outline, Outputs out, Findings findings) {
        Map<String, List<Question>> byTag = new TreeMap<>();
        site.questions().forEach(question -> question.tags().forEach(tag -> byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(question)));
        List<Page> pages = new ArrayList<>();
        for (Map.Entry<String, List<Question>> entry : byTag.entrySet()) {
            String path = SiteUrls.tag(entry.getKey());
            Map<String, Object> model = common(site, outline, theme, path, null, null);
            model.put("tag", entry.getKey());
            model.put("tagsUrl", SiteUrls.relative(path, TAGS));
            model.put("questions", entry.getValue().stream().map(question -> new Views.QuestionItem(question.id(), question.title(),
                    SiteUrls.relative(path, SiteUrls.question(outline.sectionOf(question), question)), question.status() == Status.DRAFT, false)).toList());
            pages.add(out.page("tag", path, model, findings));
        }
        Map<String, Object> model = common(site, outline, theme, TAGS, null, null);
        model.put("tags", byTag.entrySet().stream()
                .map(entry -> new Views.TagItem(entry.getKey(), SiteUrls.relative(TAGS, SiteUrls.tag(entry.getKey())), entry.getValue().size()))
                .toList());
        pages.add(out.page("tags", TAGS, model, findings));
        return pages;
    }

    /**
     * Every question on one page. Each body was rendered for this page's path too, from the parse of its
     * own page, so that its links resolve from here.
     */
    private Page print(Site site, Theme theme, Outline outline, String[] printed, Outputs out) {
        Findings ignored = new Findings();
        Map<String, Object> model = common(site, outline, theme, PRINT, null, null);
        List<Question> questions = site.questions().toList();
        model.put("questions", IntStream.range(0, questions.size()).mapToObj(i -> new Views.PrintedQuestion(questions.get(i).id(),
                questions.get(i).title(), outline.sectionOf(questions.get(i)).title(), questions.get(i).status() == Status.DRAFT,
                printed[i])).toList());
        return out.page("print", PRINT, model, ignored);
    }

    private Page notFound(Site site, Outline outline, Theme theme) {
        Map<String, Object> model = common(site, outline, theme, SiteUrls.NOT_FOUND, null, null);
        // GitHub Pages serves 404.html at any depth, so its links must be absolute when a base URL is known.
        site.config().baseUrl().ifPresent(base -> {
            model.put("root", base);
            model.put("feedUrl", base + AtomFeed.PATH);
            model.put("nav", sectionItems(site, outline, SiteUrls.NOT_FOUND, null, null).stream().map(item -> item.withBase(base)).toList());
        });
        return new Page(SiteUrls.NOT_FOUND, templates.render("404", model));
    }

    private Map<String, Object> common(Site site, Outline outline, Theme theme, String path, Section currentSection, Question currentQuestion) {
        Map<String, Object> model = new HashMap<>();
        String root = SiteUrls.rootOf(path);
        model.put("site", site.home());
        model.put("root", root);
        model.put("path", path);
        model.put("canonical", site.config().baseUrl().map(base -> SiteUrls.absolute(base, path)).orElse(null));
        model.put("nav", sectionItems(site, outline, path, currentSection, currentQuestion));
        model.put("search", theme.search());
        model.put("searchCss", theme.searchCss());
        model.put("toc", List.of());
        model.put("editUrl", null);
        model.put("lastUpdated", null);
        model.put("jsh", null);
        model.put("printUrl", SiteUrls.relative(path, PRINT));
        model.put("tagsUrl", SiteUrls.relative(path, TAGS));
        model.put("feedUrl", AtomFeed.link(site, path).orElse(null));
        return model;
    }

    private static String editUrl(Site site, Path file) {
        return site.config().editUrl().map(url -> url + PathText.slashed(file)).orElse(null);
    }

    /** A section with up to this many questions lists them all in the sidebar of its pages. */
    private static final int WHOLE_SECTION = 60;
    /** In a longer section, the sidebar lists this many questions on each side of the current one. */
    private static final int AROUND = 15;

    /**
     * The sidebar: every section, and the questions of the current one only (in a long section, those
     * around the current question). Listing every question on every page made the site grow with the
     * square of its questions; a page now depends on its own neighbourhood alone, and without
     * JavaScript every section's page still lists all its questions.
     */
    private static List<Views.SectionItem> sectionItems(Site site, Outline outline, String path, Section currentSection, Question currentQuestion) {
        List<Views.SectionItem> items = new ArrayList<>(site.sections().size());
        for (Section section : site.sections()) {
            boolean current = section == currentSection;
            List<Question> all = section.questions();
            int from = 0;
            int to = current ? all.size() : 0;
            if (current && all.size() > WHOLE_SECTION) {
                int at = currentQuestion == null ? 0 : outline.indexOf(currentQuestion);
                from = Math.max(0, Math.min(at - AROUND, all.size() - 2 * AROUND - 1));
                to = Math.min(all.size(), from + 2 * AROUND + 1);
            }
            List<Views.QuestionItem> questions = new ArrayList<>(to - from);
            for (Question question : all.subList(from, to)) {
                questions.add(new Views.QuestionItem(question.id(), question.title(),
                        SiteUrls.relative(path, SiteUrls.question(section, question)), question.status() == Status.DRAFT,
                        question == currentQuestion));
            }
            items.add(new Views.SectionItem(section.title(), section.icon(), section.summary(),
                    SiteUrls.relative(path, SiteUrls.section(section)), all.size(), outline.answered(section),
                    current, Collections.unmodifiableList(questions), questions.size() < all.size()));
        }
        return items;
    }

    private static Views.Link link(String from, Question question, Outline outline) {
        return new Views.Link(question.title(), SiteUrls.relative(from, SiteUrls.question(outline.sectionOf(question), question)));
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

    /**
     * The pages, and the problems found while rendering them.
     *
     * @param questionPagesRendered how many question pages were made by this render (not taken from memory)
     */
    public record Rendered(List<Page> pages, List<Problem> problems, int questionPagesRendered) {
    }
}
