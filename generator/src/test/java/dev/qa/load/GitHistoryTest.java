package dev.qa.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHistoryTest {

    @Test
    void eachFileGetsTheDateOfItsLastCommit(@TempDir Path repo) throws Exception {
        assumeTrue(git(repo, "init", "-q") == 0, "git is installed");
        Files.createDirectories(repo.resolve("content/01-a"));
        Files.writeString(repo.resolve("content/01-a/01-q.md"), "one");
        Files.writeString(repo.resolve("content/01-a/02-r.md"), "two");
        commit(repo, "2024-03-01T10:00:00Z");
        Files.writeString(repo.resolve("content/01-a/01-q.md"), "one, changed");
        commit(repo, "2025-06-15T10:00:00Z");

        GitHistory history = GitHistory.of(repo);

        assertEquals(Optional.of(LocalDate.of(2025, 6, 15)), history.lastCommitted(Path.of("content/01-a/01-q.md")));
        assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), history.lastCommitted(Path.of("content", "01-a", "02-r.md")));
        assertEquals(Optional.empty(), history.lastCommitted(Path.of("content/01-a/03-new.md")));
    }

    @Test
    void aFolderThatIsNotACheckoutHasNoDates(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.md"), "x");

        assertTrue(GitHistory.of(folder).lastCommitted(Path.of("a.md")).isEmpty());
    }

    private static void commit(Path repo, String date) throws Exception {
        Map<String, String> env = Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date);
        assertEquals(0, git(repo, env, "add", "-A"));
        assertEquals(0, git(repo, env, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "c"));
    }

    private static int git(Path repo, String... args) throws Exception {
        return git(repo, Map.of(), args);
    }

    private static int git(Path repo, Map<String, String> env, String... args) throws Exception {
        String[] command = new String[args.length + 3];
        command[0] = "git";
        command[1] = "-C";
        command[2] = repo.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            process.getInputStream().readAllBytes();
            return process.waitFor();
        } catch (IOException e) {
            return -1;
        }
    }
}
