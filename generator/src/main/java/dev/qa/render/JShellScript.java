package dev.qa.render;

import dev.qa.model.CodeBlock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Snippets as {@code jshell} takes them: hidden lines back in, a {@code package} line dropped, and a
 * class with {@code main} followed by a call to it, since that is how the check runs such a snippet.
 */
final class JShellScript {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package[ \\t]+[\\w.]+[ \\t]*;[ \\t]*\\n?");
    private static final Pattern TOP_LEVEL_CLASS = Pattern.compile("(?m)^(?:(?:public|final|abstract)\\s+)*class\\s+(\\w+)");
    private static final Pattern MAIN = Pattern.compile("public\\s+static\\s+void\\s+main\\s*\\(\\s*(?:final\\s+)?String\\s*(?:\\[\\]\\s*\\w+|\\.\\.\\.\\s*\\w+|\\w+\\s*\\[\\])\\s*\\)");
    /** Attributes that mean the snippet is not meant to run as it is. */
    private static final List<String> NOT_RUN = List.of("ignore", "no-run", "compile-fail");

    private JShellScript() {
    }

    /** One snippet, ready to paste into {@code jshell}. */
    static String snippet(String code) {
        String source = PACKAGE.matcher(JavaSource.runnable(code)).replaceAll("");
        Matcher type = TOP_LEVEL_CLASS.matcher(source);
        if (type.find() && MAIN.matcher(source).find() && !source.contains(type.group(1) + ".main(")) {
            source = source.endsWith("\n") ? source : source + "\n";
            source += type.group(1) + ".main(new String[0]);\n";
        }
        return source;
    }

    /**
     * Every Java snippet of a page as one script that {@code jshell page.jsh} runs to the end; empty
     * when the page has none. Snippets that are not meant to run stay in it as comments.
     */
    static Optional<String> page(String title, String url, List<CodeBlock> blocks) {
        List<CodeBlock> java = blocks.stream().filter(block -> block.language().equals("java")).toList();
        if (java.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder script = new StringBuilder()
                .append("// ").append(title.replace('\n', ' ')).append('\n')
                .append("// The Java snippets of ").append(url).append(", in page order. Run: jshell ")
                .append(url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\.html$", ".jsh")).append("\n\n");
        for (CodeBlock block : java) {
            List<String> attributes = List.of(block.info().strip().split("\\s+"));
            String code = snippet(block.text());
            if (attributes.contains("reset")) {
                script.append("/reset\n");
            }
            Optional<String> skipped = NOT_RUN.stream().filter(attributes::contains).findFirst();
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
}
