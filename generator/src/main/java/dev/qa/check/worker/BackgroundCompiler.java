package dev.qa.check.worker;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Makes pages into {@link PageUnit}s and compiles them on a thread of its own, so that the worker's main
 * thread runs a page in the agent (or waits for an agent to start) while the next pages compile: javac
 * and the agent then use both cores instead of taking turns. Every compilation goes through this one
 * thread (javac's file manager is not thread-safe); only the worker's main thread calls it.
 */
final class BackgroundCompiler {
    /** Batches kept: the pages running now and the next two, sent ahead while these run. */
    private static final int BATCHES_KEPT = 3;

    private final UnitCompiler compiler = new UnitCompiler();
    private final SecureRandom random = new SecureRandom();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread compiling = new Thread(task, "qa-unit-compiler");
        compiling.setDaemon(true);
        return compiling;
    });
    /** Touched on the compiling thread only: unit class names are unique within the agent's life and beyond. */
    private int unitCount;
    /** Pages sent ahead, by their tasks, each with its unit to come (empty: it did not compile). */
    private final Map<List<Task>, CompletableFuture<Optional<UnitCompiler.Compiled>>> ahead = new HashMap<>();
    private final Deque<List<List<Task>>> batches = new ArrayDeque<>();

    /** Starts compiling the units of pages that come next, in one javac task. */
    void prepare(List<List<Task>> pages) {
        CompletableFuture<Map<List<Task>, UnitCompiler.Compiled>> batch = CompletableFuture.supplyAsync(() -> compileAll(pages), thread);
        for (List<Task> page : pages) {
            ahead.put(page, batch.thenApply(compiled -> Optional.ofNullable(compiled.get(page))));
        }
        batches.add(pages);
        // A page sent ahead and never run (its worker changed) is not kept for ever.
        while (batches.size() > BATCHES_KEPT) {
            batches.poll().forEach(ahead::remove);
        }
    }

    /** The page as one compiled unit, or empty when it must run through JShell snippet by snippet. */
    Optional<UnitCompiler.Compiled> compile(List<Task> tasks) {
        CompletableFuture<Optional<UnitCompiler.Compiled>> unit = ahead.remove(tasks);
        if (unit == null) {
            unit = CompletableFuture.supplyAsync(() -> Optional.ofNullable(compileAll(List.of(tasks)).get(tasks)), thread);
        }
        try {
            return unit.join();
        } catch (CompletionException e) {
            // A unit is only ever a shortcut: whatever goes wrong making it, JShell checks the page.
            return Optional.empty();
        }
    }

    /**
     * The units of these pages that compile, compiled together; a page left out of a batch (its own
     * error, or another page's that javac could not place) is compiled again alone, as it would be
     * when it came unprepared.
     */
    private Map<List<Task>, UnitCompiler.Compiled> compileAll(List<List<Task>> pages) {
        Map<PageUnit, List<Task>> byUnit = new LinkedHashMap<>();
        for (List<Task> tasks : pages) {
            unit(tasks).ifPresent(unit -> byUnit.put(unit, tasks));
        }
        Map<List<Task>, UnitCompiler.Compiled> compiled = new HashMap<>();
        Map<PageUnit, UnitCompiler.Compiled> together = compileQuietly(List.copyOf(byUnit.keySet()));
        together.forEach((unit, classes) -> compiled.put(byUnit.get(unit), classes));
        if (byUnit.size() > 1) {
            for (Map.Entry<PageUnit, List<Task>> entry : byUnit.entrySet()) {
                if (!together.containsKey(entry.getKey())) {
                    compileQuietly(List.of(entry.getKey())).forEach((unit, classes) -> compiled.put(entry.getValue(), classes));
                }
            }
        }
        return compiled;
    }

    private Map<PageUnit, UnitCompiler.Compiled> compileQuietly(List<PageUnit> units) {
        try {
            return compiler.compile(units);
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private Optional<PageUnit> unit(List<Task> tasks) {
        try {
            List<PageUnit.Part> parts = new ArrayList<>();
            for (Task task : tasks) {
                Optional<List<Piece>> pieces = TopLevel.split(task.source());
                if (pieces.isEmpty()) {
                    return Optional.empty();
                }
                parts.add(new PageUnit.Part(task, pieces.get()));
            }
            return PageUnit.of("$QaUnit" + (++unitCount), HexFormat.of().formatHex(nonce()), parts);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private byte[] nonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return bytes;
    }
}
