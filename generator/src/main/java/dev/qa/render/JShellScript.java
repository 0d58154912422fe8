package dev.qa.render;

import dev.qa.model.Result;
import dev.qa.model.Results;
import dev.qa.model.Snippet;
import dev.qa.model.SnippetAttributes;
import java.util.List;
import java.util.Optional;


/**
 * Snippets as {@code jshell} takes them: the code load prepared for it (hidden lines in, package
 * lines gone), and after a class with {@code main} the call the check made, so a page's {@code .jsh}
 * runs what the build ran.
 */
final class JShellScript {
    private JShellScript() {
    }

    /** One snippet, ready to paste into {@code jshell}: followed by the call of {@code main} when the check called one. */
    static String snippet(Snippet snippet, Optional<Result> result) {
        String code = snippet.jshell();
        Optional<String> main = result.flatMap(Result::mainCall);
        if (main.isEmpty()) {
            return code;
        }
        return (code.endsWith("\n") ? code : code + "\n") + main.get() + ".main(new String[0]);\n";
    }

    /**
     * Every Java snippet of a page as one script that {@code jshell page.jsh} runs to the end; empty
     * when the page has none. Snippets that are not meant to run stay in it as comments.
     */
    static Optional<String> page(String title, String url, List<Snippet> snippets, Results results, String imports) {
        List<Snippet> java = snippets.stream().filter(snippet -> snippet.kind() == Snippet.Kind.JAVA).toList();
        if (java.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder script = new StringBuilder()
                .append("// ").append(title.replace('\n', ' ')).append('\n')
                .append("// The Java snippets of ").append(url).append(", in page order. Run: jshell ")
                .append(url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\.html$", ".jsh")).append("\n\n")
                .append(imports.isEmpty() ? "" : imports + "\n");
        for (Snippet snippet : java) {
            String code = snippet(snippet, results.of(snippet));
            if (snippet.attributes().reset()) {
                script.append("/reset\n").append(imports);
            }
            Optional<String> skipped = notRun(snippet.attributes());
            if (skipped.isPresent()) {
                script.append("// (marked ").append(skipped.get()).append(" on the page: not run)\n")
                        .append(code.replaceAll("(?m)^", "// ")).append('\n');
            } else {
                script.append(code).append('\n');
            }
        }
        // Without /exit, jshell stays open at its prompt after the last snippet.
        return Optional.of(script.append("/exit\n").toString());
    }

    /** The attribute that says a snippet is not meant to run as it is, if it has one. */
    private static Optional<String> notRun(SnippetAttributes attributes) {
        return attributes.ignore() ? Optional.of("ignore") : attributes.noRun() ? Optional.of("no-run")
                : attributes.compileFail() ? Optional.of("compile-fail") : Optional.empty();
    }
}
