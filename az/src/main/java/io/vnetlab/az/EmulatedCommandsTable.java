package io.vnetlab.az;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The markdown page {@code docs/emulated-commands.md}: every command of the {@link Registry} with the options it
 * takes, generated so that the page cannot drift from the code (a test compares the two).
 */
final class EmulatedCommandsTable {

    private EmulatedCommandsTable() {
    }

    static String markdown(Registry registry) {
        StringBuilder out = new StringBuilder();
        out.append("# Emulated `az` commands\n\n")
                .append("Generated from the `az` module's command registry by `EmulatedCommandsTableTest`; do not edit."
                        + " Regenerate with\n`./mvnw -pl az -am test -Dtest=EmulatedCommandsTableTest"
                        + " -Dsurefire.failIfNoSpecifiedTests=false -Dvnetlab.writeDocs=true`.\n\n")
                .append("A real Azure CLI command or option that is not listed here answers that vnetlab does not"
                        + " emulate it, with exit code 2\n(docs/azure/cli-and-network-watcher.md#not-emulated). Every"
                        + " command also takes the global options `--output/-o`, `--query`,\n`--subscription`,"
                        + " `--debug`, `--verbose`, `--only-show-errors` and `--help/-h`.\n\n")
                .append("| command | options (required ones in bold) |\n|---|---|\n");
        Map<String, AzCommand> sorted = new TreeMap<>(registry.commands());
        sorted.forEach((name, command) -> out.append("| `az ").append(name).append("` | ")
                .append(command.params().stream().map(p -> p.required() ? "**`" + p.display() + "`**"
                        : "`" + p.display() + "`").collect(Collectors.joining(" "))).append(" |\n"));
        out.append("\n").append(sorted.size()).append(" commands.\n");
        return out.toString();
    }
}
