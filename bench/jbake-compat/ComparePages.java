import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Compares two built sites page by page: the set of .html paths, each page's title and the text of its
 * body (jsoup's text, white space collapsed). Arguments: JBAKE_OUTPUT QA_OUTPUT [FROM=TO ...], where each
 * FROM=TO replaces text in JBake's pages first (the generator's own version string). Exit 0 when equal.
 */
public class ComparePages {
    public static void main(String[] args) throws IOException {
        Map<String, Document> jbake = pages(Path.of(args[0]));
        Map<String, Document> qa = pages(Path.of(args[1]));
        List<String[]> replacements = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            replacements.add(args[i].split("=", 2));
        }
        int differences = 0;
        TreeSet<String> all = new TreeSet<>(jbake.keySet());
        all.addAll(qa.keySet());
        System.out.printf("%-40s %-8s %-8s %s%n", "page", "title", "body", "");
        for (String path : all) {
            if (!qa.containsKey(path) || !jbake.containsKey(path)) {
                System.out.printf("%-40s only in %s%n", path, qa.containsKey(path) ? "qa" : "JBake");
                differences++;
                continue;
            }
            String jbakeTitle = replace(jbake.get(path).title(), replacements);
            String jbakeText = replace(jbake.get(path).body().text(), replacements);
            boolean sameTitle = jbakeTitle.equals(qa.get(path).title());
            boolean sameText = jbakeText.equals(qa.get(path).body().text());
            System.out.printf("%-40s %-8s %-8s %s%n", path, sameTitle ? "same" : "DIFFERS", sameText ? "same" : "DIFFERS",
                    sameText ? "" : firstDifference(jbakeText, qa.get(path).body().text()));
            differences += sameTitle && sameText ? 0 : 1;
        }
        System.out.printf("%d pages in JBake's output, %d in qa's, %d differ%n", jbake.size(), qa.size(), differences);
        System.exit(differences == 0 ? 0 : 1);
    }

    private static Map<String, Document> pages(Path root) throws IOException {
        Map<String, Document> pages = new TreeMap<>();
        root = root.toRealPath(); // qa's output is a link to its latest build folder
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                pages.put(root.relativize(file).toString().replace('\\', '/'), Jsoup.parse(Files.readString(file)));
            }
        }
        return pages;
    }

    private static String replace(String text, List<String[]> replacements) {
        for (String[] replacement : replacements) {
            text = text.replace(replacement[0], replacement[1]);
        }
        return text;
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 30);
        return "at " + i + ": JBake \"" + a.substring(from, Math.min(a.length(), i + 40)) + "\" / qa \"" + b.substring(from, Math.min(b.length(), i + 40)) + "\"";
    }
}
