import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

/** Baseline: one JShell instance (local engine) evaluating every .jsh file of a folder, piece by piece. */
public class OneShell {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        PrintStream real = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream()));
        try (JShell shell = JShell.builder().executionEngine("local").build()) {
            for (String name : List.of("java.util.*", "java.util.stream.*", "java.io.*")) {
                shell.eval("import " + name + ";");
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            List<Path> files;
            try (var list = Files.list(Path.of(args[0]))) {
                files = list.sorted().toList();
            }
            int failures = 0;
            for (Path file : files) {
                String rest = Files.readString(file);
                while (!rest.isBlank()) {
                    var info = analysis.analyzeCompletion(rest);
                    for (var event : shell.eval(info.source())) {
                        if (event.causeSnippet() == null && (event.status() == jdk.jshell.Snippet.Status.REJECTED || event.exception() != null)) {
                            failures++;
                        }
                    }
                    rest = info.remaining();
                }
            }
            real.printf("one JShell: %d files, %d failures, %d ms%n", files.size(), failures, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
