package dev.qa.load;

import dev.qa.model.Position;
import dev.qa.model.Problem;
import dev.qa.model.SearchSynonyms;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the optional {@code search-synonyms.yml} at the top of the source folder: a YAML list of
 * groups, each a list of words (or a few words) that a reader may search for one another:
 *
 * <pre>
 * - [k8s, kubernetes]
 * - [2pc, two phase commit]
 * </pre>
 */
final class SynonymsLoader {
    static final String FILE_NAME = "search-synonyms.yml";
    private static final String HINT = "write one group a line, like `- [k8s, kubernetes]`";

    private final SourceReader reader;
    private final Path root;

    SynonymsLoader(Path root, SourceReader reader) {
        this.root = root;
        this.reader = reader;
    }

    Attempt<SearchSynonyms> load() {
        Path file = root.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Attempt.success(SearchSynonyms.NONE);
        }
        Attempt<SourceFile> source = reader.read(file);
        if (!source.ok()) {
            return Attempt.failure(source.problems());
        }
        Path path = source.value().path();
        Node document;
        try {
            document = new Yaml(new LoaderOptions()).compose(new StringReader(source.value().text()));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? Position.of(path, 1) : new Position(path, mark.getLine() + 1, mark.getColumn() + 1);
            return Attempt.failure(Problem.at(at, FILE_NAME + " is not valid YAML: " + e.getProblem(), HINT));
        } catch (RuntimeException e) {
            return Attempt.failure(Problem.at(Position.of(path, 1), FILE_NAME + " is not valid YAML: " + e.getMessage(), HINT));
        }
        if (document == null) {
            return Attempt.success(SearchSynonyms.NONE);
        }
        if (!(document instanceof SequenceNode list)) {
            return Attempt.failure(Problem.at(at(path, document), FILE_NAME + " must be a list of groups of words", HINT));
        }
        List<List<String>> groups = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Node item : list.getValue()) {
            List<String> group = new ArrayList<>();
            if (item instanceof SequenceNode words) {
                for (Node word : words.getValue()) {
                    if (word instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                        group.add(scalar.getValue().strip());
                    } else {
                        problems.add(Problem.at(at(path, word), "every entry of a synonym group must be a word or a few words", HINT));
                    }
                }
            }
            if (group.size() < 2) {
                problems.add(Problem.at(at(path, item), "a synonym group needs at least two entries", HINT));
            } else {
                groups.add(group);
            }
        }
        return problems.isEmpty() ? Attempt.success(new SearchSynonyms(groups)) : Attempt.failure(problems);
    }

    private static Position at(Path path, Node node) {
        return new Position(path, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }
}
