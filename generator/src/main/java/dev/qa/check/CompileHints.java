package dev.qa.check;

import dev.qa.model.Problem;
import dev.qa.model.Result;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Hints that say how to fix the commonest compile error of a snippet, a name it cannot find: the
 * import of the JDK class of that name, or the class whose static method it is ({@code Math.sqrt}).
 * The JDK is read from its own image (class names from the {@code jrt:} file system, modifiers from
 * the class files), never by loading its classes; the first error that needs it pays for the reading.
 */
final class CompileHints {
    private static final Pattern MISSING = Pattern.compile(
            "cannot find symbol.*?symbol:\\s*(class|interface|variable|method)\\s+([A-Za-z_$][A-Za-z0-9_$]*)", Pattern.DOTALL);
    /** Classes whose static methods a snippet most often calls without their class. */
    private static final List<String> STATIC_HOMES = List.of("java/lang/Math", "java/util/Objects", "java/util/Arrays",
            "java/util/Collections", "java/lang/Integer", "java/lang/Long", "java/lang/Double", "java/lang/Character",
            "java/lang/String", "java/lang/Thread", "java/lang/System", "java/util/concurrent/Executors", "java/nio/file/Files",
            "java/util/stream/Collectors");
    private static final int PUBLIC = 0x0001;
    private static final int STATIC = 0x0008;

    private Map<String, List<String>> classesByName;
    private Map<String, List<String>> staticMethodOwners;
    private Map<String, String> moduleOf;

    /** The results with a better hint on each compile error that has one. */
    Map<dev.qa.model.Position, Result> apply(Map<dev.qa.model.Position, Result> results) {
        Map<dev.qa.model.Position, Result> hinted = new HashMap<>(results);
        results.forEach((fence, result) -> {
            if (result.failure().filter(Result.Failure.COMPILE::equals).isEmpty() || result.error().isEmpty()) {
                return;
            }
            Problem error = result.error().get();
            hint(error.message()).ifPresent(hint -> hinted.put(fence, new Result(result.status(), result.failure(), result.stdout(),
                    Optional.of(Problem.at(error.at(), error.message(), hint)), result.millis(), result.mainCall())));
        });
        return hinted;
    }

    /** What to do about this compile error, when qa knows better than "fix the code". */
    synchronized Optional<String> hint(String message) {
        Matcher missing = MISSING.matcher(message);
        if (!missing.find()) {
            return Optional.empty();
        }
        String kind = missing.group(1);
        String name = missing.group(2);
        if (kind.equals("method")) {
            List<String> owners = staticMethodOwners().getOrDefault(name, List.of());
            return owners.isEmpty() ? Optional.empty() : Optional.of("`" + name + "` is a static method of " + String.join(" and ", owners)
                    + ": call it as " + owners.get(0) + "." + name + "(…)");
        }
        if (!Character.isUpperCase(name.charAt(0))) {
            return Optional.empty();
        }
        List<String> classes = classesByName().getOrDefault(name, List.of()).stream()
                .filter(type -> classFile(type.replace('.', '/')).map(ClassFile::isPublic).orElse(false)).sorted().toList();
        if (classes.size() == 1) {
            return Optional.of("add `import " + classes.get(0) + ";` before the code (or write " + classes.get(0) + ")");
        }
        return classes.isEmpty() ? Optional.empty()
                : Optional.of("import the one you mean: " + String.join(", ", classes.stream().map(type -> "`import " + type + ";`").toList()));
    }

    private Map<String, List<String>> classesByName() {
        if (classesByName == null) {
            classesByName = readClasses();
        }
        return classesByName;
    }

    /** The module of each package of the JDK image. */
    private Map<String, String> moduleOf() {
        if (moduleOf == null) {
            Map<String, String> modules = new HashMap<>();
            ModuleFinder.ofSystem().findAll().forEach(module -> module.descriptor().packages()
                    .forEach(pkg -> modules.put(pkg, module.descriptor().name())));
            moduleOf = modules;
        }
        return moduleOf;
    }

    private Map<String, List<String>> staticMethodOwners() {
        if (staticMethodOwners == null) {
            Map<String, List<String>> owners = new HashMap<>();
            for (String type : STATIC_HOMES) {
                String simple = type.substring(type.lastIndexOf('/') + 1);
                classFile(type).ifPresent(bytes -> ClassFile.staticMethods(bytes).forEach(method -> {
                    List<String> list = owners.computeIfAbsent(method, key -> new ArrayList<>());
                    if (!list.contains(simple)) {
                        list.add(simple);
                    }
                }));
            }
            staticMethodOwners = owners;
        }
        return staticMethodOwners;
    }

    /** Every top-level class of the JDK's exported java.* packages, by simple name (public or not: class files tell). */
    private static Map<String, List<String>> readClasses() {
        Map<String, List<String>> byName = new TreeMap<>();
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        for (ModuleReference module : ModuleFinder.ofSystem().findAll()) {
            ModuleDescriptor descriptor = module.descriptor();
            if (!descriptor.name().startsWith("java.")) {
                continue;
            }
            for (ModuleDescriptor.Exports exports : descriptor.exports()) {
                if (exports.isQualified()) {
                    continue;
                }
                Path folder = jrt.getPath("/modules", descriptor.name(), exports.source().replace('.', '/'));
                try (Stream<Path> files = Files.list(folder)) {
                    files.map(file -> file.getFileName().toString())
                            .filter(file -> file.endsWith(".class") && !file.contains("$") && !file.contains("-"))
                            .forEach(file -> {
                                String simple = file.substring(0, file.length() - ".class".length());
                                byName.computeIfAbsent(simple, key -> new ArrayList<>()).add(exports.source() + "." + simple);
                            });
                } catch (IOException e) {
                    // A package the image does not list: no hint from it.
                }
            }
        }
        return byName;
    }

    /** The bytes of a JDK class file, by its internal name ({@code java/lang/Math}). */
    private Optional<byte[]> classFile(String internalName) {
        int slash = internalName.lastIndexOf('/');
        String module = moduleOf().get(slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.'));
        if (module == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/modules", module, internalName + ".class")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The little of a class file's layout that hints need: its access flags and its public static methods. */
    private static final class ClassFile {
        private ClassFile() {
        }

        static boolean isPublic(byte[] bytes) {
            try {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
                skipHeaderAndConstants(in);
                return (in.readUnsignedShort() & PUBLIC) != 0;
            } catch (IOException e) {
                return false;
            }
        }

        static List<String> staticMethods(byte[] bytes) {
            List<String> methods = new ArrayList<>();
            try {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
                String[] utf8 = skipHeaderAndConstants(in);
                in.readUnsignedShort(); // access flags
                in.readUnsignedShort(); // this class
                in.readUnsignedShort(); // super class
                in.skipBytes(2 * in.readUnsignedShort()); // interfaces
                skipMembers(in);         // fields
                int count = in.readUnsignedShort();
                for (int i = 0; i < count; i++) {
                    int flags = in.readUnsignedShort();
                    String name = utf8[in.readUnsignedShort()];
                    in.readUnsignedShort(); // descriptor
                    skipAttributes(in);
                    if ((flags & (PUBLIC | STATIC)) == (PUBLIC | STATIC) && !name.startsWith("<")) {
                        methods.add(name);
                    }
                }
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
            return methods;
        }

        /** Reads past the magic, version and constant pool; returns the pool's UTF-8 entries by index. */
        private static String[] skipHeaderAndConstants(DataInputStream in) throws IOException {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++; // longs and doubles take two entries
                    }
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    default -> throw new IOException("unknown constant tag " + tag);
                }
            }
            return utf8;
        }

        private static void skipMembers(DataInputStream in) throws IOException {
            int count = in.readUnsignedShort();
            for (int i = 0; i < count; i++) {
                in.skipBytes(6);
                skipAttributes(in);
            }
        }

        private static void skipAttributes(DataInputStream in) throws IOException {
            int count = in.readUnsignedShort();
            for (int i = 0; i < count; i++) {
                in.readUnsignedShort();
                in.skipBytes(in.readInt());
            }
        }
    }
}
