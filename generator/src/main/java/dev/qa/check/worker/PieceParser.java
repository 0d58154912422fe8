package dev.qa.check.worker;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import jdk.jshell.Snippet;

/**
 * Tells what a piece is (a statement, a variable, a class, a method) and the name it declares, with
 * javac's parser alone. JShell's own {@code sourceToSnippets} attributes the code, which costs as much
 * as compiling it; a parse costs a few milliseconds.
 */
final class PieceParser {
    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    /**
     * One file manager for every parse: a task given none makes its own, and opening the class path
     * (the jars' manifests, the JDK's image) cost more than the parse itself, about half of a piece's
     * time through JShell. A parse reads no class, so the class path can be empty.
     */
    private final StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null);

    PieceParser() {
        try {
            files.setLocation(StandardLocation.CLASS_PATH, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Piece parse(int offset, String text) {
        if (text.startsWith("import ") || text.startsWith("import\t")) {
            return new Piece(offset, text, Snippet.Kind.IMPORT, Snippet.SubKind.SINGLE_TYPE_IMPORT_SUBKIND, "");
        }
        String statement = text.endsWith(";") || text.endsWith("}") ? text : text + ";";
        Optional<List<? extends Tree>> asStatements = parse("class Q { void m() {\n" + statement + "\n} }")
                .map(unit -> ((MethodTree) ((ClassTree) unit.getTypeDecls().get(0)).getMembers().get(0)).getBody().getStatements());
        if (asStatements.isPresent() && asStatements.get().size() == 1) {
            StatementTree tree = (StatementTree) asStatements.get().get(0);
            if (tree instanceof VariableTree variable) {
                return new Piece(offset, text, Snippet.Kind.VAR, Snippet.SubKind.VAR_DECLARATION_WITH_INITIALIZER_SUBKIND,
                        variable.getName().toString());
            }
            if (tree instanceof ClassTree type) {
                return new Piece(offset, text, Snippet.Kind.TYPE_DECL, Snippet.SubKind.CLASS_SUBKIND, type.getSimpleName().toString());
            }
            return new Piece(offset, text, Snippet.Kind.STATEMENT, Snippet.SubKind.STATEMENT_SUBKIND, "");
        }
        Optional<List<? extends Tree>> asMembers = parse("class Q {\n" + text + "\n}")
                .map(unit -> ((ClassTree) unit.getTypeDecls().get(0)).getMembers());
        if (asMembers.isPresent() && asMembers.get().size() == 1) {
            Tree tree = asMembers.get().get(0);
            if (tree instanceof MethodTree method) {
                return new Piece(offset, text, Snippet.Kind.METHOD, Snippet.SubKind.METHOD_SUBKIND, method.getName().toString());
            }
            if (tree instanceof ClassTree type) {
                return new Piece(offset, text, Snippet.Kind.TYPE_DECL, Snippet.SubKind.CLASS_SUBKIND, type.getSimpleName().toString());
            }
            if (tree instanceof VariableTree variable) {
                return new Piece(offset, text, Snippet.Kind.VAR, Snippet.SubKind.VAR_DECLARATION_WITH_INITIALIZER_SUBKIND,
                        variable.getName().toString());
            }
        }
        // An expression (JShell keeps its value in a temporary variable) or code with an error:
        // JShell evaluates it on its own and says which.
        return new Piece(offset, text, Snippet.Kind.ERRONEOUS, Snippet.SubKind.UNKNOWN_SUBKIND, "");
    }

    private Optional<CompilationUnitTree> parse(String source) {
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///Q.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavacTask task = (JavacTask) compiler.getTask(null, files, diagnostics, List.of("-proc:none"), null, List.of(file));
        try {
            CompilationUnitTree unit = task.parse().iterator().next();
            return diagnostics.getDiagnostics().isEmpty() ? Optional.of(unit) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
