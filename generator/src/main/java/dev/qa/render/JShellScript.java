package dev.qa.render;

import dev.qa.model.Library;
import dev.qa.model.Result;
import dev.qa.model.SnippetDependencies;
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
        return page(title, url, snippets, results, imports, SnippetDependencies.declared(List.of()));
    }

    /**
     * How a reader gets a page's libraries, as comments that jshell skips: the Maven coordinates, the
     * command that downloads each with its dependencies into the local repository, and the class path
     * the build ran with, as files of that repository. Empty for a page of the JDK alone.
     */
    static String libraries(SnippetDependencies dependencies) {
        return libraries(dependencies, "");
    }

    /** @param script the {@code .jsh} file jshell is to run, after the class path; "" for none */
    private static String libraries(SnippetDependencies dependencies, String script) {
        if (dependencies.declared().isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("// Uses ").append(String.join(", ", dependencies.coordinates()))
                .append(" (Maven coordinates). Download them with their dependencies:\n");
        for (String coordinate : dependencies.coordinates()) {
            text.append("//   mvn dependency:get -Dartifact=").append(coordinate).append('\n');
        }
        if (dependencies.libraries().isEmpty()) {
            return text.toString();             // not resolved (a build whose check is a stand-in): no jars to name
        }
        return text.append("// then start jshell with them:\n//   jshell --class-path \"").append(classPath(dependencies.libraries()))
                .append("\"").append(script.isEmpty() ? "" : " " + script).append('\n').toString();
    }

    /** The jars as files of the reader's local Maven repository, where {@code mvn dependency:get} puts them. */
    static String classPath(List<Library> libraries) {
        return libraries.stream().map(library -> "$HOME/.m2/repository/" + repositoryPath(library.coordinate()))
                .collect(java.util.stream.Collectors.joining(":"));
    }

    /** Maven's repository layout: {@code group/as/folders/artifact/version/artifact-version[-classifier].extension}. */
    private static String repositoryPath(String coordinate) {
        String[] parts = coordinate.split(":");
        String version = parts[parts.length - 1];
        String extension = parts.length >= 4 ? parts[2] : "jar";
        String classifier = parts.length == 5 ? "-" + parts[3] : "";
        return parts[0].replace('.', '/') + "/" + parts[1] + "/" + version + "/" + parts[1] + "-" + version + classifier + "." + extension;
    }

    static Optional<String> page(String title, String url, List<Snippet> snippets, Results results, String imports,
                                 SnippetDependencies dependencies) {
        List<Snippet> java = snippets.stream().filter(snippet -> snippet.kind() == Snippet.Kind.JAVA).toList();
        if (java.isEmpty()) {
            return Optional.empty();
        }
        String jsh = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\.html$", ".jsh");
        StringBuilder script = new StringBuilder()
                .append("// ").append(title.replace('\n', ' ')).append('\n')
                .append("// The Java snippets of ").append(url).append(", in page order. Run: jshell ")
                .append(dependencies.declared().isEmpty() ? jsh : "with the libraries below").append("\n")
                .append(libraries(dependencies, jsh)).append('\n')
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
