package dev.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's import rules (DESIGN.md, "The pipeline"), read from the import lines of the main
 * sources: stages meet only in {@code model}; only {@code pipeline} wires them; only {@code check}
 * touches {@code jdk.jshell}; parser types stay in load and render.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src", "main", "java", "dev", "qa");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Set<String> STAGES = Set.of("load", "resolve", "check", "render", "index", "write");
    /** What each package may import of qa besides itself, {@code model} and the shared {@code text}. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("load", Set.of("markdown")),
            Map.entry("check", Set.of()),
            Map.entry("render", Set.of("markdown")),
            Map.entry("index", Set.of("render")),
            Map.entry("write", Set.of()),
            Map.entry("report", Set.of()),
            Map.entry("resolve", Set.of()),
            Map.entry("pipeline", Set.of("load", "resolve", "check", "render", "index", "write")),
            Map.entry("serve", Set.of("pipeline", "report")),
            Map.entry("daemon", Set.of()),
            Map.entry("cli", Set.of("pipeline", "check", "report", "serve", "load", "daemon")));

    @Test
    void noStageImportsAnotherAndOnlyThePipelineWiresThem() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            for (String imported : imports(file)) {
                if (!imported.startsWith("dev.qa.")) {
                    continue;
                }
                String target = imported.substring("dev.qa.".length()).split("\\.")[0];
                boolean fine = target.equals(pkg) || target.equals("model") || target.equals("text")
                        || ALLOWED.getOrDefault(pkg, Set.of()).contains(target);
                if (!fine) {
                    broken.add(MAIN.relativize(file) + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void onlyCheckTouchesJShellAndOnlyLoadAndRenderTouchTheMarkdownParser() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            for (String imported : imports(file)) {
                if (imported.startsWith("jdk.jshell") && !pkg.equals("check")) {
                    broken.add(MAIN.relativize(file) + " imports " + imported);
                }
                if (imported.startsWith("com.vladsch.flexmark") && !Set.of("load", "render", "markdown").contains(pkg)) {
                    broken.add(MAIN.relativize(file) + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void onlyRenderTouchesTheTemplateEngines() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path file : sources()) {
            for (String imported : imports(file)) {
                if ((imported.startsWith("freemarker.") || imported.startsWith("io.pebbletemplates.")) && !packageOf(file).equals("render")) {
                    broken.add(MAIN.relativize(file) + " imports " + imported);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theModelIsPlainData() throws IOException {
        for (Path file : sources()) {
            if (packageOf(file).equals("model")) {
                for (String imported : imports(file)) {
                    assertTrue(imported.startsWith("java.") || imported.startsWith("dev.qa.model."), file + " imports " + imported);
                }
            }
        }
        assertTrue(STAGES.stream().allMatch(stage -> Files.isDirectory(MAIN.resolve(stage))), "every stage has its package");
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            List<Path> files = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
            assertTrue(files.size() > 50, "the main sources are there: " + files.size());
            return files;
        }
    }

    /** The package under dev.qa that holds the file: {@code check} for dev/qa/check/worker/X.java. */
    private static String packageOf(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    private static List<String> imports(Path file) throws IOException {
        List<String> found = new ArrayList<>();
        Matcher matcher = IMPORT.matcher(Files.readString(file));
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
