package dev.qa.render;

import dev.qa.model.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What earlier renders produced, by output and with everything it was made from, so that
 * a warm JVM ({@code qa serve}) redoes only the outputs an edit touched. An output's inputs are
 * exactly what its template or markdown renderer is given: the view model of a page, the source,
 * snippet results and site-wide link targets of a body. Equal inputs make equal output, so a hit
 * is always right; nothing needs to know which edit touches what.
 */
final class RenderMemo implements Memo {
    private final Map<String, Entry<?>> entries = new ConcurrentHashMap<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger questionPagesRendered = new AtomicInteger();

    /** One remembered output and what rendering it found (problems, links to check). */
    private record Entry<T>(List<Object> inputs, T value, List<Problem> problems, List<MarkdownLinks.Link> links) {
    }

    /** Starts a render: counts from zero, and forgets afterwards what this render does not use. */
    @Override
    public void begin() {
        used.clear();
        questionPagesRendered.set(0);
    }

    /** Drops the outputs the last render did not ask for (deleted pages, old bodies). */
    @Override
    public void end() {
        entries.keySet().retainAll(used);
    }

    /**
     * The output in {@code slot} made from {@code inputs}: remembered when the inputs are the same as
     * last time, else made now. What making it adds to a fresh {@link Findings} is remembered with it
     * and replayed into {@code findings} on every hit.
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(String slot, Supplier<List<Object>> described, Findings findings, java.util.function.Function<Findings, T> make) {
        used.add(slot);
        List<Object> inputs = described.get();
        Entry<?> entry = entries.get(slot);
        // The inputs themselves, part by part, not a digest of them: an unchanged part is mostly the very
        // object of last time (the loader keeps unchanged parses, this memo unchanged bodies), so equals
        // stops at identity; a digest of every page's inputs cost a fifth of a rebuild.
        if (entry == null || !entry.inputs().equals(inputs)) {
            Findings own = new Findings();
            T value = make.apply(own);
            entry = new Entry<>(inputs, value, List.copyOf(own.problems()), List.copyOf(own.links()));
            entries.put(slot, entry);
        }
        findings.problems().addAll(entry.problems());
        findings.links().addAll(entry.links());
        return (T) entry.value();
    }

    private String linkTargets = "";

    /** The link targets of this render, as the same object as last time's when they are equal (one compare per render). */
    @Override
    public String linkTargets(String targets) {
        if (!targets.equals(linkTargets)) {
            linkTargets = targets;
        }
        return linkTargets;
    }

    @Override
    public void madeQuestionPage() {
        questionPagesRendered.incrementAndGet();
    }

    @Override
    public java.util.OptionalInt questionPagesMade() {
        return java.util.OptionalInt.of(questionPagesRendered.get());
    }
}
