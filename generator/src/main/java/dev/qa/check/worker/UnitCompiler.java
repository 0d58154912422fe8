package dev.qa.check.worker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles pages made into {@link PageUnit}s with one javac task for all of them, in memory. A javac
 * task costs about as much for one small class as for ten, so pages are compiled together; a page whose
 * unit has an error (any error: it then runs through JShell, which reports it its own way) is left out,
 * and the others are compiled again without it.
 */
final class UnitCompiler {
    private static final List<String> OPTIONS = List.of("-proc:none", "-Xlint:none", "-nowarn", "-g:source,lines",
            "-implicit:none");
    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    private final StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null);

    UnitCompiler() {
        try {
            // Only the JDK: a unit that needs more does not compile, and JShell, which knows its own class path, decides.
            files.setLocation(StandardLocation.CLASS_PATH, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A unit's classes, by binary name, ready to load. */
    record Compiled(PageUnit unit, Map<String, byte[]> classes) {
    }

    /** The units that compile without an error, each with its classes. */
    Map<PageUnit, Compiled> compile(List<PageUnit> units) {
        Map<PageUnit, Compiled> compiled = new HashMap<>();
        List<PageUnit> left = new ArrayList<>(units);
        // Twice at most: once all, once without those that had errors.
        for (int round = 0; round < 2 && !left.isEmpty(); round++) {
            Set<PageUnit> failed = new HashSet<>();
            Optional<Map<String, byte[]>> classes = compileTogether(left, failed);
            if (classes.isPresent()) {
                for (PageUnit unit : left) {
                    Map<String, byte[]> own = new LinkedHashMap<>();
                    classes.get().forEach((name, bytes) -> {
                        if (name.equals(unit.className()) || name.startsWith(unit.className() + "$")) {
                            own.put(name, bytes);
                        }
                    });
                    compiled.put(unit, new Compiled(unit, own));
                }
                return compiled;
            }
            if (failed.isEmpty()) {
                return compiled;
            }
            left.removeAll(failed);
        }
        return compiled;
    }

    private Optional<Map<String, byte[]>> compileTogether(List<PageUnit> units, Set<PageUnit> failed) {
        Map<String, PageUnit> byUri = new HashMap<>();
        List<JavaFileObject> sources = new ArrayList<>();
        for (PageUnit unit : units) {
            URI uri = URI.create("string:///" + unit.className().replace('.', '/') + ".java");
            byUri.put(uri.toString(), unit);
            sources.add(new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return unit.source();
                }
            });
        }
        Map<String, ByteArrayOutputStream> output = new LinkedHashMap<>();
        JavaFileManager memory = new ForwardingJavaFileManager<>(files) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("memory:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        output.put(className, bytes);
                        return bytes;
                    }
                };
            }
        };
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok;
        try {
            ok = compiler.getTask(null, memory, diagnostics, OPTIONS, null, sources).call();
        } catch (RuntimeException e) {
            // A compiler crash on odd code: let JShell deal with every page of the batch.
            failed.addAll(units);
            return Optional.empty();
        }
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                ok = false;
                PageUnit unit = diagnostic.getSource() == null ? null : byUri.get(diagnostic.getSource().toUri().toString());
                if (unit == null) {
                    failed.addAll(units);
                } else {
                    failed.add(unit);
                }
            }
        }
        if (!ok) {
            if (failed.isEmpty()) {
                failed.addAll(units);
            }
            return Optional.empty();
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        output.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        return Optional.of(classes);
    }
}
