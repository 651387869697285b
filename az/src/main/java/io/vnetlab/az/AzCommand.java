package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One {@code az} command: its name, its options, and what it does. Adding a command is one small class, nested in
 * the class of its CLI group, and one line in {@link Registry}.
 *
 * <pre>{@code
 * // in RouteTableCommands, the class of `az network route-table`
 * static final class Create implements AzCommand {
 *     public String name() { return "network route-table create"; }
 *     public List<Param> params() { return List.of(Param.value("name", "--name", "-n").mandatory(), ...); }
 *     public boolean changesState() { return true; }
 *     public JsonNode run(Session s, Args a) { ... return Shapes.routeTable(...); }
 * }
 * }</pre>
 */
interface AzCommand {

    /** The words after {@code az}, e.g. {@code network vnet peering create}. */
    String name();

    /** The command's own options; the global ones ({@code --output}, {@code --query}, ...) come with every command. */
    List<Param> params();

    /**
     * Whether a successful run changes the simulated state (and so goes into the state file's journal). Such a
     * command runs as one control-plane batch: all it makes is committed together, or nothing if it throws. Its
     * options are checked (required, choices, blank values) before it runs; it resolves its references before it
     * makes anything, so its first error is the one the CLI would report.
     */
    boolean changesState();

    /** Runs the command: the result to print, or {@code null} for none. */
    JsonNode run(Session session, Args args);

    /** The CLI's own table transformer, or {@code null} for knack's generic table. */
    default UnaryOperator<JsonNode> tableTransformer() {
        return null;
    }
}
