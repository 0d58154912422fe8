package dev.qa.render.highlight;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The lexers of the languages the site colours, by the names fences use for them. */
final class Languages {
    private static final String LINE_COMMENT = "//[^\n]*";
    private static final String BLOCK_COMMENT = "/\\*[\\s\\S]*?(?:\\*/|$)";
    private static final String DOUBLE_QUOTED = "\"(?:\\\\.|[^\"\\\\\n])*\"?";
    private static final String SINGLE_QUOTED = "'(?:\\\\.|[^'\\\\\n])*'?";
    private static final String NUMBER = "(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|\\d[\\d_]*(?:\\.\\d[\\d_]*)?(?:[eE][+-]?\\d+)?)[lLfFdDn]?(?![\\w$])";
    private static final String IDENTIFIER = "[A-Za-z_$][\\w$]*";

    private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "assert", "break", "case", "catch", "class", "const",
            "continue", "default", "do", "else", "enum", "extends", "final", "finally", "for", "goto", "if", "implements",
            "import", "instanceof", "interface", "native", "new", "package", "private", "protected", "public", "return",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "volatile", "while", "var", "record", "sealed", "permits", "non-sealed", "yield", "boolean", "byte", "char",
            "short", "int", "long", "float", "double", "void");
    private static final Set<String> JS_KEYWORDS = Set.of("async", "await", "break", "case", "catch", "class", "const",
            "continue", "debugger", "default", "delete", "do", "else", "export", "extends", "finally", "for", "from",
            "function", "if", "import", "in", "instanceof", "let", "new", "of", "return", "static", "super", "switch",
            "this", "throw", "try", "typeof", "var", "void", "while", "with", "yield", "get", "set",
            // TypeScript
            "as", "type", "interface", "enum", "implements", "private", "public", "protected", "readonly", "declare",
            "namespace", "keyof", "abstract", "any", "unknown", "never", "string", "number", "boolean", "bigint", "symbol");
    private static final Set<String> JS_LITERALS = Set.of("true", "false", "null", "undefined", "NaN", "Infinity");
    private static final Set<String> SQL_KEYWORDS = Set.of("select", "from", "where", "and", "or", "not", "in", "is",
            "null", "like", "between", "exists", "insert", "into", "values", "update", "set", "delete", "create", "table",
            "index", "unique", "primary", "key", "foreign", "references", "on", "join", "inner", "left", "right", "full",
            "outer", "cross", "group", "by", "order", "having", "limit", "offset", "as", "distinct", "union", "all",
            "case", "when", "then", "else", "end", "begin", "commit", "rollback", "transaction", "for", "share", "nowait",
            "skip", "locked", "alter", "add", "drop", "column", "constraint", "default", "check", "view", "with",
            "returning", "asc", "desc", "explain", "analyze", "isolation", "level", "read", "committed", "repeatable",
            "serializable", "grant", "revoke", "cascade", "if", "conflict", "do", "nothing", "partition", "over",
            "using", "database", "schema", "trigger", "function", "returns", "language", "sequence", "materialized",
            "concurrently", "lock", "row", "rows", "only", "fetch", "next", "first", "last", "count", "sum", "avg",
            "min", "max", "coalesce", "now", "interval", "integer", "int", "bigint", "serial", "bigserial", "text",
            "varchar", "char", "boolean", "timestamp", "timestamptz", "date", "numeric", "decimal", "uuid", "jsonb",
            "json", "true", "false");
    private static final Set<String> BASH_KEYWORDS = Set.of("if", "then", "else", "elif", "fi", "for", "while", "until",
            "do", "done", "case", "esac", "in", "function", "return", "export", "local", "readonly", "set", "unset",
            "exit", "source", "echo", "cd", "sudo");

    private static final Lexer JAVA = new RuleLexer(List.of(
            Rule.of(LINE_COMMENT, Kind.COMMENT),
            Rule.of(BLOCK_COMMENT, Kind.COMMENT),
            Rule.of("\"\"\"[\\s\\S]*?(?:\"\"\"|$)", Kind.STRING),
            Rule.of(DOUBLE_QUOTED, Kind.STRING),
            Rule.of("'(?:\\\\.|[^'\\\\\n])+'", Kind.STRING),
            Rule.of("@(?!interface\\b)[A-Za-z_][\\w.]*", Kind.ANNOTATION),
            Rule.of("(?<![\\w$])" + NUMBER, Kind.NUMBER),
            Rule.of("non-sealed", Kind.KEYWORD),
            Rule.of(IDENTIFIER, word -> JAVA_KEYWORDS.contains(word) ? Kind.KEYWORD
                    : word.equals("true") || word.equals("false") || word.equals("null") ? Kind.LITERAL
                    : typeLike(word) ? Kind.TYPE : null)));

    private static final Lexer JS = new RuleLexer(List.of(
            Rule.of(LINE_COMMENT, Kind.COMMENT),
            Rule.of(BLOCK_COMMENT, Kind.COMMENT),
            Rule.of("`(?:\\\\[\\s\\S]|[^`\\\\])*`?", Kind.STRING),
            Rule.of(DOUBLE_QUOTED, Kind.STRING),
            Rule.of(SINGLE_QUOTED, Kind.STRING),
            Rule.of("@[A-Za-z_][\\w.]*", Kind.ANNOTATION),
            Rule.of("(?<![\\w$])" + NUMBER, Kind.NUMBER),
            Rule.of(IDENTIFIER, word -> JS_KEYWORDS.contains(word) ? Kind.KEYWORD
                    : JS_LITERALS.contains(word) ? Kind.LITERAL
                    : typeLike(word) ? Kind.TYPE : null)));

    private static final Lexer JSON = new RuleLexer(List.of(
            // A string followed by a colon is an object key.
            Rule.of(DOUBLE_QUOTED + "(?=\\s*:)", Kind.PROPERTY),
            Rule.of(DOUBLE_QUOTED, Kind.STRING),
            Rule.of("//[^\n]*", Kind.COMMENT),
            Rule.of("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?(?![\\w.])", Kind.NUMBER),
            Rule.of("[A-Za-z_]\\w*", word -> word.equals("true") || word.equals("false") || word.equals("null") ? Kind.LITERAL : null)));

    private static final Lexer SQL = new RuleLexer(List.of(
            Rule.of("--[^\n]*", Kind.COMMENT),
            Rule.of(BLOCK_COMMENT, Kind.COMMENT),
            Rule.of("'(?:''|[^'])*'?", Kind.STRING),
            Rule.of("\"(?:\"\"|[^\"\n])*\"", text -> null),
            Rule.of("(?<![\\w$])\\d+(?:\\.\\d+)?(?![\\w.])", Kind.NUMBER),
            Rule.of("[:$@]\\w+|\\?", Kind.VARIABLE),
            Rule.of("[A-Za-z_][\\w$]*", word -> SQL_KEYWORDS.contains(word.toLowerCase(Locale.ROOT)) ? Kind.KEYWORD : null)));

    private static final Lexer BASH = new RuleLexer(List.of(
            Rule.of("(?<![^\\s;|&(])#[^\n]*", Kind.COMMENT),
            Rule.of("'[^']*'?", Kind.STRING),
            Rule.of("\"(?:\\\\.|[^\"\\\\])*\"?", Kind.STRING),
            Rule.of("\\$(?:\\{[^}\n]*}?|\\w+|[@#?*!$0-9-])", Kind.VARIABLE),
            Rule.of("(?<![\\w-])--?[A-Za-z][\\w-]*", Kind.ANNOTATION),
            Rule.of("(?<![\\w.-])\\d+(?![\\w.])", Kind.NUMBER),
            Rule.of("[A-Za-z_][\\w.-]*", word -> BASH_KEYWORDS.contains(word) ? Kind.KEYWORD : null)));

    private static final Lexer YAML = new YamlLexer();
    private static final Lexer HTTP = new HttpLexer(JSON);

    private static final Map<String, Lexer> BY_NAME = Map.ofEntries(
            Map.entry("java", JAVA), Map.entry("jshell", JAVA),
            Map.entry("js", JS), Map.entry("javascript", JS), Map.entry("ts", JS), Map.entry("typescript", JS),
            Map.entry("json", JSON), Map.entry("jsonc", JSON),
            Map.entry("yaml", YAML), Map.entry("yml", YAML),
            Map.entry("sql", SQL),
            Map.entry("http", HTTP),
            Map.entry("bash", BASH), Map.entry("sh", BASH), Map.entry("shell", BASH), Map.entry("console", BASH));

    private Languages() {
    }

    static Optional<Lexer> lexer(String language) {
        return Optional.ofNullable(BY_NAME.get(language.toLowerCase(Locale.ROOT)));
    }

    static Lexer json() {
        return JSON;
    }

    /** {@code HashMap}, {@code URI}: a capitalised name is a type or a constant holder; either reads better coloured. */
    private static boolean typeLike(String word) {
        return Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLowerCase);
    }
}
