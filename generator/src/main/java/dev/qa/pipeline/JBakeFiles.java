package dev.qa.pipeline;

import dev.qa.model.JBakeSite;
import dev.qa.model.PathText;
import dev.qa.model.Site;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a JBake project publishes besides its pages, and what qa leaves out of it. */
final class JBakeFiles {
    private JBakeFiles() {
    }

    /** Each content or asset file to copy, by its path in the site; none for a Q&A site. */
    static Map<String, Path> copied(Path source, Site site) {
        Map<String, Path> files = new LinkedHashMap<>();
        if (site != null) {
            site.jbake().ifPresent(project -> project.files().forEach(file -> files.put(file.path(), source.resolve(file.source()))));
        }
        return files;
    }

    /** The warning that names the documents qa cannot build (AsciiDoc); the rest of the site is built. */
    static List<String> unsupported(Site site) {
        if (site == null || site.jbake().map(JBakeSite::unsupported).orElse(List.of()).isEmpty()) {
            return List.of();
        }
        List<Path> files = site.jbake().get().unsupported();
        return List.of(files.size() + " AsciiDoc document" + (files.size() == 1 ? " was" : "s were") + " left out of the site, since qa"
                + " renders Markdown and HTML only: " + files.stream().map(PathText::slashed).collect(Collectors.joining(", "))
                + "; convert them to Markdown (pandoc, or asciidoctor's DocBook output through pandoc) with the same header to publish them");
    }
}
