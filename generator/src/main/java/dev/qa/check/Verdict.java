package dev.qa.check;

import dev.qa.model.Result;
import dev.qa.model.Result.Failure;
import dev.qa.model.Result.Status;
import dev.qa.model.Snippet;
import dev.qa.model.SnippetAttributes;
import dev.qa.model.SourceLine;
import dev.qa.check.worker.Outcome;
import dev.qa.model.Position;
import dev.qa.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns what a worker observed into a snippet's result: expectations, output comparison, positions. */
final class Verdict {
    /** Output longer than this is cut on the page, with a note; comparing still uses all of it. */
    static final int SHOWN_OUTPUT = 20_000;

    private Verdict() {
    }

    static Result passed(String stdout, boolean truncated, long millis) {
        return passed(stdout, truncated, millis, "");
    }

    static Result passed(String stdout, boolean truncated, long millis, String mainCall) {
        return new Result(Status.PASSED, Optional.empty(), shown(stdout, truncated), Optional.empty(), millis,
                mainCall.isEmpty() ? Optional.empty() : Optional.of(mainCall));
    }

    static Result failed(Failure kind, Problem problem, String stdout, long millis) {
        return new Result(Status.FAILED, Optional.of(kind), shown(stdout, false), Optional.of(problem), millis);
    }

    /** A snippet whose markup is wrong never ran: failed, with no failure kind. */
    static Result invalid(Problem problem) {
        return new Result(Status.FAILED, Optional.empty(), "", Optional.of(problem), 0);
    }

    static Result of(Snippet snippet, Broken broken, String stdout, long millis) {
        Position at = snippet.firstLine();
        // Java 17 has no pattern matching in switch yet: instanceof over the sealed interface instead.
        if (broken instanceof Broken.TimedOut timedOut) {
            return failed(Failure.TIMEOUT, Problem.at(at, "the snippet did not finish within " + seconds(timedOut.millis()),
                    "make it finish sooner (an endless loop?), or allow more time with `timeout=30s`"), stdout, millis);
        }
        if (broken instanceof Broken.ThreadLeft left) {
            return failed(Failure.TIMEOUT, Problem.at(at, "a thread it started (\"" + left.thread() + "\") was still running "
                            + seconds(left.millis()) + " after the page's last snippet",
                    "shut down the executors it creates and end the threads it starts, or make them daemon threads"), stdout, millis);
        }
        int exitCode = ((Broken.Exited) broken).exitCode();
        return failed(Failure.EXIT, Problem.at(at, "the snippet ended the JVM it ran in" + (exitCode >= 0 ? " (exit code " + exitCode + ")" : ""),
                "do not call System.exit or Runtime.halt in a snippet: return, or throw an exception"), stdout, millis);
    }

    static Result of(Snippet snippet, Outcome outcome, long millis) {
        SnippetAttributes attributes = snippet.attributes();
        String stdout = outcome.stdout();
        Position errorAt = snippet.positionOf(outcome.errorOffset());
        if (attributes.compileFail()) {
            return outcome.result() == Outcome.Result.COMPILE_ERROR ? passed("", false, millis)
                    : failed(Failure.EXPECTATION, Problem.at(snippet.firstLine(), "the snippet is marked compile-fail, but it compiles",
                    "remove compile-fail, or show code that really does not compile"), stdout, millis);
        }
        switch (outcome.result()) {
            case COMPILE_ERROR -> {
                return failed(Failure.COMPILE, Problem.at(errorAt, outcome.message(),
                        "fix the code; if it is meant not to compile, mark the snippet `java compile-fail`"), stdout, millis);
            }
            case EXCEPTION -> {
                String thrown = outcome.exceptionClass() + (outcome.message().isEmpty() ? "" : ": " + outcome.message());
                if (!attributes.expectsThrow()) {
                    return failed(Failure.EXCEPTION, Problem.at(errorAt, "uncaught exception " + thrown,
                            "fix the code, or mark the snippet `java throws=" + simpleName(outcome.exceptionClass())
                                    + "` if it is meant to throw"), stdout, millis);
                }
                Optional<String> expected = attributes.throwsName();
                if (expected.isPresent() && !expected.get().equals(outcome.exceptionClass())
                        && !expected.get().equals(simpleName(outcome.exceptionClass()))) {
                    return failed(Failure.EXPECTATION, Problem.at(errorAt, "expected " + expected.get() + " to be thrown, but it threw " + thrown,
                            "fix the code, or write the exception it throws: `throws=" + simpleName(outcome.exceptionClass()) + "`"),
                            stdout, millis);
                }
                return passed(stdout, outcome.stdoutTruncated(), millis, outcome.mainCall());
            }
            default -> {
                if (attributes.expectsThrow()) {
                    return failed(Failure.EXPECTATION, Problem.at(snippet.firstLine(),
                            "expected " + attributes.throwsName().orElse("an exception") + " to be thrown, but the snippet ended normally",
                            "make it throw, or remove `throws`"), stdout, millis);
                }
                if (snippet.expected().isPresent() && !attributes.noRun()) {
                    Optional<Problem> differs = compare(stdout, snippet.expected().get(), snippet.fence(), "the output block");
                    if (differs.isPresent()) {
                        return failed(Failure.OUTPUT, differs.get(), stdout, millis);
                    }
                }
                return passed(stdout, outcome.stdoutTruncated(), millis, outcome.mainCall());
            }
        }
    }

    /** A transcript passes when every input printed and showed what the lines after it say. */
    static Result ofTranscript(Snippet snippet, List<Transcript.Entry> entries, List<Outcome> outcomes, long millis) {
        StringBuilder stdout = new StringBuilder();
        for (int i = 0; i < entries.size(); i++) {
            Transcript.Entry entry = entries.get(i);
            Outcome outcome = outcomes.get(i);
            stdout.append(outcome.stdout());
            if (outcome.result() == Outcome.Result.COMPILE_ERROR) {
                Position at = SourceLine.positionOf(entry.input(), outcome.errorOffset(), entry.input().get(0).at());
                return failed(Failure.COMPILE, Problem.at(at, outcome.message(),
                        "fix the input; a transcript shows code that works (use `java compile-fail` to show an error)"),
                        stdout.toString(), millis);
            }
            Position fallback = entry.input().get(entry.input().size() - 1).at();
            Optional<Problem> differs = compare(normalizeTemporaries(outcome.feedback()),
                    entry.expected().stream().filter(line -> !line.text().strip().startsWith("|        at ")
                                    && !line.text().strip().startsWith("|  at "))
                            .map(line -> new SourceLine(normalizeTemporaries(line.text()), line.at())).toList(),
                    fallback, "the transcript");
            if (differs.isPresent()) {
                return failed(Failure.OUTPUT, differs.get(), stdout.toString(), millis);
            }
        }
        return passed(stdout.toString(), false, millis);
    }

    /** jshell numbers its temporary variables per session; {@code $1} and {@code $12} are the same to a reader. */
    private static String normalizeTemporaries(String text) {
        return text.replaceAll("\\$\\d+(?= ==> )", "\\$N");
    }

    private static Optional<Problem> compare(String actual, List<SourceLine> expected, Position fallback, String what) {
        List<String> printed = lines(actual);
        List<String> wanted = lines(SourceLine.join(expected));
        for (int i = 0; i < Math.max(printed.size(), wanted.size()); i++) {
            String have = i < printed.size() ? printed.get(i) : null;
            String want = i < wanted.size() ? wanted.get(i) : null;
            if (have == null || !have.equals(want)) {
                Position at = i < expected.size() ? expected.get(i).at()
                        : expected.isEmpty() ? fallback : expected.get(expected.size() - 1).at();
                String message = want == null ? what + " ends at line " + (i + 1) + ", but the snippet printed more: \"" + cut(have) + "\""
                        : have == null ? what + " expects \"" + cut(want) + "\" on line " + (i + 1) + ", but the snippet printed no more"
                        : what + " expects \"" + cut(want) + "\" on line " + (i + 1) + ", but the snippet printed \"" + cut(have) + "\"";
                return Optional.of(Problem.at(at, message, "if the new output is right, make " + what + " say:\n"
                        + indent(String.join("\n", printed))));
            }
        }
        return Optional.empty();
    }

    /** Lines without trailing white space, trailing blank lines dropped. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            lines.add(line.stripTrailing());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String indent(String text) {
        String shown = text.length() > 2000 ? text.substring(0, 2000) + "\n..." : text;
        return "        " + shown.replace("\n", "\n        ");
    }

    private static String cut(String text) {
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    private static String shown(String stdout, boolean truncated) {
        if (stdout.length() > SHOWN_OUTPUT) {
            return stdout.substring(0, SHOWN_OUTPUT) + "\n[output cut: " + (stdout.length() - SHOWN_OUTPUT)
                    + " more characters" + (truncated ? " and more" : "") + " not shown]\n";
        }
        return truncated ? stdout + "\n[output cut: more than 1 MiB]\n" : stdout;
    }

    static String simpleName(String className) {
        int dot = Math.max(className.lastIndexOf('.'), className.lastIndexOf('$'));
        return className.substring(dot + 1);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
