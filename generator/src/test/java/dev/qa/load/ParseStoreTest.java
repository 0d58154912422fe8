package dev.qa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.qa.Fixtures;
import dev.qa.model.Markdown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseStoreTest {

    @Test
    void aSecondLoadInANewProcessSeesExactlyTheSiteTheFirstParsed(@TempDir Path temp) {
        // The real content: every kind of snippet, attribute, transcript, output block and link there is.
        Path source = Path.of("..").toAbsolutePath().normalize();
        Path store = temp.resolve("parse.bin");

        Loaded first = SiteLoader.storing(store).load(source);
        Loaded second = SiteLoader.storing(store).load(source);

        assertTrue(Files.isRegularFile(store));
        assertEquals(new SiteLoader().load(source), first, "the store changes nothing the first time");
        assertEquals(first, second, "every record of the model comes back equal from the store");
    }

    @Test
    void aBodyIsReusedOnlyForTheVeryTextItWasParsedFrom(@TempDir Path temp) {
        Path store = temp.resolve("parse.bin");
        MarkdownParser parser = new MarkdownParser(temp);
        SourceFile page = SourceFile.of(Path.of("content/01-s/01-q.md"), "---\ntitle: Q\n---\nSome *text*.\n\n```java\nint a = 1;\n```\n");
        ParseStore written = ParseStore.load(store);
        Markdown parsed = parser.parse(page, 16);
        written.put(page, parsed);
        written.save();

        ParseStore read = ParseStore.load(store);

        assertEquals(Optional.of(parsed), read.get(page));
        assertEquals(Optional.empty(), read.get(SourceFile.of(page.path(), page.text() + "\nMore.\n")), "another text is parsed again");
        assertEquals(Optional.empty(), read.get(SourceFile.of(Path.of("content/01-s/02-other.md"), page.text())), "another file too");
    }

    @Test
    void aPageThatIncludesFilesIsNeverKept(@TempDir Path temp) throws Exception {
        Path root = Fixtures.copy("serve/site", temp.resolve("site"));
        Path store = temp.resolve("parse.bin");
        Loaded first = SiteLoader.storing(store).load(root);
        var including = first.site().bodies().filter(body -> body.snippets().stream().anyMatch(s -> s.attributes().file().isPresent()))
                .findFirst().orElseThrow();
        Path included = root.resolve(including.snippets().stream().filter(s -> s.attributes().file().isPresent()).findFirst()
                .orElseThrow().attributes().file().get());
        Files.writeString(included, Files.readString(included) + "\n// changed after the first load\n");

        Loaded second = SiteLoader.storing(store).load(root);

        assertEquals(new SiteLoader().load(root), second, "the included file's change is seen");
    }

    @Test
    void aDamagedStoreIsEmpty(@TempDir Path temp) throws Exception {
        Path store = Files.write(temp.resolve("parse.bin"), new byte[] {0, 0, 0, 1, 0, 0, 0, 3, 'a', 'b'});
        Path source = Fixtures.resource("load/good");

        assertEquals(new SiteLoader().load(source), SiteLoader.storing(store).load(source));
    }
}
