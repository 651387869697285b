package io.vnetlab.az;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed options of one command, parsed the way azure-cli's argparse parser does: {@code --opt value} or
 * {@code --opt=value}; unambiguous prefixes of long options (argparse's {@code allow_abbrev}, which is why docs
 * scripts can write {@code --out tsv}); the last occurrence wins; required options are checked before unknown ones
 * are reported ("the following arguments are required: ..." then "unrecognized arguments: ..."). Each value is
 * checked as it is read, as argparse does: an enum option's value against its choices (azure-cli's parser words
 * the refusal "az vm create: 'X' is not a valid value for '--nsg-rule'. Allowed values: NONE, RDP, SSH.", azure-cli
 * {@code azure/cli/core/parser.py _check_value}) and a blank value as a missing one
 * (docs/azure/decisions.md#blank-argument-values). So a command never runs with a usage error in its arguments.
 */
final class Args {

    /** The options every command takes (knack and azure-cli globals). */
    static final List<Param> GLOBAL = List.of(
            Param.value("output", "--output", "-o").choices(Output.FORMATS.toArray(String[]::new)),
            Param.value("query", "--query").typeChecked(),
            Param.value("subscription", "--subscription"),
            Param.flag("debug", "--debug"),
            Param.flag("verbose", "--verbose"),
            Param.flag("only_show_errors", "--only-show-errors"),
            Param.flag("help", "--help", "-h"));

    /**
     * The global options that shape only what a command prints, never what it changes: a state journal leaves them
     * out, so a command whose output step fails (say {@code -o table} on a result with no columns) replays cleanly.
     */
    static final java.util.Set<String> OUTPUT_ONLY = java.util.Set.of("output", "query", "debug", "verbose",
            "only_show_errors", "help");

    private static final List<String> TRUE = List.of("1", "t", "true", "y", "yes");
    private static final List<String> FALSE = List.of("0", "f", "false", "n", "no");

    /** One option as it was typed: its destination and the tokens it took (the option itself, then its values). */
    private record Occurrence(String dest, List<String> tokens, List<String> values) {
    }

    private final Map<String, List<String>> values;
    private final List<Occurrence> typed;

    private Args(Map<String, List<String>> values, List<Occurrence> typed) {
        this.values = values;
        this.typed = typed;
    }

    /** Parses the options of command {@code prog} (e.g. {@code az vm create}), refusing usage errors. */
    static Args parse(String prog, List<Param> commandParams, List<String> tokens) {
        List<Param> params = new ArrayList<>(GLOBAL);
        params.addAll(commandParams);
        Map<String, Param> byName = new HashMap<>();
        for (Param p : params) {
            for (String n : p.names()) {
                byName.put(n, p);
            }
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<Occurrence> typed = new ArrayList<>();
        List<String> unrecognized = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String token = tokens.get(i);
            if (!looksLikeOption(token)) {
                unrecognized.add(token);
                i++;
                continue;
            }
            String name = token;
            String inline = null;
            int eq = token.indexOf('=');
            if (token.startsWith("--") && eq > 0) {
                name = token.substring(0, eq);
                inline = token.substring(eq + 1);
            }
            Param param = resolve(name, byName, params);
            if (param == null) {
                unrecognized.add(token);
                i++;
                continue;
            }
            int first = i;
            i++;
            List<String> taken = new ArrayList<>();
            switch (param.kind()) {
                case SWITCH:
                    if (inline != null) {
                        throw AzError.usage("argument " + param.display() + ": ignored explicit argument '" + inline + "'");
                    }
                    taken.add("true");
                    break;
                case BOOLEAN:
                    if (inline != null) {
                        taken.add(inline);
                    } else if (i < tokens.size() && !looksLikeOption(tokens.get(i))) {
                        taken.add(tokens.get(i++));
                    } else {
                        taken.add("true");
                    }
                    break;
                case VALUE:
                    if (inline != null) {
                        taken.add(inline);
                    } else if (i < tokens.size() && !looksLikeOption(tokens.get(i))) {
                        taken.add(tokens.get(i++));
                    } else {
                        throw AzError.usage("argument " + param.display() + ": expected one argument");
                    }
                    break;
                default:
                    if (inline != null) {
                        taken.add(inline);
                    }
                    while (i < tokens.size() && !looksLikeOption(tokens.get(i))) {
                        taken.add(tokens.get(i++));
                    }
                    if (taken.isEmpty()) {
                        throw AzError.usage("argument " + param.display() + ": expected at least one argument");
                    }
            }
            taken = checked(prog, param, taken);
            typed.add(new Occurrence(param.dest(), List.copyOf(tokens.subList(first, i)), List.copyOf(taken)));
            if (param.kind() == Param.Kind.APPEND && values.containsKey(param.dest())) {
                List<String> all = new ArrayList<>(values.get(param.dest()));
                all.addAll(taken);
                taken = all;
            }
            values.put(param.dest(), taken);
        }
        Args args = new Args(values, typed);
        if (args.has("help")) {
            return args;
        }
        List<String> missing = new ArrayList<>();
        for (Param p : commandParams) {
            if (p.required() && !values.containsKey(p.dest())) {
                missing.add(p.display());
            }
        }
        if (!missing.isEmpty()) {
            throw AzError.usage("the following arguments are required: " + String.join(", ", missing));
        }
        if (!unrecognized.isEmpty()) {
            throw AzError.usage("unrecognized arguments: " + String.join(" ", unrecognized));
        }
        for (Param p : commandParams) {
            if (p.kind() == Param.Kind.BOOLEAN && values.containsKey(p.dest())) {
                parseBoolean(p, values.get(p.dest()).get(0));
            }
        }
        return args;
    }

    /** The values as the command sees them: an enum's value in its declared spelling; usage errors refused. */
    private static List<String> checked(String prog, Param param, List<String> values) {
        if (param.kind() == Param.Kind.SWITCH || param.kind() == Param.Kind.BOOLEAN) {
            return values;
        }
        List<String> checked = new ArrayList<>();
        for (String value : values) {
            boolean none = value.isEmpty() && param.blank() == Param.Blank.EMPTY_MEANS_NONE;
            if (!param.choices().isEmpty() && !none) {
                checked.add(param.choice(value).orElseThrow(() -> AzError.usage(prog + ": '" + value
                        + "' is not a valid value for '" + param.names().get(0) + "'. Allowed values: "
                        + String.join(", ", param.choices()) + ".")));
                continue;
            }
            if (value.isBlank() && !none && param.blank() != Param.Blank.TYPE_CHECKED) {
                throw AzError.usage("argument " + param.display() + ": expected "
                        + (param.kind() == Param.Kind.VALUE ? "one argument" : "at least one argument"));
            }
            checked.add(value);
        }
        return checked;
    }

    /** argparse's rule: a token starting with '-' is an option unless it is a negative number. */
    private static boolean looksLikeOption(String token) {
        return token.length() > 1 && token.startsWith("-") && !token.matches("-\\d+(\\.\\d+)?");
    }

    /** Whether a command with {@code commandParams} takes {@code option}, spelled out or abbreviated as argparse allows. */
    static boolean knows(List<Param> commandParams, String option) {
        List<Param> params = new ArrayList<>(GLOBAL);
        params.addAll(commandParams);
        Map<String, Param> byName = new HashMap<>();
        for (Param p : params) {
            for (String n : p.names()) {
                byName.put(n, p);
            }
        }
        try {
            return resolve(option, byName, params) != null;
        } catch (AzError ambiguous) {
            return true;
        }
    }

    private static Param resolve(String name, Map<String, Param> byName, List<Param> params) {
        Param exact = byName.get(name);
        if (exact != null || !name.startsWith("--")) {
            return exact;
        }
        List<String> matches = new ArrayList<>();
        java.util.Set<Param> found = new java.util.LinkedHashSet<>();
        for (Param p : params) {
            for (String n : p.names()) {
                if (n.startsWith("--") && n.startsWith(name)) {
                    matches.add(n);
                    found.add(p);
                }
            }
        }
        if (found.size() > 1) {
            throw AzError.usage("ambiguous option: " + name + " could match " + String.join(", ", matches));
        }
        return found.isEmpty() ? null : found.iterator().next();
    }

    static boolean parseBoolean(Param p, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (TRUE.contains(t)) {
            return true;
        }
        if (FALSE.contains(t)) {
            return false;
        }
        throw AzError.usage("argument " + p.display() + ": invalid choice: '" + text
                + "' (choose from '0', '1', 'f', 'false', 'n', 'no', 't', 'true', 'y', 'yes')");
    }

    /**
     * The options as typed, in order, without the {@linkplain #OUTPUT_ONLY output-only} ones: what a journal keeps
     * of a command that changed the state.
     */
    List<String> withoutOutputOptions() {
        List<String> kept = new ArrayList<>();
        for (Occurrence o : typed) {
            if (!OUTPUT_ONLY.contains(o.dest())) {
                kept.addAll(o.tokens());
            }
        }
        return kept;
    }

    /**
     * The tokens as typed, in order, without the options of {@code dests}: the command line a command would have
     * had without them.
     */
    List<String> tokensWithout(java.util.Set<String> dests) {
        List<String> kept = new ArrayList<>();
        for (Occurrence o : typed) {
            if (!dests.contains(o.dest())) {
                kept.addAll(o.tokens());
            }
        }
        return kept;
    }

    /** Each occurrence of the options of {@code dests}, in the order typed: its destination and its values. */
    List<Map.Entry<String, List<String>>> occurrences(java.util.Set<String> dests) {
        List<Map.Entry<String, List<String>>> found = new ArrayList<>();
        for (Occurrence o : typed) {
            if (dests.contains(o.dest())) {
                found.add(Map.entry(o.dest(), o.values()));
            }
        }
        return found;
    }

    boolean has(String dest) {
        return values.containsKey(dest);
    }

    /** The value of a one-value option, if given. */
    Optional<String> value(String dest) {
        List<String> v = values.get(dest);
        return v == null ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    /** The value of a required one-value option. */
    String required(String dest) {
        return value(dest).orElseThrow(() -> new IllegalStateException("no value for " + dest));
    }

    List<String> list(String dest) {
        return values.getOrDefault(dest, List.of());
    }

    /** A three-state boolean: empty when not given. */
    Optional<Boolean> bool(String dest) {
        return value(dest).map(v -> parseBoolean(Param.bool(dest, "--" + dest.replace('_', '-')), v));
    }

    boolean flag(String dest) {
        return values.containsKey(dest);
    }
}
