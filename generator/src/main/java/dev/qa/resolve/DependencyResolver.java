package dev.qa.resolve;

import dev.qa.model.Dependency;
import dev.qa.model.Library;
import dev.qa.model.Problem;
import dev.qa.model.Site;
import dev.qa.model.SnippetDependencies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resolve step: each distinct set of coordinates the pages declare becomes the jars of its class
 * path, from the cache when those jars are unchanged, else by Maven's resolver (once per set). A site
 * without dependencies passes through untouched: no settings read, no resolver loaded.
 */
public final class DependencyResolver {
    /** Where Maven is set up; read only when some page declares a dependency. Empty: nothing is resolved. */
    private final Optional<SetupSource> setup;
    private final Optional<Path> cacheFolder;
    /** What this resolver resolved, for the rebuilds of a warm JVM ({@code serve}); checked against the jars like the cache. */
    private final Map<List<String>, Remembered> remembered = new java.util.concurrent.ConcurrentHashMap<>();

    /** A set's libraries and each jar's stamp when they were resolved. */
    private record Remembered(List<Library> libraries, List<String> stamps) {

        static Remembered of(List<Library> libraries) {
            return new Remembered(libraries, libraries.stream().map(library -> JarStamp.of(library.jar())).toList());
        }

        boolean unchanged() {
            for (int i = 0; i < libraries.size(); i++) {
                if (!JarStamp.holds(libraries.get(i).jar(), libraries.get(i).sha256(), stamps.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The source of the Maven setup: this machine's settings, or a fixed one in tests. */
    @FunctionalInterface
    interface SetupSource {
        MavenSetup get() throws MavenSetup.SettingsProblem;
    }

    DependencyResolver(SetupSource setup, Optional<Path> cacheFolder) {
        this(Optional.of(setup), cacheFolder);
    }

    private DependencyResolver(Optional<SetupSource> setup, Optional<Path> cacheFolder) {
        this.setup = setup;
        this.cacheFolder = cacheFolder;
    }

    /**
     * Resolves with the user's Maven settings and local repository.
     *
     * @param cacheFolder the cache folder ({@code .qa-cache/}); empty: resolve every set, keep nothing
     */
    public static DependencyResolver ofThisMachine(Optional<Path> cacheFolder) {
        return new DependencyResolver(MavenSetup::ofThisMachine, cacheFolder);
    }

    /**
     * Resolves against one folder repository laid out as Maven's (a test fixture), without the user's
     * settings; offline, so the folder is the local repository itself.
     */
    public static DependencyResolver offline(Path localRepository, Optional<Path> cacheFolder) {
        return new DependencyResolver(() -> MavenSetup.of(localRepository.toAbsolutePath().normalize(), true, List.of()), cacheFolder);
    }

    /**
     * A resolver that leaves every page's coordinates unresolved (no jars): for pipelines whose check is
     * a stand-in that runs nothing, so that rendering a real site in a test needs neither Maven nor the network.
     */
    public static DependencyResolver none() {
        return new DependencyResolver(Optional.empty(), Optional.empty());
    }

    public Resolution resolve(Site site) {
        if (site.dependencies().isEmpty() || setup.isEmpty()) {
            return new Resolution(site, List.of(), 0);
        }
        Map<List<String>, List<Dependency>> sets = new LinkedHashMap<>();
        site.dependencies().values().stream()
                .sorted(java.util.Comparator.comparing(dependencies -> String.join(" ", dependencies.coordinates())))
                .forEach(dependencies -> sets.putIfAbsent(dependencies.coordinates(), dependencies.declared()));
        // A warm JVM that resolved every set already, with its jars unchanged, needs no settings read.
        if (sets.keySet().stream().allMatch(set -> remembered.containsKey(set) && remembered.get(set).unchanged())) {
            return resolved(site, set -> remembered.get(set).libraries(), List.of(), 0);
        }
        MavenSetup maven;
        try {
            maven = setup.get().get();
        } catch (MavenSetup.SettingsProblem e) {
            Dependency first = sets.values().iterator().next().get(0);
            return new Resolution(site, List.of(Problem.at(first.at(), "Maven's settings cannot be read: " + e.getMessage(),
                    "fix ~/.m2/settings.xml (or the global settings.xml of the Maven on the PATH)")), 0);
        }
        Optional<ResolutionCache> cache = cacheFolder.map(folder -> new ResolutionCache(folder, maven.localRepository()));
        Map<List<String>, List<Library>> resolved = new HashMap<>();
        Set<Problem> problems = new LinkedHashSet<>();
        int resolutions = 0;
        MavenResolution resolution = null;
        try {
            for (Map.Entry<List<String>, List<Dependency>> set : sets.entrySet()) {
                Optional<List<Library>> cached = Optional.ofNullable(remembered.get(set.getKey())).filter(Remembered::unchanged)
                        .map(Remembered::libraries).or(() -> cache.flatMap(entries -> entries.get(set.getKey())));
                if (cached.isPresent()) {
                    resolved.put(set.getKey(), cached.get());
                    remembered.putIfAbsent(set.getKey(), Remembered.of(cached.get()));
                    continue;
                }
                if (resolution == null) {
                    resolution = new MavenResolution(maven);
                }
                resolutions++;
                try {
                    List<Library> libraries = resolution.resolve(set.getValue());
                    resolved.put(set.getKey(), libraries);
                    remembered.put(set.getKey(), Remembered.of(libraries));
                    cache.ifPresent(entries -> entries.put(set.getKey(), libraries));
                } catch (MavenResolution.Failure failure) {
                    problems.addAll(blame(resolution, set.getValue(), failure));
                }
            }
        } finally {
            if (resolution != null) {
                resolution.close();
            }
        }
        return resolved(site, set -> resolved.getOrDefault(set, List.of()), new ArrayList<>(problems), resolutions);
    }

    private static Resolution resolved(Site site, java.util.function.Function<List<String>, List<Library>> librariesOf,
                                       List<Problem> problems, int resolutions) {
        Map<Path, SnippetDependencies> byFile = new HashMap<>();
        site.dependencies().forEach((file, dependencies) -> byFile.put(file, dependencies.withLibraries(librariesOf.apply(dependencies.coordinates()))));
        return new Resolution(site.withDependencies(byFile), problems, resolutions);
    }

    /**
     * A set failed: each coordinate is tried alone, and the ones that fail alone are reported at their
     * lines with Maven's reason; when each resolves alone, the set is reported at its first coordinate.
     */
    private static List<Problem> blame(MavenResolution resolution, List<Dependency> set, MavenResolution.Failure failure) {
        List<Problem> problems = new ArrayList<>();
        for (Dependency dependency : set) {
            try {
                resolution.resolve(List.of(dependency));
            } catch (MavenResolution.Failure alone) {
                problems.add(Problem.at(dependency.at(), "Maven cannot resolve '" + dependency.coordinate() + "': " + alone.getMessage(),
                        hint(dependency)));
            }
        }
        if (problems.isEmpty()) {
            Dependency first = set.get(0);
            problems.add(Problem.at(first.at(), "Maven cannot resolve these libraries together (" + String.join(", ",
                    set.stream().map(Dependency::coordinate).toList()) + "): " + failure.getMessage(), hint(first)));
        }
        return problems;
    }

    private static String hint(Dependency dependency) {
        return "check the coordinate (groupId:artifactId:version) of " + dependency.groupId() + ":" + dependency.artifactId()
                + " on Maven Central; offline, run `mvn dependency:get -Dartifact=" + dependency.coordinate() + "` once online";
    }
}
