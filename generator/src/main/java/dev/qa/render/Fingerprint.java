package dev.qa.render;

import dev.qa.model.Home;
import dev.qa.model.Markdown;
import dev.qa.model.Question;
import dev.qa.model.Section;
import dev.qa.text.Digest;
import dev.qa.text.QaBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A digest of everything an output is made from, so that a build in a new process can tell an
 * output of the last build is still right. Equal inputs give equal digests; plain values are written
 * with their type and length, collections element by element (maps in key order), model records
 * through the text their {@code toString} gives, which names every component. A body's digest is
 * worked out once per render however many outputs it feeds (its page, the print page, neighbours).
 */
final class Fingerprint {
    private final Map<Object, String> known = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * What every output of a render is made with besides its own inputs: this build of qa (its code
     * renders) and the theme folder, each file by name and bytes.
     */
    static String ofTheme(Path folder) {
        Digest digest = new Digest().add(QaBuild.id());
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.add(folder.relativize(file).toString()).add(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        } catch (IOException e) {
            digest.add("unreadable theme " + System.nanoTime()); // matches nothing stored: everything is made again
        }
        return digest.hex();
    }

    /** The digest of these inputs. */
    String of(List<Object> inputs) {
        Digest digest = new Digest();
        add(digest, inputs);
        return digest.hex();
    }

    private void add(Digest digest, Object value) {
        if (value == null) {
            digest.add("null");
        } else if (value instanceof String text) {
            digest.add("s").add(text.length() > 4096 ? remembered(text, () -> Digest.of(text)) : text);
        } else if (value instanceof Optional<?> optional) {
            digest.add(optional.isPresent() ? "some" : "none");
            optional.ifPresent(inner -> add(digest, inner));
        } else if (value instanceof Collection<?> items) {
            digest.add("list").addNumber(items.size());
            items.forEach(item -> add(digest, item));
        } else if (value instanceof Map<?, ?> map) {
            List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
            entries.sort(java.util.Comparator.comparing(entry -> String.valueOf(entry.getKey())));
            digest.add("map").addNumber(entries.size());
            for (Map.Entry<?, ?> entry : entries) {
                add(digest, entry.getKey());
                add(digest, entry.getValue());
            }
        } else if (value instanceof Markdown body) {
            // The code blocks and problems follow from the source; the snippets do not (included files).
            digest.add("markdown").add(remembered(body, () -> new Digest().add(body.file().toString()).addNumber(body.firstLine())
                    .add(body.source()).add(body.snippets().toString()).hex()));
        } else if (value instanceof Question question) {
            // Every component by its text (so that a field added later counts too), the body by its own digest.
            digest.add("question").add(remembered(question, () -> new Digest().add(question.withBody(null).toString())
                    .add(of(List.of(question.body()))).hex()));
        } else if (value instanceof Section section) {
            digest.add("section").add(remembered(section, () -> new Digest().add(new Section(section.folder(), section.slug(),
                    section.title(), section.order(), section.icon(), section.summary(), null, List.of()).toString())
                    .add(of(java.util.Arrays.asList(section.intro(), section.questions()))).hex()));
        } else if (value instanceof Home home) {
            digest.add("home").add(new Home(home.title(), home.description(), null).toString());
            add(digest, home.body());
        } else {
            // Records, enums, numbers, paths and dates: their text says all they hold.
            digest.add(value.getClass().getName()).add(value.toString());
        }
    }

    private String remembered(Object value, java.util.function.Supplier<String> digest) {
        String known = this.known.get(value);
        if (known == null) {
            known = digest.get();
            this.known.put(value, known);
        }
        return known;
    }
}
