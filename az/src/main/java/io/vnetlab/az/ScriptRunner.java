package io.vnetlab.az;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Runs a script of {@code az} commands the way bash would run it, with the shell features Azure's docs scripts use:
 * comments, {@code \} line continuations, single and double quotes, ANSI-C quotes ({@code $'a\nb'}), variables
 * ({@code NAME=value}, {@code export NAME=value}, {@code $NAME}, {@code ${NAME}}, {@code $?}), {@code ~} for the
 * home directory, {@code $(az ...)} and {@code $(echo ...)} command substitution (the output with the trailing
 * newlines removed), {@code echo} (with {@code -n}, {@code -e}, {@code -E}) and {@code ;} between commands. Like
 * bash without {@code set -e}, a failing command prints its error and the script goes on; a first word bash would
 * not find (a UTF-8 byte-order mark before it) fails with exit code 127 as in bash. Anything else (pipes,
 * redirections, {@code if}, other programs) and bash's syntax errors ({@code ;;} outside {@code case}) are refused
 * before the first command runs, with a {@link ScriptException} naming the line.
 *
 * <pre>{@code
 * ScriptRunner runner = new ScriptRunner(Az.create());
 * AzResult r = runner.run("""
 *     az group create -n rg -l eastus
 *     vnetId=$(az network vnet create -g rg -n vnet1 --query newVNet.id -o tsv)
 *     echo "$vnetId"
 *     """);
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public final class ScriptRunner {

    private static final Set<String> BUILTINS = Set.of("az", "echo", "export");
    /** The commands whose output {@code $(...)} can take: those that print and change no shell variable. */
    private static final Set<String> SUBSTITUTABLE = Set.of("az", "echo");
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String SUPPORTED = "it runs az commands, echo, NAME=value assignments, export, $VAR,"
            + " ${VAR}, $?, $'...', ~, $(az ...) and $(echo ...), comments, quotes, ; and line continuations.";

    private final Az az;
    private final Map<String, String> variables = new HashMap<>();
    /** {@code $?}: the exit code of the last command, or of the last command substitution. */
    private int lastStatus;
    /** How many command substitutions have run: an assignment's status is its last substitution's, else 0. */
    private int substitutions;
    private Consumer<String> out = s -> { };
    private Consumer<String> err = s -> { };

    public ScriptRunner(Az az) {
        this.az = az;
    }

    /** Also passes each command's output and errors on as they come (e.g. to System.out and System.err). */
    public ScriptRunner echoingTo(Consumer<String> stdout, Consumer<String> stderr) {
        this.out = stdout;
        this.err = stderr;
        return this;
    }

    /** The variables the script has set so far. */
    public Map<String, String> variables() {
        return Map.copyOf(variables);
    }

    /**
     * Runs the script: everything it printed, and the exit code of its last command.
     *
     * @throws ScriptException naming the line, for shell syntax the runner does not support; nothing has run then.
     *     After {@link #stoppingAtFirstError()}, also for the first command that fails
     */
    public AzResult run(String script) {
        List<Statement> statements = new Parser(script).statements();
        StringBuilder stdout = new StringBuilder();
        StringBuilder stderr = new StringBuilder();
        int status = 0;
        for (Statement st : statements) {
            AzResult r = execute(st);
            stdout.append(r.out());
            stderr.append(r.err());
            out.accept(r.out());
            err.accept(r.err());
            status = r.exitCode();
            lastStatus = status;
            if (stopAtFirstError && status != 0) {
                throw new ScriptException(st.line(), "the command failed with exit code " + status + ": "
                        + r.err().strip().lines().findFirst().orElse("no error printed"));
            }
        }
        return new AzResult(status, stdout.toString(), stderr.toString());
    }

    // ---- stopping at the first failing command
    private boolean stopAtFirstError;

    /**
     * Stops at the first command that fails, as bash's {@code set -e} does, instead of going on:
     * {@link #run(String)} then throws a {@link ScriptException} naming the command's line, its exit code and its
     * error (the first line the CLI printed, which carries the code and the message). What the commands before it
     * changed stays changed.
     *
     * <pre>{@code
     * Az az = Az.create();
     * new ScriptRunner(az).stoppingAtFirstError().run(script);   // a test fixture: every command must succeed
     * Topology topology = az.topology();
     * }</pre>
     */
    public ScriptRunner stoppingAtFirstError() {
        this.stopAtFirstError = true;
        return this;
    }

    private AzResult execute(Statement st) {
        if (st.assignment() != null) {
            int before = substitutions;
            variables.put(st.assignment(), join(expand(st.words().get(0), false)));
            return new AzResult(substitutions == before ? 0 : lastStatus, "", "");
        }
        List<String> argv = new ArrayList<>();
        for (Word w : st.words()) {
            argv.addAll(expand(w, true));
        }
        if (argv.isEmpty()) {   // bash: a command that expands to nothing does nothing
            return new AzResult(0, "", "");
        }
        String program = argv.get(0);
        if (program.startsWith(BYTE_ORDER_MARK)) {
            return new AzResult(127, "", "line " + st.line() + ": " + program + ": command not found (the file"
                    + " starts with a UTF-8 byte-order mark, which bash reads as part of the first word; save it"
                    + " without one)\n");
        }
        if (program.equals("echo")) {
            return echo(argv.subList(1, argv.size()));
        }
        if (program.equals("export")) {
            for (String a : argv.subList(1, argv.size())) {
                int eq = a.indexOf('=');
                if (eq > 0) {
                    variables.put(a.substring(0, eq), a.substring(eq + 1));
                }
            }
            return new AzResult(0, "", "");
        }
        return az.run(argv.subList(1, argv.size()));
    }

    /**
     * bash's {@code echo}: leading {@code -n}, {@code -e}, {@code -E} (also combined, as {@code -ne}) are options,
     * the first other word ends them.
     */
    private static AzResult echo(List<String> args) {
        boolean newline = true;
        boolean escapes = false;
        int i = 0;
        while (i < args.size() && args.get(i).matches("-[neE]+")) {
            for (char flag : args.get(i).substring(1).toCharArray()) {
                newline &= flag != 'n';
                escapes = flag == 'e' || (escapes && flag != 'E');
            }
            i++;
        }
        String text = String.join(" ", args.subList(i, args.size()));
        if (escapes) {
            ShellEscapes.Decoded decoded = ShellEscapes.echo(text);
            text = decoded.text();
            newline &= !decoded.stopped();
        }
        return new AzResult(0, newline ? text + "\n" : text, "");
    }

    /** The value of {@code $name}: {@code $?}, a positional parameter (a script runs without arguments), a variable. */
    private String parameter(String name) {
        if (name.equals("?")) {
            return String.valueOf(lastStatus);
        }
        if (name.equals("#")) {
            return "0";
        }
        if (Character.isDigit(name.charAt(0))) {
            return "";
        }
        return variables.getOrDefault(name, System.getenv().getOrDefault(name, ""));
    }

    private static String join(List<String> fields) {
        return String.join(" ", fields);
    }

    /** Expands one word: variables and substitutions, split into fields where unquoted (as bash does). */
    private List<String> expand(Word word, boolean split) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean started = false;
        for (Part p : word.parts()) {
            String value;
            if (p.kind() == Part.Kind.LITERAL) {
                current.append(p.text());
                started = true;
                continue;
            }
            value = p.kind() == Part.Kind.VARIABLE ? parameter(p.text()) : substitute(p.command());
            if (p.quoted() || !split) {
                current.append(value);
                started = true;
                continue;
            }
            String[] pieces = value.trim().isEmpty() ? new String[0] : value.trim().split("\\s+");
            for (int i = 0; i < pieces.length; i++) {
                if (i > 0) {
                    fields.add(current.toString());
                    current.setLength(0);
                }
                current.append(pieces[i]);
                started = true;
            }
        }
        if (started) {
            fields.add(current.toString());
        }
        return fields;
    }

    private String substitute(Statement command) {
        AzResult r = execute(command);
        substitutions++;
        lastStatus = r.exitCode();
        err.accept(r.err());
        String text = r.out();
        while (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    // ------------------------------------------------------------------ the parsed script

    record Part(Kind kind, String text, boolean quoted, Statement command) {
        enum Kind { LITERAL, VARIABLE, SUBSTITUTION }
    }

    record Word(List<Part> parts) {
    }

    record Statement(int line, String assignment, List<Word> words) {
    }

    /** A small recursive-descent reader of the shell subset. */
    private static final class Parser {
        private final String text;
        private int pos;
        private int line = 1;

        Parser(String text) {
            this.text = text;
        }

        List<Statement> statements() {
            List<Statement> result = new ArrayList<>();
            while (true) {
                Statement st = statement(false);
                if (st == null) {
                    return result;
                }
                result.add(st);
            }
        }

        /** The next statement, or null at the end; inside {@code $(...)} stops before the closing parenthesis. */
        Statement statement(boolean nested) {
            List<Word> words = new ArrayList<>();
            int startLine = -1;
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                    pos += 2;
                    line++;
                } else if (c == ' ' || c == '\t' || c == '\r') {
                    pos++;
                } else if (c == ';' && (words.isEmpty() || text.startsWith(";;", pos))) {
                    // bash: ";;" ends a case item, and ";" must follow a command
                    throw new ScriptException(line, "syntax error near unexpected token `"
                            + (text.startsWith(";;", pos) ? ";;" : ";") + "'");
                } else if ((c == '\n' || c == ';') && nested && !words.isEmpty()) {
                    break;
                } else if (c == '\n' || c == ';') {
                    pos++;
                    if (c == '\n') {
                        line++;
                    }
                    if (!words.isEmpty()) {
                        break;
                    }
                } else if (c == '#' ) {
                    while (pos < text.length() && text.charAt(pos) != '\n') {
                        pos++;
                    }
                } else if (c == ')' && nested) {
                    break;
                } else {
                    if (startLine < 0) {
                        startLine = line;
                    }
                    words.add(word(nested));
                }
            }
            if (words.isEmpty()) {
                return null;
            }
            return validate(startLine, words, nested);
        }

        private Statement validate(int at, List<Word> words, boolean nested) {
            Word first = words.get(0);
            Part head = first.parts().get(0);
            if (words.size() == 1 && head.kind() == Part.Kind.LITERAL && !head.quoted()
                    && head.text().matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
                String name = head.text().substring(0, head.text().indexOf('='));
                List<Part> rest = new ArrayList<>(first.parts());
                rest.set(0, new Part(Part.Kind.LITERAL, head.text().substring(name.length() + 1), false, null));
                if (nested) {
                    throw new ScriptException(at, "only az and echo commands can be substituted with $(...) by the"
                            + " vnetlab script runner, not an assignment.");
                }
                return new Statement(at, name, List.of(new Word(rest)));
            }
            String program = first.parts().size() == 1 && head.kind() == Part.Kind.LITERAL ? head.text() : null;
            if (program != null && program.startsWith(BYTE_ORDER_MARK) && !head.quoted()) {
                return new Statement(at, null, words);   // not found, as in bash: see execute
            }
            if (nested && program != null && BUILTINS.contains(program) && !SUBSTITUTABLE.contains(program)) {
                throw new ScriptException(at, "only az and echo commands can be substituted with $(...) by the"
                        + " vnetlab script runner, not '" + program + "'.");
            }
            if (program == null || !BUILTINS.contains(program)) {
                throw new ScriptException(at, "'" + (program == null ? "(an expanded command name)" : program)
                        + "' is not supported by the vnetlab script runner; " + SUPPORTED);
            }
            return new Statement(at, null, words);
        }

        private Word word(boolean nested) {
            List<Part> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            boolean assignmentLike = false;   // NAME=..., where bash expands a ~ after = and after each :
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || (c == ')' && nested)) {
                    break;
                }
                if (c == '\\' && pos + 1 < text.length()) {
                    if (text.charAt(pos + 1) == '\n') {
                        break;
                    }
                    literal.append(text.charAt(pos + 1));
                    pos += 2;
                } else if (c == '\'') {
                    int end = text.indexOf('\'', pos + 1);
                    if (end < 0) {
                        throw new ScriptException(line, "unterminated single quote");
                    }
                    flush(parts, literal, false);
                    String quoted = text.substring(pos + 1, end);
                    line += (int) quoted.chars().filter(ch -> ch == '\n').count();
                    parts.add(new Part(Part.Kind.LITERAL, quoted, true, null));
                    pos = end + 1;
                } else if (c == '"') {
                    flush(parts, literal, false);
                    doubleQuoted(parts);
                } else if (c == '$' && text.startsWith("$\"", pos)) {   // bash: $"..." is "..." without a locale
                    flush(parts, literal, false);
                    pos++;
                    doubleQuoted(parts);
                } else if (c == '$') {
                    flush(parts, literal, false);
                    parts.add(dollar(false));
                } else if (c == '~' && tildeExpands(parts, literal, assignmentLike)) {
                    flush(parts, literal, false);
                    parts.add(tilde(nested, assignmentLike));
                } else if ("|&<>`(){}".indexOf(c) >= 0) {
                    throw new ScriptException(line, "'" + c + "' (pipes, redirections, background jobs, subshells"
                            + " and backquotes) is not supported by the vnetlab script runner.");
                } else {
                    assignmentLike |= c == '=' && parts.isEmpty()
                            && literal.toString().matches("[A-Za-z_][A-Za-z0-9_]*");
                    literal.append(c);
                    pos++;
                }
            }
            flush(parts, literal, false);
            if (parts.isEmpty()) {
                parts.add(new Part(Part.Kind.LITERAL, "", true, null));
            }
            return new Word(parts);
        }

        /**
         * Whether an unquoted {@code ~} here is bash's tilde prefix: at the start of a word, or after the {@code =}
         * or a {@code :} of a word that reads as an assignment ({@code PATH=~/bin:~/tools}).
         */
        private static boolean tildeExpands(List<Part> parts, StringBuilder literal, boolean assignmentLike) {
            if (parts.isEmpty() && literal.length() == 0) {
                return true;
            }
            if (!assignmentLike || literal.length() == 0) {
                return false;
            }
            char before = literal.charAt(literal.length() - 1);
            return before == '=' || before == ':';
        }

        /**
         * {@code ~} or {@code ~/...}: {@code $HOME}, never split; {@code ~NAME}, {@code ~+} and {@code ~-} are
         * refused; a {@code ~} before anything else stays as written.
         */
        private Part tilde(boolean nested, boolean inAssignment) {
            char next = pos + 1 < text.length() ? text.charAt(pos + 1) : ' ';
            boolean ends = next == '/' || " \t\n\r;".indexOf(next) >= 0 || (nested && next == ')')
                    || (inAssignment && next == ':');
            if (!ends && (isAsciiLetterOrDigit(next) || "_+-".indexOf(next) >= 0)) {
                throw new ScriptException(line, "'~" + next + "...' (another user's home directory, ~+ or ~-) is not"
                        + " supported by the vnetlab script runner; write the path, or ~/ for your own home.");
            }
            pos++;
            return ends ? new Part(Part.Kind.VARIABLE, "HOME", true, null)
                    : new Part(Part.Kind.LITERAL, "~", false, null);
        }

        private void doubleQuoted(List<Part> parts) {
            int start = line;
            pos++;
            StringBuilder literal = new StringBuilder();
            boolean any = false;
            while (true) {
                if (pos >= text.length()) {
                    throw new ScriptException(start, "unterminated double quote");
                }
                char c = text.charAt(pos);
                if (c == '"') {
                    pos++;
                    break;
                }
                if (c == '\\' && pos + 1 < text.length() && "\"\\$`\n".indexOf(text.charAt(pos + 1)) >= 0) {
                    if (text.charAt(pos + 1) == '\n') {
                        line++;
                    } else {
                        literal.append(text.charAt(pos + 1));
                    }
                    pos += 2;
                } else if (c == '$') {
                    any |= flush(parts, literal, true);
                    parts.add(dollar(true));
                    any = true;
                } else if (c == '`') {
                    throw new ScriptException(line, "backquotes are not supported by the vnetlab script runner;"
                            + " use $(...).");
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    literal.append(c);
                    pos++;
                }
            }
            if (!flush(parts, literal, true) && !any) {
                parts.add(new Part(Part.Kind.LITERAL, "", true, null));
            }
        }

        private static boolean flush(List<Part> parts, StringBuilder literal, boolean quoted) {
            if (literal.length() == 0) {
                return false;
            }
            parts.add(new Part(Part.Kind.LITERAL, literal.toString(), quoted, null));
            literal.setLength(0);
            return true;
        }

        private Part dollar(boolean quoted) {
            pos++;
            if (pos < text.length() && text.charAt(pos) == '(') {
                int start = line;
                pos++;
                Statement inner = statement(true);
                if (pos < text.length() && (text.charAt(pos) == ';' || text.charAt(pos) == '\n')) {
                    throw new ScriptException(start, "one command per $(...) is supported by the vnetlab script"
                            + " runner, not a list of commands.");
                }
                if (pos >= text.length() || text.charAt(pos) != ')') {
                    throw new ScriptException(start, "unterminated $(...)");
                }
                pos++;
                if (inner == null) {
                    throw new ScriptException(start, "empty $(...)");
                }
                return new Part(Part.Kind.SUBSTITUTION, null, quoted, inner);
            }
            if (pos < text.length() && text.charAt(pos) == '{') {
                int end = text.indexOf('}', pos);
                String name = end < 0 ? "" : text.substring(pos + 1, end);
                if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    throw new ScriptException(line, "only ${NAME} is supported by the vnetlab script runner, not ${"
                            + name + "}");
                }
                pos = end + 1;
                return new Part(Part.Kind.VARIABLE, name, quoted, null);
            }
            if (!quoted && pos < text.length() && text.charAt(pos) == '\'') {
                return ansiCQuoted();
            }
            if (pos < text.length() && "?#0123456789".indexOf(text.charAt(pos)) >= 0) {
                return new Part(Part.Kind.VARIABLE, String.valueOf(text.charAt(pos++)), quoted, null);
            }
            if (pos < text.length() && "@*$!-".indexOf(text.charAt(pos)) >= 0) {
                throw new ScriptException(line, "'$" + text.charAt(pos) + "' is not supported by the vnetlab script"
                        + " runner; " + SUPPORTED);
            }
            int start = pos;
            while (pos < text.length() && (isAsciiLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                return new Part(Part.Kind.LITERAL, "$", quoted, null);
            }
            return new Part(Part.Kind.VARIABLE, text.substring(start, pos), quoted, null);
        }

        private static boolean isAsciiLetterOrDigit(char c) {
            return c < 128 && Character.isLetterOrDigit(c);
        }

        /** {@code $'...'}, at its opening quote: backslash escapes decoded, one quoted part. */
        private Part ansiCQuoted() {
            int start = line;
            int end = pos + 1;
            while (end < text.length() && text.charAt(end) != '\'') {
                end += text.charAt(end) == '\\' ? 2 : 1;
            }
            if (end >= text.length()) {
                throw new ScriptException(start, "unterminated $'...' quote");
            }
            String body = text.substring(pos + 1, end);
            line += (int) body.chars().filter(ch -> ch == '\n').count();
            pos = end + 1;
            return new Part(Part.Kind.LITERAL, ShellEscapes.ansiC(body), true, null);
        }
    }
}
