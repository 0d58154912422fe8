package dev.qa.check.worker;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How an agent JVM is walled in: bubblewrap with the whole file system read-only, one private writable
 * folder, no network, its own PID namespace, dying with the worker, and limits set by {@code prlimit}.
 * The worker reaches the agent over a Unix-domain socket in that private folder, which works without
 * a network namespace.
 *
 * @param bubblewrap the bwrap binary, when there is one to try
 * @param prlimit    the prlimit binary, when there is one (util-linux)
 * @param hidden     folders replaced by an empty one inside the sandbox (secrets such as the cache key)
 */
public record Sandbox(Optional<Path> bubblewrap, Optional<Path> prlimit, List<Path> hidden) {
    /** The system property that names the bwrap binary to use, or {@code none} to run agents without one. */
    public static final String BWRAP_PROPERTY = "qa.bwrap";
    /** Largest file a snippet may write (RLIMIT_FSIZE), and CPU seconds an agent may use in all (RLIMIT_CPU). */
    static final long FILE_SIZE_LIMIT = 64L << 20;
    static final long CPU_SECONDS_LIMIT = 3600;
    /**
     * Writable or connectable places of the host (other users' and services' sockets, the build's
     * temporary files), covered by empty, read-only folders inside the sandbox: what lies under them,
     * a source folder in /tmp included, does not exist for a snippet.
     */
    public static final List<Path> COVERED = List.of(Path.of("/tmp"), Path.of("/var/tmp"), Path.of("/run"), Path.of("/dev/shm"));

    public Sandbox {
        hidden = List.copyOf(hidden);
    }

    /** The sandbox of this machine: bwrap from {@code -Dqa.bwrap} or the PATH. */
    public static Sandbox ofThisMachine(List<Path> hidden) {
        String configured = System.getProperty(BWRAP_PROPERTY, "");
        Optional<Path> bwrap = configured.equals("none") ? Optional.empty()
                : configured.isEmpty() ? onPath("bwrap") : Optional.of(Path.of(configured));
        return new Sandbox(bwrap, onPath("prlimit"), hidden);
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (!folder.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Why agents cannot be sandboxed at all here, before trying. */
    Optional<String> unavailable() {
        if (!System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return Optional.of("bubblewrap needs Linux");
        }
        if (bubblewrap.isEmpty()) {
            return Optional.of(System.getProperty(BWRAP_PROPERTY, "").equals("none") ? "the sandbox is switched off (-Dqa.bwrap=none)"
                    : "bubblewrap (bwrap) is not installed; on Debian or Ubuntu: apt-get install bubblewrap");
        }
        return Optional.empty();
    }

    /**
     * The command that runs {@code agent} inside the sandbox, with {@code folder} as its only writable
     * place (at the same path, so that paths in messages mean the same inside and out).
     *
     * @param needed what the agent JVM must read (its JDK, its class path): shown read-only again
     *               where a covered place would hide it (qa run from /tmp, say)
     */
    List<String> wrap(List<String> agent, Path folder, List<Path> needed) {
        List<String> command = new ArrayList<>(limits());
        command.add(bubblewrap.orElseThrow().toString());
        command.addAll(List.of("--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc"));
        for (Path place : COVERED) {
            if (Files.isDirectory(place)) {
                command.addAll(List.of("--tmpfs", place.toString()));
            }
        }
        List<Path> covered = new ArrayList<>(COVERED);
        for (Path secret : hidden) {
            // Never the folder qa or its JDK lives in: the agent could not start, and would run unconfined.
            if (Files.isDirectory(secret) && needed.stream().noneMatch(path -> path.startsWith(secret))) {
                command.addAll(List.of("--tmpfs", secret.toString()));
                covered.add(secret);
            }
        }
        for (Path path : needed) {
            if (Files.exists(path) && covered.stream().anyMatch(path::startsWith)) {
                command.addAll(List.of("--ro-bind", path.toString(), path.toString()));
            }
        }
        command.addAll(List.of("--bind", folder.toString(), folder.toString()));
        for (Path place : COVERED) {
            if (Files.isDirectory(place)) {
                command.addAll(List.of("--remount-ro", place.toString()));
            }
        }
        command.addAll(List.of("--chdir", folder.toString(),
                "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
                "--clearenv", "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "LANG", "C.UTF-8",
                "--setenv", "HOME", folder.toString(), "--setenv", "TMPDIR", folder.toString(), "--"));
        command.addAll(agent);
        return command;
    }

    /** Limits for an agent without bubblewrap too: they cost nothing where prlimit exists. */
    List<String> limits() {
        if (prlimit.isEmpty()) {
            return List.of();
        }
        return List.of(prlimit.get().toString(), "--fsize=" + FILE_SIZE_LIMIT, "--core=0", "--cpu=" + CPU_SECONDS_LIMIT, "--");
    }
}
