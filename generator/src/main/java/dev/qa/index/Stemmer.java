package dev.qa.index;

/**
 * Light English stemming, so that {@code caches}, {@code caching} and {@code cached} find pages that
 * say {@code cache}: plurals ({@code -s}, {@code -es}, {@code -ies}), {@code -ing} and {@code -ed}
 * are taken off, a doubled last consonant is undoubled ({@code running} → {@code run}), a final
 * {@code e} is dropped and a final {@code y} becomes {@code i}, so that every form of a word ends on
 * the same stem ({@code cache}, {@code caches}, {@code cached}, {@code caching} → {@code cach};
 * {@code policy}, {@code policies} → {@code polici}).
 *
 * <p>Deliberately less than Porter's: no {@code -ation}, {@code -ness} or {@code -ly}, because
 * readers search for technical words whose derived forms mean other things ({@code partition} is not
 * {@code partite}). Words under four letters, and words with anything but the letters a–z (digits,
 * accents: {@code k8s}, {@code http2}) are kept as they are. A stem always keeps three letters and a
 * vowel ({@code string} stays {@code string}, {@code need} stays {@code need}).
 *
 * <p>search.js has the same function ({@code stem}); change both together.
 */
final class Stemmer {
    private static final int MIN_STEM = 3;

    private Stemmer() {
    }

    static String stem(String word) {
        if (word.length() < 4 || !isAsciiLetters(word)) {
            return word;
        }
        String stem = plural(word);
        String ending = stem.endsWith("ing") ? "ing" : stem.endsWith("ed") ? "ed" : "";
        if (!ending.isEmpty()) {
            String root = stem.substring(0, stem.length() - ending.length());
            if (root.length() >= MIN_STEM && hasVowel(root)) {
                stem = undouble(root);
            }
        }
        if (stem.endsWith("e") && stem.length() > MIN_STEM) {
            stem = stem.substring(0, stem.length() - 1);
        }
        if (stem.endsWith("y") && stem.length() > MIN_STEM) {
            stem = stem.substring(0, stem.length() - 1) + "i";
        }
        return stem;
    }

    private static String plural(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "i";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("zzes")) {
            return word.substring(0, word.length() - 2);
        }
        // "class", "status", "redis", "analysis" are not plurals.
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** {@code runn} → {@code run}, {@code committ} → {@code commit}; but {@code stall}, {@code pass}, {@code buzz} keep theirs. */
    private static String undouble(String root) {
        int n = root.length();
        char last = root.charAt(n - 1);
        if (n > MIN_STEM && last == root.charAt(n - 2) && "aeiouylsz".indexOf(last) < 0) {
            return root.substring(0, n - 1);
        }
        return root;
    }

    private static boolean hasVowel(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("aeiouy".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
