package dev.qa.index;

import dev.qa.text.Escape;

import dev.qa.model.Page;
import dev.qa.model.SearchSynonyms;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.CRC32C;
import java.util.Map;

/**
 * Writes the index as script files under {@value #FOLDER}: each file calls {@code qaSearch.<kind>(...)}
 * with its data, so that search.js can load it with a script tag, which works from {@code file://}
 * where {@code fetch} does not.
 */
final class IndexFiles {
    static final String FOLDER = "search-index/";
    static final String MANIFEST = FOLDER + "index.js";
    /** Longest text kept per segment for excerpts and phrase checks; answers rarely run longer. */
    static final int MAX_SEGMENT_TEXT = 1_200;
    /** Longest code kept per segment, so that a page found by its code shows the matching line. */
    static final int MAX_SEGMENT_CODE = 1_000;
    private static final int MAX_CODE_LINE = 160;
    static final int FORMAT = 2;
    /**
     * Questions per titles file: results show their titles on the keystroke, from these small files,
     * while their document files (excerpts) wait for a pause in typing.
     */
    static final int TITLES_PER_FILE = 64;

    private IndexFiles() {
    }

    /**
     * Where a file's text comes from: made now, or remembered from the last index when what it is made
     * from ({@code madeFrom}, compared with {@code equals}) did not change.
     */
    interface Texts {
        String text(String path, List<Object> madeFrom, Supplier<String> make);

        /** The CRC-32C of a file's text, which goes into the index's stamp (a memory may know it already). */
        default long checksum(String path, String text) {
            CRC32C checksum = new CRC32C();
            checksum.update(text.getBytes(StandardCharsets.UTF_8));
            return checksum.getValue();
        }

        Texts MADE = (path, madeFrom, make) -> make.get();
    }

    /** The files, with each page's document file written by {@code writer} (which may remember them). */
    static List<Page> pages(List<SearchDocument> documents, InvertedIndex index, Shards shards, SearchSynonyms synonyms,
                            java.util.function.Function<SearchDocument, String> writer) {
        return pages(documents, index, shards, synonyms, writer, Texts.MADE);
    }

    /** The same, with each shard's text from {@code texts}. */
    static List<Page> pages(List<SearchDocument> documents, InvertedIndex index, Shards shards, SearchSynonyms synonyms,
                            java.util.function.Function<SearchDocument, String> writer, Texts texts) {
        List<Page> pages = new ArrayList<>(documents.size() + shards.dictionary().size() + shards.postings().size() + 1);
        for (int i = 0; i < shards.dictionary().size(); i++) {
            int number = i;
            Shards.DictionaryShard shard = shards.dictionary().get(i);
            List<Integer> counts = shard.terms().stream().map(index.documentCounts()::get).toList();
            String path = FOLDER + "dict/" + i + ".js";
            pages.add(new Page(path, texts.text(path, List.of(shard, counts), () -> dictionary(number, shard, index.documentCounts()))));
        }
        for (int i = 0; i < shards.postings().size(); i++) {
            int number = i;
            Shards.PostingsShard shard = shards.postings().get(i);
            String path = FOLDER + "post/" + i + ".js";
            // The encoded postings of a term none of whose pages changed are the very strings of last time: equals stops at identity.
            pages.add(new Page(path, texts.text(path, List.of(shard.terms(), shard.encoded()), () -> postings(number, shard))));
        }
        for (SearchDocument document : documents) {
            pages.add(new Page(FOLDER + "doc/" + document.id() + ".js", writer.apply(document)));
        }
        for (int first = 0; first < documents.size(); first += TITLES_PER_FILE) {
            pages.add(new Page(FOLDER + "titles/" + first / TITLES_PER_FILE + ".js",
                    titles(first / TITLES_PER_FILE, documents.subList(first, Math.min(documents.size(), first + TITLES_PER_FILE)))));
        }
        pages.add(new Page(MANIFEST, manifest(documents.size(), shards, synonyms, stamp(pages, texts))));
        return pages;
    }

    /** The one file every search loads first: which shards exist and where. */
    private static String manifest(int documents, Shards shards, SearchSynonyms synonyms, String stamp) {
        StringBuilder out = new StringBuilder("qaSearch.manifest({\"v\":").append(FORMAT)
                .append(",\"n\":").append(documents)
                .append(",\"stamp\":").append(Escape.json(stamp))
                .append(",\"titles\":").append(TITLES_PER_FILE)
                .append(",\"dict\":[");
        for (int i = 0; i < shards.dictionary().size(); i++) {
            out.append(i > 0 ? "," : "").append(Escape.json(shards.dictionary().get(i).key()));
        }
        out.append("],\"post\":[");
        for (int i = 0; i < shards.postings().size(); i++) {
            out.append(i > 0 ? "," : "").append(Escape.json(shards.postings().get(i).firstTerm()));
        }
        // The synonyms as written: search.js turns them into terms with the rules it applies to queries.
        out.append("],\"syn\":[");
        for (int i = 0; i < synonyms.groups().size(); i++) {
            out.append(i > 0 ? "," : "").append('[');
            List<String> group = synonyms.groups().get(i);
            for (int j = 0; j < group.size(); j++) {
                out.append(j > 0 ? "," : "").append(Escape.json(group.get(j)));
            }
            out.append(']');
        }
        return out.append("]});\n").toString();
    }

    /** {@code qaSearch.dict(i, split, "term count term count ...")}: terms hold no spaces. */
    private static String dictionary(int number, Shards.DictionaryShard shard, Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder();
        for (String term : shard.terms()) {
            text.append(text.length() > 0 ? " " : "").append(term).append(' ').append(counts.get(term));
        }
        return "qaSearch.dict(" + number + "," + shard.split() + "," + Escape.json(text.toString()) + ");\n";
    }

    private static String postings(int number, Shards.PostingsShard shard) {
        StringBuilder out = new StringBuilder(Shards.POSTINGS_BYTES + 64).append("qaSearch.post(").append(number).append(",{");
        for (int i = 0; i < shard.terms().size(); i++) {
            // Postings use a JSON-safe alphabet: they need no escaping.
            out.append(i > 0 ? "," : "").append(Escape.json(shard.terms().get(i))).append(":\"")
                    .append(shard.encoded().get(i)).append('"');
        }
        return out.append("});\n").toString();
    }

    /** {@code qaSearch.titles(n, [[title, url, section], ...])}: the questions from {@code n * TITLES_PER_FILE} on, in order. */
    private static String titles(int number, List<SearchDocument> documents) {
        StringBuilder out = new StringBuilder("qaSearch.titles(").append(number).append(",[");
        for (int i = 0; i < documents.size(); i++) {
            SearchDocument document = documents.get(i);
            out.append(i > 0 ? "," : "").append('[').append(Escape.json(document.title())).append(',')
                    .append(Escape.json(document.url())).append(',').append(Escape.json(document.section())).append(']');
        }
        return out.append("]);\n").toString();
    }

    /**
     * What a result shows: title, link, section, and by heading its anchor, its text for excerpts and,
     * when it has code, its code lines, so that a page found by an identifier shows the line.
     */
    static String document(SearchDocument document) {
        StringBuilder out = new StringBuilder("qaSearch.doc(").append(document.id())
                .append(",{\"t\":").append(Escape.json(document.title()))
                .append(",\"u\":").append(Escape.json(document.url()))
                .append(",\"s\":").append(Escape.json(document.section()))
                .append(",\"h\":[");
        List<Segment> segments = document.segments();
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            out.append(i > 0 ? "," : "").append('[').append(Escape.json(segment.heading())).append(',')
                    .append(Escape.json(segment.anchor())).append(',').append(Escape.json(clip(segment.text())));
            String code = codeLines(segment.code());
            if (!code.isEmpty()) {
                out.append(',').append(Escape.json(code));
            }
            out.append(']');
        }
        return out.append("]});\n").toString();
    }

    /**
     * The code's lines that say something (not blank, not only brackets), each once, without their
     * indentation, up to {@link #MAX_SEGMENT_CODE} characters: a result shows one of them.
     */
    static String codeLines(String code) {
        StringBuilder out = new StringBuilder();
        Set<String> seen = new HashSet<>();
        for (String line : code.split("\n")) {
            String kept = line.strip();
            if (kept.length() > MAX_CODE_LINE) {
                kept = kept.substring(0, MAX_CODE_LINE) + "…";
            }
            if (!kept.chars().anyMatch(Character::isLetterOrDigit) || !seen.add(kept)) {
                continue;
            }
            if (out.length() + kept.length() + 1 > MAX_SEGMENT_CODE) {
                break;
            }
            out.append(out.length() > 0 ? "\n" : "").append(kept);
        }
        return out.toString();
    }

    static String clip(String text) {
        if (text.length() <= MAX_SEGMENT_TEXT) {
            return text;
        }
        int end = text.lastIndexOf(' ', MAX_SEGMENT_TEXT);
        return text.substring(0, end > MAX_SEGMENT_TEXT / 2 ? end : MAX_SEGMENT_TEXT) + "…";
    }

    /**
     * A short checksum of every index file, added to their URLs so that a browser never mixes two builds.
     * Not a security measure: CRC-32C is enough to tell builds apart and, unlike SHA-256, costs nothing
     * on the JIT qa runs with; it is made of each file's own checksum, which the preview remembers for files it did not remake.
     */
    private static String stamp(List<Page> pages, Texts texts) {
        CRC32C checksum = new CRC32C();
        java.nio.ByteBuffer value = java.nio.ByteBuffer.allocate(Long.BYTES);
        for (Page page : pages) {
            checksum.update(page.path().getBytes(StandardCharsets.UTF_8));
            checksum.update(value.clear().putLong(texts.checksum(page.path(), page.content())).flip());
        }
        return String.format("%08x", checksum.getValue());
    }
}
