package dev.qa.resolve;

import dev.qa.model.Library;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What Maven resolved for each set of coordinates, kept in {@code .qa-cache/dependencies/}, so that a
 * build resolves a set once and later builds not at all: one file per set, named by a digest of the
 * coordinates in order and the local repository, listing each jar with its SHA-256, size and
 * modification time. An entry is used only while every jar it lists is still in the local repository
 * with the same bytes; a changed or deleted jar makes it a miss, and Maven is asked again. A jar whose
 * size and modification time are those recorded is taken to hold the bytes recorded, as git takes its
 * files (hashing every jar again cost a tenth of a one-edit build); any other is hashed.
 */
final class ResolutionCache {
    private static final String HEADER = "qa snippet dependencies 2";

    private final Path folder;
    private final Path localRepository;

    ResolutionCache(Path cacheFolder, Path localRepository) {
        this.folder = cacheFolder.resolve("dependencies");
        this.localRepository = localRepository;
    }

    Optional<List<Library>> get(List<String> coordinates) {
        Path file = folder.resolve(name(coordinates));
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return Optional.empty();
        }
        List<Library> libraries = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] parts = line.split("\t");
            if (parts.length != 4) {
                return Optional.empty();
            }
            Path jar = Path.of(parts[1]);
            // Only files of the local repository, as they are now: a jar replaced in place is resolved again.
            if (!jar.isAbsolute() || !jar.normalize().startsWith(localRepository) || !JarStamp.holds(jar, parts[2], parts[3])) {
                return Optional.empty();
            }
            libraries.add(new Library(parts[0], jar, parts[2]));
        }
        return Optional.of(libraries);
    }

    void put(List<String> coordinates, List<Library> libraries) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Library library : libraries) {
            text.append(library.coordinate()).append('\t').append(library.jar()).append('\t').append(library.sha256()).append('\t')
                    .append(JarStamp.of(library.jar())).append('\n');
        }
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "entry-", ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, folder.resolve(name(coordinates)), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // A cache that cannot be written costs a resolution next time, nothing else.
        }
    }

    private String name(List<String> coordinates) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((localRepository + "\n" + String.join("\n", coordinates)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32) + ".txt";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
