package dev.qa.load;

import dev.qa.model.Dependency;
import dev.qa.model.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Maven coordinates from {@code snippet-dependencies:} ({@code qa.yml}) and {@code dependencies:}
 * (front matter), each at its own line, and merges the levels a page inherits.
 */
final class DependencyDeclarations {
    static final String HINT = "write Maven coordinates `groupId:artifactId:version`, "
            + "for example `com.github.ben-manes.caffeine:caffeine:3.3.1`";

    private DependencyDeclarations() {
    }

    /**
     * The coordinates under {@code key}; one that is not a coordinate is a problem at its place.
     *
     * @param lineShift added to every line (qa.yml is parsed with a fence line above it: -1)
     */
    static List<Dependency> read(FrontMatterFields fields, String key, int lineShift) {
        List<Dependency> dependencies = new ArrayList<>();
        Map<String, Position> seen = new LinkedHashMap<>();
        for (FrontMatterFields.Item item : fields.positionedList(key)) {
            Position at = new Position(item.at().file(), Math.max(1, item.at().line() + lineShift), item.at().column());
            String text = item.value();
            if (!Dependency.wellFormed(text)) {
                // Problems are shifted by the caller like every other problem of the file.
                fields.problem(item.at(), "'" + text + "' is not a Maven coordinate", HINT);
            } else if (seen.containsKey(text.substring(0, text.lastIndexOf(':')))) {
                fields.problem(item.at(), "'" + text + "' names a library that '" + key + "' already lists",
                        "keep one version of it");
            } else {
                seen.put(text.substring(0, text.lastIndexOf(':')), at);
                dependencies.add(new Dependency(text, at));
            }
        }
        return dependencies;
    }

    /**
     * What a page runs with: the site's, then its section's, then its own; a library named again on a
     * more specific level takes that level's version (a page can move one library ahead of the site).
     */
    @SafeVarargs
    static List<Dependency> merged(List<Dependency>... levels) {
        Map<String, Dependency> byLibrary = new LinkedHashMap<>();
        for (List<Dependency> level : levels) {
            for (Dependency dependency : level) {
                byLibrary.remove(dependency.withoutVersion());
                byLibrary.put(dependency.withoutVersion(), dependency);
            }
        }
        return List.copyOf(byLibrary.values());
    }
}
