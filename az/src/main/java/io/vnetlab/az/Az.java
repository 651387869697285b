package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.Topology;
import io.vnetlab.model.AzureException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The {@code az} command line, offline: runs Azure CLI commands against a simulated topology and answers with what
 * the CLI prints (its JSON, tables, TSV, YAML, {@code --query} results, errors and exit codes).
 *
 * <pre>{@code
 * Az az = Az.create();
 * az.run("group", "create", "-n", "learn-rg", "-l", "northeurope");
 * az.run("network", "vnet", "create", "-g", "learn-rg", "-n", "SalesVNet", "--address-prefixes", "10.1.0.0/16",
 *         "--subnet-name", "Apps", "--subnet-prefixes", "10.1.1.0/24");
 * AzResult r = az.run("network", "vnet", "list", "-o", "table");
 * System.out.print(r.out());
 * }</pre>
 *
 * <p>Each call is one command; it either changes the topology as Azure would, or leaves it as it was and reports
 * the CLI's error. Scripts of many commands run with {@link ScriptRunner}.
 */
@API(status = MAINTAINED, since = "0.1")
public final class Az {

    private final Topology topology;
    private final Registry registry = Registry.standard();
    private VmDetailsBook vmDetails = new VmDetailsBook();
    private final List<List<String>> journal = new ArrayList<>();
    private java.nio.file.Path workingDirectory = java.nio.file.Path.of("");

    private Az(Topology topology) {
        this.topology = topology;
    }

    /** An emulated CLI signed in to a new, empty topology. */
    public static Az create() {
        return new Az(Topology.create());
    }

    /** An emulated CLI working on {@code topology} (a topology built with the Java DSL, say). */
    public static Az on(Topology topology) {
        return new Az(topology);
    }

    /**
     * An independent copy of this CLI: a fork of its topology, with its VM details and journal, so that commands run
     * on the copy change nothing here (the bad-input suite tries each case on a copy of one shared world).
     */
    synchronized Az fork() {
        Az copy = new Az(topology.fork());
        copy.vmDetails = vmDetails.copy();
        copy.journal.addAll(journal);
        return copy;
    }

    /**
     * A CLI holding what a state snapshot kept: the topology, the VM details and the journal (see
     * {@link JournalSnapshot}); every other field of a CLI is made anew, as {@link #create()} makes it.
     */
    static Az restored(Topology topology, java.util.Map<io.vnetlab.model.ResourceId, Session.VmDetails> vmDetails,
                       List<List<String>> journal) {
        Az az = new Az(topology);
        az.vmDetails = VmDetailsBook.of(vmDetails);
        az.journal.addAll(journal);
        return az;
    }

    /** What {@code az vm create} recorded beyond networking, as a snapshot keeps it. */
    java.util.Map<io.vnetlab.model.ResourceId, Session.VmDetails> vmDetails() {
        return vmDetails.saved();
    }

    /**
     * Files the commands name ({@code --template-file}, {@code --parameters @file}) are read relative to
     * {@code directory} instead of this JVM's working directory (the caller's, when a resident server answers).
     */
    Az workingIn(java.nio.file.Path directory) {
        this.workingDirectory = directory;
        return this;
    }

    /** The topology the commands change. */
    public Topology topology() {
        return topology;
    }

    /** The commands that changed the topology, in order, each as its arguments after {@code az}. */
    public List<List<String>> journal() {
        return List.copyOf(journal);
    }

    /** Runs one command, given as the words after {@code az}. */
    public AzResult run(String... args) {
        return run(Arrays.asList(args));
    }

    /** Runs one command, given as the words after {@code az}. */
    public synchronized AzResult run(List<String> args) {
        return answer(args, true);
    }

    /**
     * Re-applies a journaled command: its change only, without the output step, so that a journal entry whose
     * output failed when it was typed (state files written before output options were left out) still replays.
     */
    synchronized AzResult replay(List<String> args) {
        return answer(args, false);
    }

    private AzResult answer(List<String> args, boolean printed) {
        try {
            return execute(List.copyOf(args), printed);
        } catch (AzError e) {
            return new AzResult(e.exitCode(), "", e.stderrText());
        } catch (AzureException e) {
            AzError error = AzError.service(e.code().name(), e.getMessage(), e.httpStatus());
            return new AzResult(error.exitCode(), "", error.stderrText());
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? "The command failed with an unexpected error." : e.getMessage();
            return new AzResult(AzError.FAILURE, "", "ERROR: " + message + "\n");
        }
    }

    private AzResult execute(List<String> args, boolean printed) {
        int i = 0;
        String path = "";
        while (i < args.size() && !args.get(i).startsWith("-")) {
            String next = path.isEmpty() ? args.get(i) : path + " " + args.get(i);
            if (registry.command(next).isPresent()) {
                path = next;
                i++;
                break;
            }
            if (!registry.isGroup(next)) {
                if (Registry.notYet(next).isPresent()) {
                    throw AzError.usage("'az " + next + "' is an Azure CLI command that vnetlab does not emulate: "
                            + Registry.notYet(next).get() + ".");
                }
                if (AzureCliTable.standard().knows(next)) {
                    throw notEmulated(commandWords(args, i, next), path);
                }
                throw AzError.usage("'" + args.get(i) + "' is misspelled or not recognized by the system.");
            }
            path = next;
            i++;
        }
        AzCommand command = registry.command(path).orElse(null);
        if (command == null) {
            if (Registry.notYet(path).isPresent() && !path.isEmpty()) {
                throw AzError.usage("'az " + path + "' is an Azure CLI command that vnetlab does not emulate: "
                        + Registry.notYet(path).get() + ".");
            }
            return new AzResult(0, groupHelp(path), "");
        }
        refuseOptionsNotEmulated(command, args.subList(i, args.size()));
        Args parsed = Args.parse("az " + command.name(), command.params(), args.subList(i, args.size()));
        if (parsed.flag("help")) {
            return new AzResult(0, commandHelp(command), "");
        }
        String format = parsed.value("output").orElse("json");
        Query query = printed ? parsed.value("query").map(Query::compile).orElse(null) : null;
        Session session = new Session(topology, vmDetails, workingDirectory);
        parsed.value("subscription").ifPresent(sub -> session.targetSubscription(AccountCommands.find(session, sub).id()));
        JsonNode result = command.changesState() ? apply(command, session, parsed) : command.run(session, parsed);
        if (command.changesState()) {
            journal.add(journalEntry(path, parsed, session));
        }
        String err = printed ? session.warnings().stream().map(w -> "WARNING: " + w + "\n")
                .collect(java.util.stream.Collectors.joining()) : "";
        if (result == null || !printed) {
            return new AzResult(0, "", err);
        }
        result = Tags.show(result, topology.state());
        if (query != null) {
            result = query.search(result);
            if (result == null || result.isNull()) {
                return new AzResult(0, "", err);
            }
        }
        return new AzResult(0, Output.format(result, format, query != null, command.tableTransformer()), err);
    }

    /**
     * Runs a command that changes the state as one control-plane batch: every resource it makes or changes is
     * committed together when it succeeds, and a refusal at any step (a usage error found while resolving its
     * references, or Azure's error for its third resource) leaves the topology exactly as it was.
     */
    private JsonNode apply(AzCommand command, Session session, Args parsed) {
        var detailsBefore = vmDetails.saved();
        try {
            return topology.batch(batch -> {
                JsonNode result = command.run(session, parsed);
                Tags.record(topology, command, parsed, result);
                return result;
            });
        } catch (RuntimeException refused) {
            vmDetails.restore(detailsBefore);
            throw refused;
        }
    }

    /**
     * What the journal keeps of a command that changed the state: the command and the options that made the
     * change, never the output options, so replaying it cannot fail in a step that changes nothing (as in the Azure
     * CLI, the change stands when only its printing fails: docs/azure/cli-and-network-watcher.md#output-after-change).
     */
    private static List<String> journalEntry(String path, Args parsed, Session session) {
        List<String> entry = new ArrayList<>();
        if (session.journalArgs().isPresent()) {
            entry.addAll(session.journalArgs().get());
            parsed.value("subscription").ifPresent(sub -> entry.addAll(List.of("--subscription", sub)));
        } else {
            entry.addAll(Arrays.asList(path.split(" ")));
            entry.addAll(parsed.withoutOutputOptions());
        }
        return List.copyOf(entry);
    }

    /** The command as typed: {@code first} and the words after it, up to the first option. */
    private static String commandWords(List<String> args, int index, String first) {
        StringBuilder words = new StringBuilder(first);
        for (int j = index + 1; j < args.size() && !args.get(j).startsWith("-"); j++) {
            words.append(' ').append(args.get(j));
        }
        return words.toString();
    }

    /**
     * The answer for a real CLI command vnetlab does not emulate: not the typo message, which would read as a bug in
     * the script (docs/azure/cli-and-network-watcher.md#not-emulated); exit code 2, as for a usage error.
     */
    private static AzError notEmulated(String command, String emulatedGroup) {
        return AzError.usage("'az " + command + "' is an Azure CLI command that vnetlab does not emulate; vnetlab"
                + " emulates the commands that 'az " + (emulatedGroup.isEmpty() ? "" : emulatedGroup + " ")
                + "--help' lists.");
    }

    /** A real option of the command that vnetlab does not take gets the same kind of answer, before parsing. */
    private static void refuseOptionsNotEmulated(AzCommand command, List<String> tokens) {
        for (String token : tokens) {
            if (!token.startsWith("--")) {
                continue;
            }
            String option = token.contains("=") ? token.substring(0, token.indexOf('=')) : token;
            if (!Args.knows(command.params(), option)
                    && AzureCliTable.standard().hasOption(command.name(), option)) {
                throw AzError.usage("argument " + option + ": '" + option + "' is an option of 'az " + command.name()
                        + "' that vnetlab does not emulate; vnetlab emulates the options that 'az " + command.name()
                        + " --help' lists.");
            }
        }
    }

    private String groupHelp(String path) {
        String prefix = path.isEmpty() ? "" : path + " ";
        String commands = registry.commands().keySet().stream().filter(c -> c.startsWith(prefix))
                .map(c -> "    az " + c).collect(Collectors.joining("\n"));
        return "\nGroup\n    az" + (path.isEmpty() ? "" : " " + path) + "\n\nCommands emulated by vnetlab:\n" + commands
                + "\n";
    }

    private static String commandHelp(AzCommand command) {
        StringBuilder out = new StringBuilder("\nCommand\n    az " + command.name() + "\n\nArguments\n");
        for (Param p : command.params()) {
            out.append("    ").append(String.join(" ", p.names())).append(p.required() ? " [Required]" : "")
                    .append('\n');
        }
        out.append("\nGlobal Arguments\n");
        for (Param p : Args.GLOBAL) {
            out.append("    ").append(String.join(" ", p.names())).append('\n');
        }
        return out.toString();
    }
}
