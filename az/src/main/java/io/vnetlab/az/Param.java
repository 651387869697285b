package io.vnetlab.az;

import java.util.List;

/**
 * One option of a command, as azure-cli declares it: its option strings (the first is the one error messages use
 * first, e.g. {@code --name/-n}), its kind, and whether it is required.
 */
record Param(String dest, List<String> names, Kind kind, boolean required) {

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
        return new Param(dest, List.of(names), Kind.VALUE, false);
    }

    static Param list(String dest, String... names) {
        return new Param(dest, List.of(names), Kind.LIST, false);
    }

    static Param append(String dest, String... names) {
        return new Param(dest, List.of(names), Kind.APPEND, false);
    }

    static Param bool(String dest, String... names) {
        return new Param(dest, List.of(names), Kind.BOOLEAN, false);
    }

    static Param flag(String dest, String... names) {
        return new Param(dest, List.of(names), Kind.SWITCH, false);
    }

    Param mandatory() {
        return new Param(dest, names, kind, true);
    }

    /** {@code --name/-n}: how argparse names the option in messages. */
    String display() {
        return String.join("/", names);
    }
}
