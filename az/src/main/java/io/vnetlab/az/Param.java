package io.vnetlab.az;

import java.util.List;

/**
 * One option of a command, as azure-cli declares it: its option strings (the first is the one error messages use
 * first, e.g. {@code --name/-n}), its kind, whether it is required, the values it allows when it is an enum
 * ({@code choices}, matched case-insensitively as the CLI's {@code CaseInsensitiveList}; empty for free text), and
 * what a blank value means ({@link Blank}). {@link Args} checks all of that before a command
 * runs.
 *
 * <pre>{@code
 * Param.value("allocation_method", "--allocation-method").choices("Dynamic", "Static")
 * Param.value("nsg", "--nsg").emptyMeansNone()
 * }</pre>
 */
record Param(String dest, List<String> names, Kind kind, boolean required, List<String> choices, Blank blank) {

    /** What a blank value ({@code ""} or only spaces) of the option means. */
    enum Blank {
        /** Refused before the command runs: the value is missing (how the CLI words it when a shell drops it). */
        REFUSED,
        /** {@code ""} asks for none ({@code --nsg ""}); a value of only spaces is refused. */
        EMPTY_MEANS_NONE,
        /** The option's own type check answers for it (a {@code --query} is compiled, blank or not). */
        TYPE_CHECKED
    }

    Param {
        names = List.copyOf(names);
        choices = List.copyOf(choices);
    }

    enum Kind {
        /** One value. */
        VALUE,
        /** One or more values ({@code nargs='+'}), e.g. {@code --address-prefixes 10.0.0.0/16 10.1.0.0/16}. */
        LIST,
        /**
         * A three-state boolean ({@code nargs='?'}): a bare flag means true, or one of 0/1/f/false/n/no/t/true/y/yes
         * (docs/azure/cli-and-network-watcher.md#peering-create).
         */
        BOOLEAN,
        /** A switch with no value, such as {@code --no-wait}. */
        SWITCH,
        /**
         * One or more values, repeatable, every occurrence kept ({@code action='append', nargs='+'}), e.g.
         * {@code --parameters @p.json --parameters vmName=app0}.
         */
        APPEND
    }

    static Param value(String dest, String... names) {
        return new Param(dest, List.of(names), Kind.VALUE, false, List.of(), Blank.REFUSED);
    }

    static Param list(String dest, String... names) {
        return new Param(dest, List.of(names), Kind.LIST, false, List.of(), Blank.REFUSED);
    }

    static Param append(String dest, String... names) {
        return new Param(dest, List.of(names), Kind.APPEND, false, List.of(), Blank.REFUSED);
    }

    static Param bool(String dest, String... names) {
        return new Param(dest, List.of(names), Kind.BOOLEAN, false, List.of(), Blank.REFUSED);
    }

    static Param flag(String dest, String... names) {
        return new Param(dest, List.of(names), Kind.SWITCH, false, List.of(), Blank.REFUSED);
    }

    Param mandatory() {
        return new Param(dest, names, kind, true, choices, blank);
    }

    /** An enum option: only these values, in the order the CLI lists them in its error. */
    Param choices(String... allowed) {
        return new Param(dest, names, kind, required, List.of(allowed), blank);
    }

    /**
     * An option whose empty value is a request for none ({@code --nsg ""}, {@code --tags ""}), as the CLI documents
     * it; every other option refuses a blank value.
     */
    Param emptyMeansNone() {
        return new Param(dest, names, kind, required, choices, Blank.EMPTY_MEANS_NONE);
    }

    /** An option whose own type check (a parser, a compiler) answers for blank values too. */
    Param typeChecked() {
        return new Param(dest, names, kind, required, choices, Blank.TYPE_CHECKED);
    }

    /** The allowed value matching {@code value} case-insensitively, if this option is an enum and allows it. */
    java.util.Optional<String> choice(String value) {
        return choices.stream().filter(c -> c.equalsIgnoreCase(value)).findFirst();
    }

    /** {@code --name/-n}: how argparse names the option in messages. */
    String display() {
        return String.join("/", names);
    }
}
