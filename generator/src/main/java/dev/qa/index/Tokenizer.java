package dev.qa.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits text into index terms the way programmers type them: {@code LinkedHashMap} gives
 * {@code linked}, {@code hash}, {@code map}, {@code linkedhash}, {@code hashmap} and
 * {@code linkedhashmap}, so that any of those finds it. Words joined by a hyphen or a dot are
 * one compound the same way: {@code load-balancer} gives {@code load}, {@code balancer} and
 * {@code loadbalancer}, {@code node.js} gives {@code nodejs}. Every term is then reduced to its
 * {@link Stemmer stem}. search.js tokenizes queries with the same rules (lower case, accents
 * removed, the same stop words, the same stems); change both together.
 */
public final class Tokenizer {
    /** Words too common to tell pages apart; dropped from the index and from queries alike. */
    static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is",
            "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "with");
    private static final int MAX_WORD = 40;
    // Past six parts, every run of parts would be too many terms for what readers type.
    private static final int MAX_JOINED_PARTS = 6;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Tokenizer() {
    }

    /** Every term of {@code text}, in order, with repeats. */
    public static List<String> terms(String text) {
        List<String> terms = new ArrayList<>();
        List<String> compound = new ArrayList<>();
        int i = 0;
        int length = text.length();
        while (i < length) {
            int start = i;
            while (i < length && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                i++;
                continue;
            }
            compound.add(text.substring(start, i));
            if (i + 1 < length && joins(text, i)) {
                // "load-balancer", "node.js": the next word belongs to the same compound.
                i++;
                continue;
            }
            addCompound(compound, terms);
            compound.clear();
        }
        if (!compound.isEmpty()) {
            addCompound(compound, terms);
        }
        return terms;
    }

    /** The parts of an identifier ({@code HTTPServer} gives {@code HTTP}, {@code Server}), as written. */
    public static List<String> parts(String word) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= word.length(); i++) {
            if (i == word.length() || isBoundary(word, i)) {
                String part = word.substring(start, i).replace("_", "");
                if (!part.isEmpty()) {
                    parts.add(part);
                }
                start = i;
            }
        }
        return parts;
    }

    /** Lower case without accents: what both the index and search.js compare. */
    public static String normalize(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) >= 128) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            }
        }
        return lower;
    }

    /**
     * Whether the hyphen or dot at {@code at} joins the words on its sides into one compound. A dot
     * between digits is a decimal point or a version ({@code 1.5}, {@code 3.2.1}): joining those
     * would make numbers ({@code 15}) the text never says.
     */
    private static boolean joins(String text, int at) {
        char mark = text.charAt(at);
        if (mark != '-' && mark != '.') {
            return false;
        }
        char before = text.charAt(at - 1);
        char after = text.charAt(at + 1);
        if (!isWordChar(after)) {
            return false;
        }
        return mark == '-' || !(Character.isDigit(before) && Character.isDigit(after));
    }

    private static void addCompound(List<String> words, List<String> terms) {
        if (words.size() == 1) {
            addWord(words.get(0), terms);
            return;
        }
        List<String> parts = new ArrayList<>();
        for (String word : words) {
            if (word.length() <= MAX_WORD) {
                parts.addAll(parts(word));
            }
        }
        addRuns(parts, terms);
    }

    private static void addWord(String word, List<String> terms) {
        if (word.length() > MAX_WORD) {
            return;
        }
        if (isPlain(word)) {
            // Most prose words: one part, nothing to split; this path is most of the index stage's time.
            addTerm(normalize(word), terms);
            return;
        }
        List<String> parts = parts(word);
        if (parts.size() <= 1) {
            addTerm(normalize(word.replace("_", "")), terms);
            return;
        }
        addRuns(parts, terms);
    }

    /** Each part, and each run of consecutive parts joined (only pairs and the whole past six parts). */
    private static void addRuns(List<String> parts, List<String> terms) {
        if (parts.isEmpty()) {
            return;
        }
        List<String> normal = parts.stream().map(Tokenizer::normalize).toList();
        int longest = normal.size() <= MAX_JOINED_PARTS ? normal.size() : 2;
        for (int size = 1; size <= longest; size++) {
            for (int from = 0; from + size <= normal.size(); from++) {
                String joined = String.join("", normal.subList(from, from + size));
                if (joined.length() <= MAX_WORD) {
                    addTerm(joined, terms);
                }
            }
        }
        if (longest < normal.size()) {
            String whole = String.join("", normal);
            if (whole.length() <= MAX_WORD) {
                addTerm(whole, terms);
            }
        }
    }

    /** No underscore and no capital after the first letter: a word that cannot split. */
    private static boolean isPlain(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '_' || (i > 0 && Character.isUpperCase(c))) {
                return false;
            }
        }
        return true;
    }

    private static void addTerm(String term, List<String> terms) {
        boolean keep = term.length() >= 2 || (term.length() == 1 && Character.isDigit(term.charAt(0)));
        if (keep && !STOP_WORDS.contains(term)) {
            terms.add(Stemmer.stem(term));
        }
    }

    private static boolean isBoundary(String word, int i) {
        char before = word.charAt(i - 1);
        char at = word.charAt(i);
        if (at == '_' || before == '_') {
            return true;
        }
        if (Character.isLowerCase(before) && Character.isUpperCase(at)) {
            return true;
        }
        // "HTTPServer": the last capital of a run starts the next part.
        return Character.isUpperCase(before) && Character.isUpperCase(at) && i + 1 < word.length()
                && Character.isLowerCase(word.charAt(i + 1));
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
