package dev.qa.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * When each file of the source folder was last committed, for "last updated" on its page. One
 * {@code git log} for the whole folder: a call per file costs ~10 ms each, seconds on 200 pages.
 * Empty when the folder is not a git checkout or git is not installed.
 */
final class GitHistory {
    private final Map<Path, LocalDate> lastCommitted;

    private GitHistory(Map<Path, LocalDate> lastCommitted) {
        this.lastCommitted = Map.copyOf(lastCommitted);
    }

    static GitHistory none() {
        return new GitHistory(Map.of());
    }

    /** Reads the history of {@code root}; paths in it are relative to {@code root}. */
    static GitHistory of(Path root) {
        ProcessBuilder command = new ProcessBuilder("git", "-C", root.toAbsolutePath().toString(), "log",
                "--format=%x00%cs", "--name-only", "--relative", "--no-renames", "--", ".")
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<Path, LocalDate> dates = new HashMap<>();
        try {
            Process git = command.start();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(git.getInputStream(), StandardCharsets.UTF_8))) {
                LocalDate commit = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("\0")) {
                        commit = LocalDate.parse(line.substring(1).strip());
                    } else if (!line.isBlank() && commit != null) {
                        // Newest commits come first: the first date seen for a file is its last change.
                        dates.putIfAbsent(Path.of(line.strip()).normalize(), commit);
                    }
                }
            }
            if (!git.waitFor(30, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return none();
            }
            return git.exitValue() == 0 ? new GitHistory(dates) : none();
        } catch (IOException | DateTimeParseException e) {
            return none();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return none();
        }
    }

    /** The date of the last commit that changed {@code file} (relative to the source folder). */
    Optional<LocalDate> lastCommitted(Path file) {
        return Optional.ofNullable(lastCommitted.get(file.normalize()));
    }

    /**
     * The history of one source folder, asked of git again only when the repository's HEAD moved (a
     * commit, a checkout): editing a file changes no commit date. For a warm JVM; one at a time.
     */
    static final class Cached {
        private Path root;
        private String state;
        private GitHistory history;

        synchronized GitHistory of(Path folder) {
            String now = headState(folder);
            if (history == null || !folder.equals(root) || !now.equals(state)) {
                history = GitHistory.of(folder);
                root = folder;
                state = now;
            }
            return history;
        }

        /** What moves when HEAD does: the reflog of HEAD and HEAD itself, found from the folder upwards. */
        private static String headState(Path folder) {
            for (Path dir = folder; dir != null; dir = dir.getParent()) {
                Path git = dir.resolve(".git");
                if (java.nio.file.Files.isDirectory(git)) {
                    return stamp(git.resolve("HEAD")) + stamp(git.resolve("logs").resolve("HEAD"));
                }
                if (java.nio.file.Files.isRegularFile(git)) {
                    return stamp(git);
                }
            }
            return "none";
        }

        private static String stamp(Path file) {
            try {
                return java.nio.file.Files.getLastModifiedTime(file) + ":" + java.nio.file.Files.size(file) + ";";
            } catch (java.io.IOException e) {
                return "-;";
            }
        }
    }
}
