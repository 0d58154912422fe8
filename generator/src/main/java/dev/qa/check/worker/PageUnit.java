package dev.qa.check.worker;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.Snippet;

/**
 * A page's snippets as one Java class, so that the page costs one compilation instead of one or more
 * per snippet. Built only where that cannot change what JShell would decide: classes and methods become
 * static members (as JShell makes them), statements and variables run in order in one method, where
 * Java's own scoping gives a later snippet what an earlier one declared. Everything JShell would see
 * differently either does not compile here (a method using a top-level variable, a name declared twice,
 * a lambda capturing a variable that changes) and the page then runs through JShell, snippet by snippet;
 * or it is refused before compiling: a name used before the snippet that declares it (JShell rejects
 * that; a class's members see each other), an import after code, an expression, a transcript, a
 * {@code reset} after the first snippet. Before snippet {@code i} the method calls the gate with
 * {@code i}, and once more with the number of snippets at the end.
 *
 * @param className  the binary name of the class
 * @param mainCalls  for each task, the class whose {@code main} it calls, or ""
 */
record PageUnit(String className, String source, List<String> mainCalls) {
    /** JShell's own package for what it compiles. */
    static final String PACKAGE = "REPL";
    private static final Pattern LEADING_MODIFIERS =
            Pattern.compile("^((?:@\\w+\\s+)*)((?:(?:public|private|protected|static)\\s+)+)");

    PageUnit {
        mainCalls = List.copyOf(mainCalls);
    }

    /** One task of the page and the pieces JShell would evaluate for it. */
    record Part(Task task, List<Piece> pieces) {
    }

    /**
     * @param simpleName a class name no page of this agent used before
     * @param nonce      letters and digits the snippets cannot know: the gate's name ends with them
     */
    static Optional<PageUnit> of(String simpleName, String nonce, List<Part> parts) {
        String gate = "qa$gate$" + nonce;
        StringBuilder head = new StringBuilder("package " + PACKAGE + ";\n");
        for (String name : JShellSession.DEFAULT_IMPORTS) {
            head.append("import ").append(name).append(";\n");
        }
        StringBuilder members = new StringBuilder();
        StringBuilder body = new StringBuilder();
        List<String> mainCalls = new ArrayList<>();
        Set<String> mentioned = new HashSet<>();
        boolean code = false;
        for (int t = 0; t < parts.size(); t++) {
            Task task = parts.get(t).task();
            List<Piece> pieces = parts.get(t).pieces();
            if (task.mode() == Task.Mode.TRANSCRIPT || (task.reset() && t > 0)) {
                return Optional.empty();
            }
            body.append(gate).append(".accept(").append(t).append(");\n");
            StringBuilder statements = new StringBuilder();
            for (Piece piece : pieces) {
                switch (piece.kind()) {
                    case IMPORT -> {
                        // JShell's import counts from where it stands; at the top of a class it would count for code above it.
                        if (code) {
                            return Optional.empty();
                        }
                        head.append(piece.asStatement()).append('\n');
                    }
                    case TYPE_DECL, METHOD -> {
                        // Members see each other; JShell rejects a name used before its declaration is evaluated.
                        if (mentioned.contains(piece.name())) {
                            return Optional.empty();
                        }
                        members.append(member(piece)).append('\n');
                    }
                    case STATEMENT -> statements.append(piece.asStatement()).append('\n');
                    case VAR -> {
                        if (!piece.isNamedVariable()) {
                            return Optional.empty();
                        }
                        statements.append(piece.asStatement()).append('\n');
                    }
                    default -> {
                        // An expression: JShell keeps its value in a variable and shows it; not worth mirroring.
                        return Optional.empty();
                    }
                }
                if (piece.kind() != Snippet.Kind.IMPORT) {
                    code = true;
                }
                mentioned.addAll(Identifiers.of(piece.text()));
            }
            Optional<Piece> main = task.mode() == Task.Mode.RUN ? JShellSession.mainClass(pieces) : Optional.empty();
            mainCalls.add(main.map(Piece::name).orElse(""));
            if (task.mode() == Task.Mode.COMPILE) {
                // As JShell's no-run: compiled, never run, and its variables not visible to later snippets.
                body.append("if (false) {\n").append(statements).append("}\n");
            } else {
                body.append(statements);
            }
            main.ifPresent(piece -> body.append(piece.name()).append(".main(new String[0]);\n"));
        }
        body.append(gate).append(".accept(").append(parts.size()).append(");\n");
        String source = head + "public final class " + simpleName + " {\n" + members
                + "public static void qa$run(java.util.function.IntConsumer " + gate + ") throws Throwable {\n"
                + body + "}\n}\n";
        return Optional.of(new PageUnit(PACKAGE + "." + simpleName, source, mainCalls));
    }

    /** A top-level class or method as a static member, as JShell declares it; the modifiers JShell ignores are dropped. */
    private static String member(Piece piece) {
        String text = piece.text();
        Matcher matcher = LEADING_MODIFIERS.matcher(text);
        if (matcher.find()) {
            text = text.substring(0, matcher.start(2)) + text.substring(matcher.end(2));
        }
        return "static " + text;
    }
}
