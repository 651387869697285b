package io.vnetlab.render;

import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.dataplane.EffectiveSecurityRule;
import io.vnetlab.dataplane.EffectiveSecurityRules;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.ReachabilityMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The data plane's answers as tables: effective routes and security rules as the CLI prints them, and who reaches
 * whom.
 *
 * <pre>{@code
 * System.out.println(Tables.effectiveRoutes(topology.effectiveRoutes("myVm")));
 * System.out.println(Tables.reachability(topology.reachabilityMatrix()));
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class Tables {

    private Tables() {
    }

    /** As {@code az network nic show-effective-route-table -o table} prints them. */
    public static String effectiveRoutes(EffectiveRouteTable table) {
        List<String[]> rows = new ArrayList<>();
        for (EffectiveRoute r : table.routes()) {
            rows.add(new String[] {r.source().name(), r.state().name(), r.addressPrefix().toString(),
                    r.nextHopType().name(),
                    r.nextHopIpAddresses().stream().map(Object::toString).collect(Collectors.joining(" "))});
        }
        for (io.vnetlab.dataplane.ServiceEndpointRoute r : table.serviceEndpointRoutes()) {
            rows.add(new String[] {r.source().name(), r.state().name(), r.addressPrefixLabel(), r.nextHopType().name(),
                    ""});
        }
        return CliTable.render(List.of("Source", "State", "Address Prefix", "Next Hop Type", "Next Hop IP"), rows);
    }

    /**
     * A gateway's learned or advertised routes as {@code az network vnet-gateway list-learned-routes -o table} prints
     * them: Network, NextHop, Origin, SourcePeer, AsPath, Weight (docs/azure/bgp.md#learned-routes).
     */
    public static String gatewayRoutes(List<io.vnetlab.dataplane.GatewayRoute> routes) {
        List<String[]> rows = new ArrayList<>();
        for (io.vnetlab.dataplane.GatewayRoute r : routes) {
            rows.add(new String[] {r.network().toString(), r.nextHopAddress().map(Object::toString).orElse(""),
                    r.origin().name(), r.sourcePeerAddress().map(Object::toString).orElse(""), r.asPathText(),
                    Integer.toString(r.weight())});
        }
        return CliTable.render(List.of("Network", "NextHop", "Origin", "SourcePeer", "AsPath", "Weight"), rows);
    }

    /**
     * One row per rule, service tags expanded: the security admin rules first, as they are evaluated first, each
     * named by its configuration and associated with its virtual network.
     */
    public static String effectiveSecurityRules(EffectiveSecurityRules rules) {
        List<String[]> rows = new ArrayList<>();
        for (io.vnetlab.dataplane.EffectiveAdminRule r : rules.adminRules()) {
            rows.add(new String[] {r.configurationId().name(), "virtual network '" + r.networkId().name() + "'", r.name(),
                    r.direction().name(), Integer.toString(r.priority()), r.access().name(), r.protocol(),
                    String.join(" ", r.expandedSourceAddressPrefixes()), String.join(" ", r.sourcePortRanges()),
                    String.join(" ", r.expandedDestinationAddressPrefixes()),
                    String.join(" ", r.destinationPortRanges())});
        }
        for (EffectiveSecurityRule r : rules.rules()) {
            rows.add(new String[] {r.networkSecurityGroup(), r.association(), r.name(), r.direction().name(),
                    Integer.toString(r.priority()), r.access().name(), r.protocol(),
                    String.join(" ", r.expandedSourceAddressPrefixes()), String.join(" ", r.sourcePortRanges()),
                    String.join(" ", r.expandedDestinationAddressPrefixes()),
                    String.join(" ", r.destinationPortRanges())});
        }
        return CliTable.render(List.of("NetworkSecurityGroup", "Association", "Name", "Direction", "Priority",
                "Access", "Protocol", "Source", "SourcePorts", "Destination", "DestinationPorts"), rows);
    }

    /** A row per source and a column per destination: {@code yes}, {@code no}, or {@code -} on the diagonal. */
    public static String reachability(ReachabilityMatrix matrix) {
        List<Endpoint> endpoints = matrix.endpoints();
        List<String> headers = new ArrayList<>();
        headers.add("From \\ To");
        endpoints.forEach(e -> headers.add(e.shortName()));
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < endpoints.size(); i++) {
            String[] row = new String[endpoints.size() + 1];
            row[0] = endpoints.get(i).shortName();
            for (int j = 0; j < endpoints.size(); j++) {
                row[j + 1] = i == j ? "-" : matrix.reachable(i, j) ? "yes" : "no";
            }
            rows.add(row);
        }
        return CliTable.render(headers, rows);
    }

    /** The same in Markdown, for a README or a test report: a check mark where traffic gets through. */
    public static String reachabilityMarkdown(ReachabilityMatrix matrix) {
        List<Endpoint> endpoints = matrix.endpoints();
        StringBuilder out = new StringBuilder("| from \\ to |");
        endpoints.forEach(e -> out.append(' ').append(e.shortName()).append(" |"));
        out.append("\n|---|");
        endpoints.forEach(e -> out.append("---|"));
        out.append('\n');
        for (int i = 0; i < endpoints.size(); i++) {
            out.append("| ").append(endpoints.get(i).shortName()).append(" |");
            for (int j = 0; j < endpoints.size(); j++) {
                out.append(' ').append(i == j ? "–" : matrix.reachable(i, j) ? "✅" : "❌").append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }
}
