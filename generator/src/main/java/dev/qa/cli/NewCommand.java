package dev.qa.cli;

import dev.qa.load.Loaded;
import dev.qa.load.SiteLoader;
import dev.qa.model.PathText;
import dev.qa.model.Question;
import dev.qa.model.Section;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code qa new "Title" --section SLUG}: a new draft question with valid front matter and the next free id. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Start a new question: writes the file and prints its path.")
public final class NewCommand implements Callable<Integer> {
    private static final Pattern NUMBERED_ID = Pattern.compile("q(\\d+)");
    private static final Pattern ORDER_PREFIX = Pattern.compile("^(\\d+)-");
    private static final int SLUG_WORDS = 6;

    @Mixin
    SourceOptions source;

    @Parameters(index = "0", paramLabel = "TITLE", description = "the question, as a reader would ask it")
    String title;

    @Option(names = "--section", required = true, paramLabel = "SLUG", description = "the section: its URL name (architecture) or folder (01-architecture)")
    String sectionName;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (title.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "The title is empty: write the question in quotes");
        }
        Loaded loaded = new SiteLoader().load(source.root());
        if (loaded.site() == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "There is no content/ folder in " + source.root());
        }
        Section section = loaded.site().sections().stream()
                .filter(candidate -> candidate.slug().equals(sectionName) || candidate.folder().getFileName().toString().equals(sectionName))
                .findFirst()
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "There is no section '" + sectionName + "'; the sections are: "
                        + loaded.site().sections().stream().map(Section::slug).collect(Collectors.joining(", "))));
        String slug = slug(title);
        if (slug.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "The title needs letters or digits to make a file name");
        }
        Path file = source.root().resolve(section.folder()).resolve(String.format("%02d-%s.md", nextPosition(section), slug));
        String id = "q" + (loaded.site().questions().map(Question::id).map(NUMBERED_ID::matcher)
                .filter(Matcher::matches).mapToInt(matcher -> Integer.parseInt(matcher.group(1))).max().orElse(0) + 1);
        boolean duplicate = section.questions().stream().anyMatch(question -> question.slug().equals(slug));
        if (duplicate) {
            spec.commandLine().getErr().println("qa new: the section already has a question at " + section.slug() + "/" + slug
                    + ".html; choose another title or edit that question");
            return 1;
        }
        String text = "---\ntitle: " + yamlString(title.strip()) + "\nid: " + id + "\ntags: []\nstatus: draft\n---\n";
        Files.writeString(file, text, StandardOpenOption.CREATE_NEW);
        out.println(PathText.slashed(source.root().relativize(file)));
        out.flush();
        return 0;
    }

    private static int nextPosition(Section section) {
        return section.questions().stream()
                .map(question -> ORDER_PREFIX.matcher(question.file().getFileName().toString()))
                .filter(Matcher::find)
                .mapToInt(matcher -> Integer.parseInt(matcher.group(1)))
                .max().orElse(0) + 1;
    }

    static String slug(String title) {
        String[] words = title.toLowerCase(Locale.ROOT).replace("'", "").split("[^a-z0-9]+");
        return java.util.Arrays.stream(words).filter(word -> !word.isEmpty()).limit(SLUG_WORDS)
                .collect(Collectors.joining("-"));
    }

    /** The title as a YAML double-quoted string, so that colons, quotes and # never break the front matter. */
    private static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

}
