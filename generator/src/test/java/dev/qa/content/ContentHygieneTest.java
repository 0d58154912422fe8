package dev.qa.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The migrated content carries nothing of the chat paste it came from: no mojibake, no Copy/Edit buttons. */
class ContentHygieneTest {
    private static final Path CONTENT = Path.of("..", "content").toAbsolutePath().normalize();
    // UTF-8 read as Windows-1252 and saved again: "â€™" for ’, "Ã©" for é, "ðŸ" for emoji.
    private static final Pattern MOJIBAKE = Pattern.compile("â€|Ã[\\x{80}-\\x{BF}©¨ª«¶¼½]|ðŸ|Â[\\x{A0}-\\x{BF}]|ï¸");
    private static final Pattern CHAT_ARTEFACT = Pattern.compile("^\\s*(Copy|Edit|Copy code|Copy\\s*Edit)\\s*$");

    @Test
    void noPageContainsMojibakeOrChatArtefacts() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CONTENT)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (MOJIBAKE.matcher(line).find() || CHAT_ARTEFACT.matcher(line).matches()) {
                        found.add(CONTENT.relativize(file) + ":" + (i + 1) + ": " + line.strip());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
