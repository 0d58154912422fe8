package dev.qa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.model.CodeBlock;
import dev.qa.model.Problem;
import dev.qa.model.Question;
import dev.qa.model.Section;
import dev.qa.model.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteLoaderTest {
    private final SiteLoader loader = new SiteLoader();

    @Test
    void loadsSectionsInOrderAndQuestionsByFileName() {
        Loaded loaded = loader.load(Fixtures.resource("load/good"));

        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        List<Section> sections = loaded.site().sections();
        assertEquals(List.of("first", "second"), sections.stream().map(Section::slug).toList());
        assertEquals("First & foremost", sections.get(0).title());
        assertEquals("🅰️", sections.get(0).icon());
        assertEquals("Comes first.", sections.get(0).summary());
        assertEquals(List.of("alpha", "beta"), sections.get(0).questions().stream().map(Question::slug).toList());
        assertEquals("Fixture Q&A", loaded.site().home().title());
    }

    @Test
    void readsQuestionFrontMatter() {
        Question alpha = loader.load(Fixtures.resource("load/good")).site().sections().get(0).questions().get(0);
        Question beta = loader.load(Fixtures.resource("load/good")).site().sections().get(0).questions().get(1);

        assertEquals("Alpha: what is it?", alpha.title());
        assertEquals("q1", alpha.id());
        assertEquals(List.of("greek", "letters"), alpha.tags());
        assertEquals(Status.ANSWERED, alpha.status());
        assertEquals(List.of("greek"), beta.tags(), "a single tag may be written without brackets");
        assertEquals(Status.DRAFT, beta.status());
        assertTrue(beta.body().isBlank());
    }

    @Test
    void keepsThePositionOnDiskOfEveryFencedCodeBlock() {
        Question alpha = loader.load(Fixtures.resource("load/good")).site().sections().get(0).questions().get(0);
        List<CodeBlock> blocks = alpha.body().codeBlocks();

        assertEquals(2, blocks.size());
        CodeBlock quoted = blocks.get(0);
        assertEquals(16, quoted.fence().line());
        assertEquals(3, quoted.fence().column(), "the fence stands after '> '");
        assertEquals("int a = 1;", quoted.lines().get(0).text());
        assertEquals(17, quoted.lines().get(0).line());
        assertEquals(3, quoted.lines().get(0).column());
        CodeBlock plain = blocks.get(1);
        assertEquals(20, plain.fence().line());
        assertEquals("java", plain.language());
        assertEquals(21, plain.lines().get(0).line());
    }

    @Test
    void countsLinesRightInCrlfFiles(@TempDir Path root) throws IOException {
        write(root.resolve("content/01-s/_section.md"), "---\r\ntitle: S\r\norder: 1\r\n---\r\n");
        write(root.resolve("content/01-s/01-q.md"), "---\r\ntitle: Q\r\nid: q1\r\n---\r\nText\r\n\r\n```java\r\nint x = 1;\r\n```\r\n");

        Loaded loaded = loader.load(root);

        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        CodeBlock block = loaded.site().sections().get(0).questions().get(0).body().codeBlocks().get(0);
        assertEquals(7, block.fence().line());
        assertEquals(8, block.lines().get(0).line());
        assertEquals("int x = 1;", block.lines().get(0).text());
    }

    @Test
    void reportsFrontMatterThatIsNotYaml() {
        Problem problem = onlyProblem("load/bad-yaml");

        assertEquals("content/01-s/01-q.md", slashed(problem.at().file()));
        assertEquals(4, problem.at().line());
        assertTrue(problem.message().contains("not valid YAML"), problem.message());
    }

    @Test
    void reportsAMissingTitle() {
        Problem problem = onlyProblem("load/missing-title");

        assertEquals("content/01-s/01-q.md", slashed(problem.at().file()));
        assertEquals(1, problem.at().line());
        assertEquals("the front matter has no 'title'", problem.message());
        assertTrue(problem.hint().contains("title:"));
    }

    @Test
    void reportsAnUnknownKeyAndSuggestsTheKnownOne() {
        Problem problem = onlyProblem("load/unknown-key");

        assertEquals(4, problem.at().line());
        assertEquals("unknown front-matter key 'tgas'", problem.message());
        assertTrue(problem.hint().startsWith("did you mean 'tags'?"), problem.hint());
    }

    @Test
    void reportsADuplicateIdAtTheSecondIdLine() {
        Problem problem = onlyProblem("load/duplicate-id");

        assertEquals("content/01-s/02-b.md", slashed(problem.at().file()));
        assertEquals(4, problem.at().line());
        assertTrue(problem.message().contains("'q1' is already used by content/01-s/01-a.md"), problem.message());
    }

    @Test
    void reportsTwoFilesWithTheSameUrl() {
        Problem problem = onlyProblem("load/duplicate-slug");

        assertEquals("content/01-s/02-same.md", slashed(problem.at().file()));
        assertTrue(problem.message().contains("s/same.html"), problem.message());
    }

    @Test
    void reportsAQuestionOutsideAnySection() {
        Problem problem = onlyProblem("load/outside-section");

        assertEquals("content/stray.md", slashed(problem.at().file()));
        assertEquals("this question is outside any section", problem.message());
    }

    @Test
    void reportsAFolderWithoutSectionFile() {
        Problem problem = onlyProblem("load/no-section-file");

        assertEquals("content/01-s/01-q.md", slashed(problem.at().file()));
        assertTrue(problem.message().contains("has no _section.md"), problem.message());
    }

    @Test
    void reportsASectionWithoutTitle() {
        Problem problem = onlyProblem("load/section-without-title");

        assertEquals("content/01-s/_section.md", slashed(problem.at().file()));
        assertEquals("the front matter has no 'title'", problem.message());
    }

    @Test
    void reportsAFileThatIsNotUtf8WithItsLineAndColumn(@TempDir Path root) throws IOException {
        write(root.resolve("content/01-s/_section.md"), "---\ntitle: S\norder: 1\n---\n");
        Path question = root.resolve("content/01-s/01-q.md");
        byte[] head = "---\ntitle: Caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // Latin-1 'é'
        bytes[head.length + 1] = '\n';
        Files.write(question, bytes);

        Loaded loaded = loader.load(root);

        assertFalse(loaded.ok());
        Problem problem = loaded.problems().get(0);
        assertEquals("the file is not valid UTF-8", problem.message());
        assertEquals(2, problem.at().line());
        assertEquals(11, problem.at().column());
    }

    @Test
    void readsJBakeHeadersLikeFrontMatter() {
        Loaded loaded = loader.load(Fixtures.resource("load/jbake"));

        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        Question moved = loaded.site().sections().get(0).questions().get(0);
        assertEquals("Moved over from JBake", moved.title());
        assertEquals("moved-over", moved.id(), "without an id line the slug is the id");
        assertEquals(List.of("jbake", "migration"), moved.tags());
        assertEquals(Status.ANSWERED, moved.status(), "status=published means answered");
        assertEquals(11, moved.body().codeBlocks().get(0).lines().get(0).line());
        Question draft = loaded.site().sections().get(0).questions().get(1);
        assertEquals("q77", draft.id());
        assertEquals(Status.DRAFT, draft.status());
    }

    @Test
    void anAnsweredQuestionNeedsAnAnswer() {
        Problem problem = onlyProblem("load/empty-answered");

        assertEquals("content/01-s/01-q.md:4:1", problem.at().toString());
        assertEquals("this question has no answer, so its status must be draft", problem.message());
    }

    @Test
    void reportsAMissingContentFolder(@TempDir Path root) {
        Loaded loaded = loader.load(root);

        assertFalse(loaded.ok());
        assertEquals("there is no content/ folder", loaded.problems().get(0).message());
    }

    @Test
    void readsAQuestionsAliasesAndTheSitesSearchSynonyms(@TempDir Path root) throws IOException {
        write(root.resolve("content/01-s/_section.md"), "---\ntitle: S\norder: 1\n---\n");
        write(root.resolve("content/01-s/01-q.md"), "---\ntitle: Q\nid: q1\naliases: [blue green, b/g deploy]\n---\nText\n");
        write(root.resolve("search-synonyms.yml"), "# comment\n- [k8s, kubernetes]\n- [2pc, two phase commit]\n");

        Loaded loaded = loader.load(root);

        assertTrue(loaded.ok(), () -> loaded.problems().toString());
        assertEquals(List.of("blue green", "b/g deploy"), loaded.site().sections().get(0).questions().get(0).aliases());
        assertEquals(List.of(List.of("k8s", "kubernetes"), List.of("2pc", "two phase commit")),
                loaded.site().config().searchSynonyms().groups());
    }

    @Test
    void aSynonymGroupOfOneWordIsAnErrorAtItsLine(@TempDir Path root) throws IOException {
        write(root.resolve("content/01-s/_section.md"), "---\ntitle: S\norder: 1\n---\n");
        write(root.resolve("search-synonyms.yml"), "- [k8s, kubernetes]\n- [lonely]\n");

        Loaded loaded = loader.load(root);

        assertEquals(1, loaded.problems().size(), () -> loaded.problems().toString());
        Problem problem = loaded.problems().get(0);
        assertEquals("search-synonyms.yml", slashed(problem.at().file()));
        assertEquals(2, problem.at().line());
        assertEquals("a synonym group needs at least two entries", problem.message());
    }

    private Problem onlyProblem(String fixture) {
        Loaded loaded = loader.load(Fixtures.resource(fixture));
        assertEquals(1, loaded.problems().size(), () -> loaded.problems().toString());
        return loaded.problems().get(0);
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void aRememberingLoaderParsesOnlyTheFilesWhoseTextChanged(@TempDir Path temp) throws IOException {
        Path root = dev.qa.Fixtures.copy("load/good", temp.resolve("site"));
        SiteLoader loader = SiteLoader.remembering();
        java.util.List<dev.qa.model.Question> before = loader.load(root).site().questions().toList();
        Path edited = root.resolve(before.get(0).file());
        Files.writeString(edited, Files.readString(edited) + "\nOne more sentence.\n");

        java.util.List<dev.qa.model.Question> after = loader.load(root).site().questions().toList();

        assertTrue(after.get(0).body().source().endsWith("One more sentence.\n"), "the edited file is read and parsed again");
        assertTrue(before.get(0).body() != after.get(0).body());
        for (int i = 1; i < after.size(); i++) {
            assertTrue(before.get(i).body() == after.get(i).body(), "an unchanged file keeps its parse: " + after.get(i).file());
        }
        assertTrue(after.size() > 1, "the fixture has more than one question");
    }

    @Test
    void editAndBaseUrlsMustBeHttpUrls(@TempDir Path temp) throws IOException {
        Path root = dev.qa.Fixtures.copy("load/good", temp.resolve("site"));
        Files.writeString(root.resolve("qa.yml"), "base-url: https://example.org/\nedit-url: JavaScript:alert(1)//\n");

        var loaded = new SiteLoader().load(root);

        assertEquals(List.of("qa.yml:2:1"), loaded.problems().stream().map(problem -> problem.at().toString()).toList(), loaded.problems()::toString);
        assertTrue(loaded.problems().get(0).message().contains("'edit-url' must be an absolute http or https URL"));
    }

    @Test
    void requireSandboxIsTrueOrFalse(@TempDir Path temp) throws IOException {
        Path root = dev.qa.Fixtures.copy("load/good", temp.resolve("site"));
        Files.writeString(root.resolve("qa.yml"), "require-sandbox: true\n");
        assertTrue(new SiteLoader().load(root).site().config().requireSandbox());

        Files.writeString(root.resolve("qa.yml"), "snippet-timeout: 5s\nrequire-sandbox: yes please\n");
        var loaded = new SiteLoader().load(root);

        assertEquals(List.of("qa.yml:2:1"), loaded.problems().stream().map(problem -> problem.at().toString()).toList(), loaded.problems()::toString);
        assertTrue(loaded.problems().get(0).message().contains("'require-sandbox' must be true or false"), loaded.problems()::toString);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"javascript:alert(1)", "../index", "../../../../tmp/x", "x?y#z", "%2e", "a/b", "c++"})
    void aTagThatCannotNameAPageIsAnErrorAtItsLine(String tag, @TempDir Path temp) throws IOException {
        Path root = dev.qa.Fixtures.copy("load/good", temp.resolve("site"));
        Path question = root.resolve("content/01-first/01-alpha.md");
        String text = Files.readString(question);
        Files.writeString(question, text.replaceFirst("(?m)^tags:.*$", "tags: [\"" + tag.replace("\\", "\\\\") + "\", fine]"));

        var loaded = new SiteLoader().load(root);

        assertEquals(1, loaded.problems().size(), loaded.problems()::toString);
        assertTrue(loaded.problems().get(0).message().startsWith("the tag '" + tag + "' cannot name a page"), loaded.problems()::toString);
        assertEquals(text.lines().toList().indexOf(text.lines().filter(line -> line.startsWith("tags:")).findFirst().orElseThrow()) + 1,
                loaded.problems().get(0).at().line());
    }

    @Test
    void tagsAreLowercaseWordsJoinedByHyphens(@TempDir Path temp) throws IOException {
        Path root = dev.qa.Fixtures.copy("load/good", temp.resolve("site"));
        Path question = root.resolve("content/01-first/01-alpha.md");
        Files.writeString(question, Files.readString(question).replaceFirst("(?m)^tags:.*$", "tags: [API Design, api-design, Java_17]"));

        var loaded = new SiteLoader().load(root);

        assertEquals(List.of(), loaded.problems());
        assertEquals(List.of("api-design", "java-17"), loaded.site().questions().findFirst().orElseThrow().tags());
    }

    @Test
    void aContentFileLinkedToAFileOutsideTheSourceIsRefusedAndNeverEchoed(@TempDir Path temp) throws IOException {
        Path root = dev.qa.Fixtures.copy("load/good", temp.resolve("site"));
        Path secret = Files.writeString(temp.resolve("secret.md"), "---\ntitle: TOP SECRET\nid: q9\n---\nTOP SECRET\n");
        Files.createSymbolicLink(root.resolve("content/01-first/09-linked.md"), secret);

        var loaded = new SiteLoader().load(root);

        assertEquals(List.of("content/01-first/09-linked.md:1:1"), loaded.problems().stream().map(problem -> problem.at().toString()).toList());
        assertTrue(loaded.problems().get(0).message().contains("link to a file outside the source folder"));
        assertFalse(loaded.problems().toString().contains("TOP SECRET"));
    }
}
