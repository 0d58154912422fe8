package dev.qa.check;

import dev.qa.model.Snippet;
import dev.qa.model.Result;

import dev.qa.check.worker.Identifiers;
import dev.qa.check.worker.Outcome;
import dev.qa.check.worker.Task;
import dev.qa.model.Position;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

/**
 * Runs the snippets of one page, in order, on a check thread's worker. It enforces every time limit,
 * and when a worker exits, hangs or leaves a thread behind, it closes it, gives the failure to the
 * snippet that ran, and goes on with the next snippet in a fresh worker.
 */
final class PageRunner {
    /** Slack for a page's last thread check, on top of the snippets' own limits. */
    private static final long GRACE_MILLIS = 30_000;

    private final Duration defaultTimeout;

    PageRunner(Duration defaultTimeout) {
        this.defaultTimeout = defaultTimeout;
    }

    /** One task's origin: the snippet, and for a transcript which input. */
    private record Planned(int snippet, Optional<Transcript.Entry> entry) {
    }

    /** What a worker is given for a page, and where each task came from. */
    private record Plan(List<Task> tasks, List<Planned> plan, Map<Integer, List<Transcript.Entry>> transcripts,
                        Map<Position, Result> results) {
    }

    /**
     * Has the lease's worker (of the JDK alone: units compile against nothing else) compile these pages
     * together, ahead of running them one by one: one compilation for many pages. A worker that
     * cannot take them is discarded; the pages then run as usual, each compiled on its own.
     */
    void prepare(List<List<Snippet>> pages, WorkerLease lease) {
        if (pages.isEmpty()) {
            return;
        }
        send(pages, lease.worker(List.of()), lease);
    }

    /**
     * The same for the pages after the ones about to run: the worker compiles them on a thread of its
     * own while its agent runs these. Only to a worker of the JDK alone that the lease holds already,
     * so that the pages about to run keep theirs.
     */
    void prepareAhead(List<List<Snippet>> pages, WorkerLease lease) {
        if (pages.isEmpty()) {
            return;
        }
        lease.held().filter(worker -> worker.libraries().isEmpty()).ifPresent(worker -> send(pages, worker, lease));
    }

    private void send(List<List<Snippet>> pages, WorkerProcess worker, WorkerLease lease) {
        try {
            worker.prepare(pages.stream().map(page -> plan(page).tasks()).toList());
        } catch (IOException e) {
            lease.discard();
        }
    }

    private Plan plan(List<Snippet> snippets) {
        Map<Position, Result> results = new LinkedHashMap<>();
        List<Task> tasks = new ArrayList<>();
        List<Planned> plan = new ArrayList<>();
        Map<Integer, List<Transcript.Entry>> transcripts = new HashMap<>();
        for (int i = 0; i < snippets.size(); i++) {
            Snippet snippet = snippets.get(i);
            long timeout = snippet.attributes().timeout().orElse(defaultTimeout).toMillis();
            Set<String> usedLater = new HashSet<>();
            for (int j = i + 1; j < snippets.size() && !snippets.get(j).attributes().reset(); j++) {
                usedLater.addAll(Identifiers.of(snippets.get(j).source()));
            }
            if (snippet.kind() == Snippet.Kind.TRANSCRIPT) {
                Transcript.Result parsed = Transcript.parse(snippet);
                if (parsed.problem().isPresent()) {
                    results.put(snippet.fence(), Verdict.invalid(parsed.problem().get()));
                    continue;
                }
                List<Transcript.Entry> entries = parsed.transcript().orElseThrow().entries();
                transcripts.put(i, entries);
                for (int e = 0; e < entries.size(); e++) {
                    tasks.add(new Task(tasks.size(), entries.get(e).source(), Task.Mode.TRANSCRIPT,
                            e == 0 && snippet.attributes().reset(), Set.of(), timeout));
                    plan.add(new Planned(i, Optional.of(entries.get(e))));
                }
            } else {
                boolean compileOnly = snippet.attributes().noRun() || snippet.attributes().compileFail();
                tasks.add(new Task(tasks.size(), snippet.source(), compileOnly ? Task.Mode.COMPILE : Task.Mode.RUN,
                        snippet.attributes().reset(), usedLater, timeout));
                plan.add(new Planned(i, Optional.empty()));
            }
        }
        return new Plan(tasks, plan, transcripts, results);
    }

    /** @param snippets the page's snippets that run, in order, on the lease's worker (or a fresh one when it fails) */
    /**
     * @param snippets  the page's snippets that run, in order
     * @param classPath the jars of the page's libraries: it runs on a worker with exactly these
     */
    Map<Position, Result> run(List<Snippet> snippets, List<java.nio.file.Path> classPath, WorkerLease lease) {
        Plan planned = plan(snippets);
        List<Task> tasks = planned.tasks();
        List<Planned> plan = planned.plan();
        Map<Integer, List<Transcript.Entry>> transcripts = planned.transcripts();
        Map<Position, Result> results = new LinkedHashMap<>(planned.results());
        Map<Integer, Outcome> outcomes = new HashMap<>();
        Map<Integer, Long> millis = new HashMap<>();
        Map<Integer, Broken> broken = new HashMap<>();
        execute(tasks, classPath, outcomes, millis, broken, lease);

        for (int i = 0; i < snippets.size(); i++) {
            Snippet snippet = snippets.get(i);
            if (results.containsKey(snippet.fence())) {
                continue;
            }
            List<Integer> ids = new ArrayList<>();
            for (int t = 0; t < plan.size(); t++) {
                if (plan.get(t).snippet() == i) {
                    ids.add(t);
                }
            }
            long spent = ids.stream().mapToLong(id -> millis.getOrDefault(id, 0L)).sum();
            StringBuilder stdout = new StringBuilder();
            ids.stream().map(outcomes::get).filter(o -> o != null).forEach(o -> stdout.append(o.stdout()));
            Optional<Broken> failure = ids.stream().map(broken::get).filter(b -> b != null).findFirst();
            if (failure.isPresent()) {
                results.put(snippet.fence(), Verdict.of(snippet, failure.get(), stdout.toString(), spent));
            } else if (ids.stream().anyMatch(id -> !outcomes.containsKey(id))) {
                results.put(snippet.fence(), Verdict.of(snippet, new Broken.Exited(-1), stdout.toString(), spent));
            } else if (snippet.kind() == Snippet.Kind.TRANSCRIPT) {
                results.put(snippet.fence(), Verdict.ofTranscript(snippet, transcripts.get(i),
                        ids.stream().map(outcomes::get).toList(), spent));
            } else {
                results.put(snippet.fence(), Verdict.of(snippet, outcomes.get(ids.get(0)), spent));
            }
        }
        return results;
    }

    private void execute(List<Task> tasks, List<java.nio.file.Path> classPath, Map<Integer, Outcome> outcomes, Map<Integer, Long> millis,
                         Map<Integer, Broken> broken, WorkerLease lease) {
        int next = 0;
        long longest = tasks.stream().mapToLong(Task::timeoutMillis).max().orElse(0);
        while (next < tasks.size()) {
            WorkerProcess worker = lease.worker(classPath);
            boolean healthy = true;
            try {
                worker.send(tasks.subList(next, tasks.size()));
            } catch (IOException e) {
                lease.discard();
                continue;
            }
            int running = -1;
            int lastStarted = -1;
            long startedAt = 0;
            while (true) {
                long now = System.nanoTime();
                long wait = running >= 0 ? tasks.get(running).timeoutMillis() - (now - startedAt) / 1_000_000
                        : tasks.size() * longest + GRACE_MILLIS;
                Optional<WorkerProcess.Event> event = worker.next(wait);
                if (event.isEmpty()) {
                    int culprit = running >= 0 ? running : Math.max(lastStarted, next);
                    broken.put(culprit, new Broken.TimedOut(tasks.get(culprit).timeoutMillis()));
                    millis.put(culprit, tasks.get(culprit).timeoutMillis());
                    next = culprit + 1;
                    healthy = false;
                    break;
                }
                WorkerProcess.Event happened = event.get();
                if (happened instanceof WorkerProcess.Started started) {
                    running = started.task();
                    lastStarted = running;
                    startedAt = System.nanoTime();
                } else if (happened instanceof WorkerProcess.Done done) {
                    outcomes.put(done.task(), done.outcome());
                    millis.put(done.task(), (System.nanoTime() - startedAt) / 1_000_000);
                    running = -1;
                } else if (happened instanceof WorkerProcess.AgentExited exited) {
                    // The worker survives its agent: it reports the exit and goes on with a fresh session.
                    broken.put(exited.task(), new Broken.Exited(exited.exitCode()));
                    millis.put(exited.task(), (System.nanoTime() - startedAt) / 1_000_000);
                    running = -1;
                } else if (happened instanceof WorkerProcess.Leaked leaked) {
                    // The worker replaces its agent, which ends the thread; the page is done after this.
                    broken.put(leaked.task(), new Broken.ThreadLeft(leaked.thread(), tasks.get(leaked.task()).timeoutMillis()));
                } else if (happened instanceof WorkerProcess.PageDone) {
                    next = tasks.size();
                    break;
                } else if (happened instanceof WorkerProcess.Died died) {
                    int culprit = running >= 0 ? running : Math.max(lastStarted, next);
                    broken.put(culprit, new Broken.Exited(died.exitCode()));
                    if (running >= 0) {
                        millis.put(culprit, (System.nanoTime() - startedAt) / 1_000_000);
                    }
                    next = culprit + 1;
                    healthy = false;
                    break;
                }
            }
            if (!healthy) {
                // A worker whose agent ran out of memory or was changed by the page replaces its agent itself.
                lease.discard();
            }
        }
    }
}
