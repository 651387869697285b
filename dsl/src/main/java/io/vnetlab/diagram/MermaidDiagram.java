package io.vnetlab.diagram;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.address.Cidr;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PeeringSyncLevel;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A topology as a Mermaid flowchart: one group per region, one node per virtual network with its address space,
 * and one edge per peering — a solid two-way edge for a peering whose both sides exist, labelled with the state
 * and the flags that are on; a dotted one-way edge for a side alone ({@code Initiated} or {@code Disconnected}).
 * Virtual network gateways are hexagons joined to their network, on-premises sites sit in an "On-premises" group,
 * connections are two-way edges labelled with their name and kind, appliances (interfaces with IP forwarding, or
 * the target of a user route) are rounded nodes, and user routes to them dotted edges labelled with the prefixes.
 *
 * <pre>{@code
 * String mermaid = MermaidDiagram.of(topology.state());
 * // flowchart LR
 * //   subgraph northeurope["North Europe"]
 * //     n0["SalesVNet<br/>10.1.0.0/16"]
 * //   ...
 * //   n0 <-->|"Connected<br/>vnet access"| n1
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public final class MermaidDiagram {

    private MermaidDiagram() {
    }

    /** The flowchart text, without the Markdown code fence. */
    public static String of(TopologyState state) {
        Map<ResourceId, String> ids = new HashMap<>();
        Map<String, List<VirtualNetwork>> byRegion = new LinkedHashMap<>();
        Map<String, Region> regions = new HashMap<>();
        int next = 0;
        for (VirtualNetwork network : state.networks()) {
            ids.put(network.id(), "n" + next++);
            byRegion.computeIfAbsent(network.region().name(), k -> new ArrayList<>()).add(network);
            regions.put(network.region().name(), network.region());
        }
        StringBuilder out = new StringBuilder("flowchart LR\n");
        GatewaysAndAppliances extras = new GatewaysAndAppliances(state, ids);
        for (Map.Entry<String, List<VirtualNetwork>> region : byRegion.entrySet()) {
            out.append("  subgraph ").append(region.getKey()).append("[\"")
                    .append(regions.get(region.getKey()).displayName()).append("\"]\n");
            for (VirtualNetwork network : region.getValue()) {
                out.append("    ").append(ids.get(network.id())).append("[\"").append(escape(network.name()))
                        .append("<br/>").append(network.addressSpace().stream().map(Cidr::toString)
                                .collect(Collectors.joining(", "))).append("\"]\n");
            }
            extras.nodesIn(region.getValue(), out);   // gateways and appliances
            out.append("  end\n");
        }
        extras.sites(out);
        Set<ResourceId> drawn = new HashSet<>();
        for (Peering peering : state.peerings()) {
            if (drawn.contains(peering.id())) {
                continue;
            }
            String from = ids.get(peering.localNetworkId());
            String to = ids.get(peering.remoteNetworkId());
            if (to == null) {
                to = "x" + next++;
                out.append("  ").append(to).append("[\"").append(escape(peering.remoteNetworkName()))
                        .append("<br/>(deleted)\"]\n");
            }
            Optional<Peering> back = state.counterpart(peering);
            drawn.add(peering.id());
            if (back.isPresent()) {
                drawn.add(back.get().id());
                out.append("  ").append(from).append(" <-->|\"").append(pairLabel(peering, back.get())).append("\"| ")
                        .append(to).append('\n');
            } else {
                out.append("  ").append(from).append(" -.->|\"").append(sideLabel(peering)).append("\"| ")
                        .append(to).append('\n');
            }
        }
        extras.edges(out);
        return out.toString();
    }

    /** The flowchart inside a Markdown code fence, ready to paste into a README. */
    public static String markdown(TopologyState state) {
        return "```mermaid\n" + of(state) + "```\n";
    }

    private static String pairLabel(Peering forward, Peering back) {
        String state = forward.state() == back.state() ? forward.state().name()
                : forward.state() + " / " + back.state();
        List<String> forwardFlags = flags(forward);
        List<String> backFlags = flags(back);
        String global = forward.global() ? ", global" : "";
        String sync = forward.syncLevel() == PeeringSyncLevel.FullyInSync && back.syncLevel() == PeeringSyncLevel.FullyInSync
                ? "" : "<br/>" + escape(forward.localNetworkName()) + " " + forward.syncLevel() + ", "
                + escape(back.localNetworkName()) + " " + back.syncLevel();
        if (forwardFlags.equals(backFlags)) {
            return state + global + (forwardFlags.isEmpty() ? "" : "<br/>" + String.join(", ", forwardFlags)) + sync;
        }
        return state + global + "<br/>" + escape(forward.localNetworkName()) + ": " + describe(forwardFlags)
                + "<br/>" + escape(back.localNetworkName()) + ": " + describe(backFlags) + sync;
    }

    private static String sideLabel(Peering peering) {
        String note = peering.state() == PeeringState.Initiated ? "Initiated, no way back"
                : peering.state() == PeeringState.Disconnected ? "Disconnected" : peering.state().name();
        List<String> flags = flags(peering);
        return note + (peering.global() ? ", global" : "") + (flags.isEmpty() ? "" : "<br/>" + String.join(", ", flags));
    }

    private static String describe(List<String> flags) {
        return flags.isEmpty() ? "no flags" : String.join(", ", flags);
    }

    private static List<String> flags(Peering p) {
        List<String> flags = new ArrayList<>();
        if (p.allowVirtualNetworkAccess()) {
            flags.add("vnet access");
        }
        if (p.allowForwardedTraffic()) {
            flags.add("forwarded traffic");
        }
        if (p.allowGatewayTransit()) {
            flags.add("gateway transit");
        }
        if (p.useRemoteGateways()) {
            flags.add("remote gateways");
        }
        return flags;
    }

    private static String escape(String text) {
        return text.replace("\"", "#quot;");
    }
}
