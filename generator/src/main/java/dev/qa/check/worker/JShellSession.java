package dev.qa.check.worker;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import jdk.jshell.spi.ExecutionControl;
import dev.qa.check.agent.SnippetAgent;

/**
 * A JShell session whose compiler runs in the worker's JVM and whose snippet code runs in an agent JVM
 * ({@link AgentProcess}): runs tasks one after the other, as the snippets of a page, and describes what
 * happened as an {@link Outcome}. The session lives as long as its agent: when the agent exits or is
 * replaced, so is the session (JShell keeps track of which classes it loaded into its engine).
 */
final class JShellSession implements AutoCloseable {
    /** The imports of the jshell tool's default start-up. */
    static final List<String> DEFAULT_IMPORTS = List.of("java.io.*", "java.math.*", "java.net.*", "java.nio.file.*",
            "java.util.*", "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*", "java.util.regex.*",
            "java.util.stream.*");
    private static final Pattern MAIN = Pattern.compile("\\bstatic\\s+void\\s+main\\s*\\(\\s*(final\\s+)?String\\s*(\\[\\s*]|\\.\\.\\.)");

    /** Made on first use: a page compiled as one unit needs no JShell, and starting one costs most of a second. */
    private JShell shell;
    private final PrintStream out;
    private final PrintStream err;
    private final AgentProcess agent;
    private final AgentEngine engine;
    /** Set when JShell lost its engine: the agent exited (System.exit, halt, a crash) or was killed. */
    private volatile boolean engineLost;
    private final CapturedOutput stdout;
    private final Set<Snippet> startup = new HashSet<>();
    private final PieceParser parser = new PieceParser();
    /** How each snippet of the current task maps back to the task's source, by JShell's snippet id. */
    private final Map<String, SourceMap> maps = new HashMap<>();

    JShellSession(AgentProcess agent, CapturedOutput stdout, PrintStream out, PrintStream err) {
        this.stdout = stdout;
        this.agent = agent;
        this.out = out;
        this.err = err;
        this.engine = new AgentEngine(agent, out, err);
    }

    /** JShell, started on first use with the default imports, on the same channel to the agent as the units. */
    private JShell shell() {
        if (shell == null) {
            shell = JShell.builder().executionEngine(engine, Map.of()).in(new ByteArrayInputStream(new byte[0]))
                    .out(out).err(err).build();
            shell.onShutdown(closed -> engineLost = true);
            for (String name : DEFAULT_IMPORTS) {
                shell.eval("import " + name + ";").forEach(event -> startup.add(event.snippet()));
            }
        }
        return shell;
    }

    /** Compiles and runs something small, so that the first real snippet does not pay for loading javac. */
    void warmUp() {
        run(new Task(-1, "int qaWarmUp = 1;\nString qaText = \"\" + qaWarmUp;\nrecord QaWarm(int a) {}\n", Task.Mode.RUN, false, Set.of("qaText"), 0));
        reset();
    }

    /** Drops everything but the default imports: the next page sees nothing of this one. */
    void reset() {
        if (shell == null) {
            return;
        }
        List<Snippet> active = shell().snippets()
                .filter(snippet -> !startup.contains(snippet) && shell().status(snippet).isActive())
                .toList();
        for (int i = active.size() - 1; i >= 0; i--) {
            shell().drop(active.get(i));
        }
        // A page that writes one of the default imports itself (import java.util.*;) replaces the start-up
        // import, and dropping the page's dropped it: the next page would lose java.util. Bring such back.
        Set<String> imported = new HashSet<>();
        shell().imports().filter(snippet -> shell().status(snippet).isActive()).forEach(snippet -> imported.add(snippet.fullname()));
        for (String name : DEFAULT_IMPORTS) {
            if (!imported.contains(name)) {
                shell().eval("import " + name + ";").forEach(event -> startup.add(event.snippet()));
            }
        }
    }

    Outcome run(Task task) {
        maps.clear();
        if (task.reset()) {
            reset();
        }
        stdout.take();
        stdout.takeTruncated();
        Split split = split(task.source());
        StringBuilder feedback = new StringBuilder();
        StringBuilder printedBefore = new StringBuilder();
        Optional<Outcome> failure = split.failure().isPresent() ? split.failure() : switch (task.mode()) {
            case RUN -> run(split.pieces(), task.usedLater());
            case COMPILE -> compile(split.pieces());
            case TRANSCRIPT -> transcript(split.pieces(), feedback, printedBefore);
        };
        String printed = printedBefore + stdout.take();
        boolean truncated = stdout.takeTruncated();
        // Told back so that a page's .jsh calls the same main the check called: the rule lives here only.
        String mainCall = task.mode() == Task.Mode.RUN ? mainClass(split.pieces()).map(Piece::name).orElse("") : "";
        return failure.map(outcome -> new Outcome(outcome.result(), printed, feedback.toString(), outcome.errorOffset(),
                        outcome.message(), outcome.exceptionClass(), truncated, mainCall))
                .orElseGet(() -> new Outcome(Outcome.Result.OK, printed, feedback.toString(), -1, "", "", truncated, mainCall));
    }

    private record Split(List<Piece> pieces, Optional<Outcome> failure) {
    }

    /** How running a page compiled as one unit ended. */
    enum UnitEnd {
        /** it ran to its end */
        RAN,
        /** it threw, or the agent refused it: the page runs again through JShell */
        FAILED,
        /** the agent ended while it ran (System.exit, halt, a crash) */
        LOST
    }

    /**
     * Loads a compiled page into the agent and runs it; its boundaries go to the agent's
     * {@link AgentProcess#marks()} listener, its output to this session's standard output.
     */
    UnitEnd run(UnitCompiler.Compiled compiled) {
        ExecutionControl control = engine.control();
        try {
            control.load(compiled.classes().entrySet().stream()
                    .map(entry -> new ExecutionControl.ClassBytecodes(entry.getKey(), entry.getValue()))
                    .toArray(ExecutionControl.ClassBytecodes[]::new));
            control.extensionCommand(SnippetAgent.RUN_UNIT, compiled.unit().className());
            return UnitEnd.RAN;
        } catch (ExecutionControl.EngineTerminationException e) {
            engineLost = true;
            return UnitEnd.LOST;
        } catch (ExecutionControl.ExecutionControlException | RuntimeException e) {
            return agentLost() ? UnitEnd.LOST : UnitEnd.FAILED;
        }
    }

    private Split split(String source) {
        List<Piece> pieces = new ArrayList<>();
        String rest = source;
        while (!rest.isBlank()) {
            int consumed = source.length() - rest.length();
            SourceCodeAnalysis.CompletionInfo info = shell().sourceCodeAnalysis().analyzeCompletion(rest);
            SourceCodeAnalysis.Completeness completeness = info.completeness();
            if (completeness == SourceCodeAnalysis.Completeness.EMPTY) {
                break;
            }
            if (!completeness.isComplete() && completeness != SourceCodeAnalysis.Completeness.UNKNOWN) {
                int end = source.stripTrailing().length();
                return new Split(pieces, Optional.of(compileError(end, "reached end of file while parsing: "
                        + "the code ends in the middle of a statement or declaration")));
            }
            String text = info.source();
            int leading = text.length() - text.stripLeading().length();
            text = text.strip();
            pieces.add(classify(consumed + leading, text));
            rest = info.remaining();
        }
        return new Split(pieces, Optional.empty());
    }

    private Piece classify(int offset, String text) {
        return parser.parse(offset, text);
    }

    private Optional<Outcome> run(List<Piece> pieces, Set<String> usedLater) {
        Optional<Piece> mainClass = mainClass(pieces);
        boolean[] batched = batchable(pieces, usedLater);
        if (mainClass.isPresent() && !allTrue(batched)) {
            // main is called from outside the block, so its class must not be local to one.
            batched = new boolean[pieces.size()];
        }
        if (mainClass.isPresent() && allTrue(batched)) {
            // A program copied whole: its classes and the call of main compile as one block.
            List<Piece> local = pieces.stream().map(Piece::asLocal).toList();
            return evalBatch(local, mainClass.get().name() + ".main(new String[0]);\n", mainClass.get());
        }
        int i = 0;
        while (i < pieces.size()) {
            int end = i;
            while (end < pieces.size() && batched[end]) {
                end++;
            }
            Optional<Outcome> failure;
            if (end - i >= 2) {
                failure = evalBatch(pieces.subList(i, end).stream().map(Piece::asLocal).toList(), "", null);
                i = end;
            } else {
                failure = eval(SourceMap.of(pieces.get(i)), Set.of());
                i++;
            }
            if (failure.isPresent()) {
                return failure;
            }
        }
        return mainClass.isPresent() ? callMain(mainClass.get()) : Optional.empty();
    }

    /**
     * JShell compiles each eval on its own, and compiling is most of its time, so pieces in a row are
     * compiled as one block where that cannot change what the page sees: statements always; variables
     * and classes only when nothing after them (later in the snippet outside the block, or in a later
     * snippet of the session) mentions their name, and nothing of that name exists in the session.
     */
    private boolean[] batchable(List<Piece> pieces, Set<String> usedLater) {
        boolean[] batched = new boolean[pieces.size()];
        Set<String> needed = new HashSet<>(usedLater);
        Set<String> group = new HashSet<>();
        for (int i = pieces.size() - 1; i >= 0; i--) {
            Piece piece = pieces.get(i);
            batched[i] = switch (piece.kind()) {
                case STATEMENT -> true;
                case EXPRESSION -> piece.subKind() == Snippet.SubKind.ASSIGNMENT_SUBKIND;
                case VAR -> piece.isNamedVariable()
                        ? !needed.contains(piece.name()) && !declared(piece.name())
                        : piece.text().stripTrailing().replaceAll(";$", "").endsWith(")");
                case TYPE_DECL -> !needed.contains(piece.name()) && !declared(piece.name());
                default -> false;
            };
            Set<String> names = Identifiers.of(piece.text());
            if (batched[i]) {
                group.addAll(names);
            } else {
                needed.addAll(group);
                needed.addAll(names);
                group.clear();
            }
        }
        return batched;
    }

    private static boolean allTrue(boolean[] values) {
        for (boolean value : values) {
            if (!value) {
                return false;
            }
        }
        return values.length > 0;
    }

    private boolean declared(String name) {
        return shell().variables().anyMatch(variable -> variable.name().equals(name))
                || shell().types().anyMatch(type -> type.name().equals(name));
    }

    /** The pieces as one block, followed by {@code tail} (qa's own code, such as the call of main). */
    private Optional<Outcome> evalBatch(List<Piece> batch, String tail, Piece mainClass) {
        SourceMap map = new SourceMap().add("{\n");
        for (Piece piece : batch) {
            map.append(piece).add(piece.asStatement().equals(piece.text()) ? "\n" : ";\n");
        }
        map.add(tail).add("}");
        SnippetEvent main = primary(shell().eval(map.text()));
        if (main == null || main.status() != Snippet.Status.VALID) {
            // The block does not compile where the pieces might (a lambda capturing a variable, say):
            // evaluate them one by one, as JShell would, for JShell's own verdict and positions.
            if (main != null && main.status() != Snippet.Status.REJECTED) {
                shell().drop(main.snippet());
            }
            for (Piece piece : batch) {
                Optional<Outcome> failure = eval(SourceMap.of(piece.asWritten()), Set.of());
                if (failure.isPresent()) {
                    return failure;
                }
            }
            return mainClass == null ? Optional.empty() : callMain(mainClass);
        }
        maps.put(main.snippet().id(), map);
        return verdict(main, map, Set.of());
    }

    static Optional<Piece> mainClass(List<Piece> pieces) {
        if (pieces.isEmpty() || !pieces.stream().allMatch(Piece::isDeclaration)) {
            return Optional.empty();
        }
        return pieces.stream().filter(piece -> piece.kind() == Snippet.Kind.TYPE_DECL && MAIN.matcher(piece.text()).find())
                .findFirst();
    }

    private Optional<Outcome> callMain(Piece piece) {
        SourceMap call = new SourceMap().add(piece.name() + ".main(new String[0]);");
        SnippetEvent main = primary(shell().eval(call.text()));
        if (main == null) {
            return Optional.empty();
        }
        return verdict(main, call, Set.of()).map(outcome -> outcome.errorOffset() >= 0 ? outcome
                : withOffset(outcome, piece.offset()));
    }

    /** Declarations are compiled as they are; everything else inside a block that never runs. */
    private Optional<Outcome> compile(List<Piece> pieces) {
        Set<String> localNames = new HashSet<>();
        SourceMap body = new SourceMap().add("if (false) {\n");
        boolean anyStatement = false;
        for (Piece piece : pieces) {
            if (piece.isDeclaration()) {
                continue;
            }
            anyStatement = true;
            if (piece.isNamedVariable()) {
                localNames.add(piece.name());
            }
            if (piece.kind() == Snippet.Kind.ERRONEOUS && !piece.text().endsWith(";")) {
                body.add("Object qaValue" + pieces.indexOf(piece) + " = ").append(piece).add(";\n");
            } else {
                body.append(piece).add(piece.asStatement().equals(piece.text()) ? "\n" : ";\n");
            }
        }
        for (Piece piece : pieces) {
            if (piece.isDeclaration()) {
                Optional<Outcome> failure = eval(SourceMap.of(piece), localNames);
                if (failure.isPresent()) {
                    return failure;
                }
            }
        }
        return anyStatement ? eval(body.add("}"), Set.of()) : Optional.empty();
    }

    private Optional<Outcome> transcript(List<Piece> pieces, StringBuilder feedback, StringBuilder printed) {
        for (Piece piece : pieces) {
            SourceMap map = SourceMap.of(piece);
            SnippetEvent main = primary(shell().eval(map.text()));
            String output = stdout.take();
            printed.append(output);
            feedback.append(output);
            if (main == null) {
                continue;
            }
            maps.put(main.snippet().id(), map);
            if (main.exception() instanceof EvalException exception) {
                feedback.append("|  Exception ").append(exception.getExceptionClassName())
                        .append(exception.getMessage() == null ? "" : ": " + exception.getMessage()).append('\n');
                continue;
            }
            Optional<Outcome> failure = verdict(main, map, Set.of());
            if (failure.isPresent()) {
                return failure;
            }
            feedback.append(feedbackOf(main));
        }
        return Optional.empty();
    }

    /** The line the jshell tool shows after an input, in its normal feedback mode. */
    private static String feedbackOf(SnippetEvent event) {
        Snippet snippet = event.snippet();
        String verb = event.previousStatus() == Snippet.Status.NONEXISTENT ? "created" : "modified";
        if (snippet instanceof VarSnippet variable) {
            return variable.name() + " ==> " + event.value() + "\n";
        } else if (snippet instanceof ExpressionSnippet expression) {
            return expression.name() + " ==> " + event.value() + "\n";
        } else if (snippet instanceof MethodSnippet method) {
            return "|  " + verb + " method " + method.name() + "(" + method.parameterTypes() + ")\n";
        } else if (snippet instanceof TypeDeclSnippet type) {
            String word = switch (type.subKind()) {
                case INTERFACE_SUBKIND -> "interface";
                case ENUM_SUBKIND -> "enum";
                case ANNOTATION_TYPE_SUBKIND -> "annotation interface";
                case RECORD_SUBKIND -> "record";
                default -> "class";
            };
            return "|  " + verb + " " + word + " " + type.name() + "\n";
        }
        return "";
    }

    private Optional<Outcome> eval(SourceMap map, Set<String> tolerated) {
        SnippetEvent main = primary(shell().eval(map.text()));
        if (main == null) {
            return Optional.empty();
        }
        maps.put(main.snippet().id(), map);
        return verdict(main, map, tolerated);
    }

    private static SnippetEvent primary(List<SnippetEvent> events) {
        return events.stream().filter(event -> event.causeSnippet() == null).findFirst().orElse(null);
    }

    private Optional<Outcome> verdict(SnippetEvent event, SourceMap map, Set<String> tolerated) {
        Snippet snippet = event.snippet();
        if (event.status() == Snippet.Status.REJECTED) {
            Optional<Diag> error = shell().diagnostics(snippet).filter(Diag::isError).findFirst();
            if (error.isEmpty()) {
                return Optional.of(compileError(map.toTask(0), "does not compile"));
            }
            Diag diag = error.get();
            long position = diag.getPosition() >= 0 ? diag.getPosition() : diag.getStartPosition();
            return Optional.of(compileError(map.toTask((int) Math.max(0, position)), message(diag)));
        }
        if (event.status() == Snippet.Status.RECOVERABLE_DEFINED || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            List<String> missing = snippet instanceof DeclarationSnippet declaration
                    ? shell().unresolvedDependencies(declaration).filter(name -> !tolerated.contains(bareName(name))).toList()
                    : List.of();
            if (!missing.isEmpty() || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                String name = missing.isEmpty() ? "" : bareName(missing.get(0));
                int at = name.isEmpty() ? -1 : wordIndex(map.text(), name);
                return Optional.of(compileError(map.toTask(Math.max(0, at)),
                        "cannot find symbol: " + (missing.isEmpty() ? "a name it uses" : String.join(", ", missing))));
            }
        }
        JShellException exception = event.exception();
        if (exception instanceof UnresolvedReferenceException unresolved) {
            return Optional.of(compileError(offsetOf(exception).orElse(map.toTask(0)),
                    "uses " + unresolved.getSnippet().name() + ", which refers to a name that does not exist"));
        }
        if (exception instanceof EvalException thrown) {
            return Optional.of(new Outcome(Outcome.Result.EXCEPTION, "", "", offsetOf(thrown).orElse(map.toTask(0)),
                    thrown.getMessage() == null ? "" : thrown.getMessage(), thrown.getExceptionClassName(), false));
        }
        if (exception != null) {
            return Optional.of(new Outcome(Outcome.Result.EXCEPTION, "", "", map.toTask(0), String.valueOf(exception.getMessage()),
                    exception.getClass().getName(), false));
        }
        return Optional.empty();
    }

    /** Where the innermost frame of this task's own code stands: JShell names its frames {@code #id:line}. */
    private Optional<Integer> offsetOf(Throwable thrown) {
        for (StackTraceElement frame : thrown.getStackTrace()) {
            String file = frame.getFileName();
            if (file != null && file.startsWith("#") && maps.containsKey(file.substring(1)) && frame.getLineNumber() > 0) {
                int offset = maps.get(file.substring(1)).lineToTask(frame.getLineNumber());
                if (offset >= 0) {
                    return Optional.of(offset);
                }
            }
        }
        return Optional.empty();
    }

    /** javac's message on one line: {@code cannot find symbol (symbol: variable x)}. */
    private static String message(Diag diag) {
        String[] lines = diag.getMessage(Locale.ROOT).split("\\R");
        StringBuilder out = new StringBuilder(lines[0].strip());
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("symbol:")) {
                out.append(" (").append(line.replaceAll("\\s+", " ")).append(')');
            }
        }
        return out.toString();
    }

    /** {@code variable count} and {@code method f(int)} name {@code count} and {@code f}. */
    private static String bareName(String unresolved) {
        String name = unresolved.contains(" ") ? unresolved.substring(unresolved.indexOf(' ') + 1) : unresolved;
        int paren = name.indexOf('(');
        return paren < 0 ? name : name.substring(0, paren);
    }

    private static int wordIndex(String text, String word) {
        java.util.regex.Matcher matcher = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text);
        return matcher.find() ? matcher.start() : -1;
    }

    private static Outcome compileError(int offset, String message) {
        return new Outcome(Outcome.Result.COMPILE_ERROR, "", "", offset, message, "", false);
    }

    private static Outcome withOffset(Outcome outcome, int offset) {
        return new Outcome(outcome.result(), outcome.stdout(), outcome.feedback(), offset, outcome.message(),
                outcome.exceptionClass(), outcome.stdoutTruncated());
    }

    AgentProcess agent() {
        return agent;
    }

    /** Whether the agent is gone: it exited or JShell lost its channel to it. */
    boolean agentLost() {
        return engineLost || !agent.alive();
    }

    /** The live threads a snippet started in the agent, as "id daemon|user name". */
    List<String> threads() {
        return List.of((String[]) command(SnippetAgent.THREADS, null));
    }

    /** Waits for a thread of the agent to end; whether it did. */
    boolean await(long threadId, long millis) {
        return (Boolean) command(SnippetAgent.AWAIT, threadId + " " + millis);
    }

    /** Whether the agent is as it started: no thread left, streams, locale, time zone and properties untouched. */
    boolean clean() {
        return (Boolean) command(SnippetAgent.CLEAN, null);
    }

    private Object command(String name, Object argument) {
        try {
            return engine.control().extensionCommand(name, argument);
        } catch (ExecutionControl.ExecutionControlException | RuntimeException e) {
            engineLost = true;
            throw new AgentLost(e.getMessage());
        }
    }

    /** The agent did not answer one of qa's own commands: it is gone (or no longer an agent). */
    static final class AgentLost extends RuntimeException {
        AgentLost(String message) {
            super(message);
        }
    }

    @Override
    public void close() {
        try {
            if (shell != null) {
                shell.close();
            } else {
                engine.control().close();
            }
        } catch (RuntimeException e) {
            // The agent may be gone already; it is killed below either way.
        }
        agent.close();
    }
}
