package io.vnetlab.junit;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.address.Cidr;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Peering;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.render.Tables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** The summary of a test's topology that the extension prints and publishes when the test fails. */
final class Diagnostics {

    private Diagnostics() {
    }

    /**
     * The networks, peerings (with state and sync level), VMs, the picture and reachability matrix, and the verdicts
     * the test evaluated, as the test left them. Example:
     * <pre>
     * Field 'azure' of LearnModuleTest, as the failing test left its fork:
     * Virtual networks (2):
     *   SalesVNet [10.1.0.0/16] northeurope, subnets: Apps 10.1.1.0/24
     *   ...
     * Peerings (1):
     *   SalesVNet/SalesVNet-To-MarketingVNet -> MarketingVNet: Initiated, RemoteNotInSync
     * Virtual machines (2):
     *   SalesVM 10.1.1.4 (SalesVNet/Apps)
     * Picture (Mermaid):
     * ```mermaid
     * flowchart LR
     * ...
     * ```
     * Reachability (any protocol):
     * From \ To    SalesVM    MarketingVM
     * ...
     * Verdicts evaluated by the test (1):
     *   vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps): unreachable
     *   ...
     * </pre>
     */
    static String summary(TestTopologies.Fork fork) {
        TopologyState state = fork.topology().state();
        StringBuilder out = new StringBuilder();
        out.append(fork.field().describe()).append(", as the failing test left its fork:\n");
        out.append("Virtual networks (").append(state.networks().size()).append("):\n");
        for (VirtualNetwork n : state.networks()) {
            out.append("  ").append(n.name()).append(' ').append(n.addressSpace().stream().map(Cidr::toString)
                    .collect(Collectors.joining(", ", "[", "]"))).append(' ').append(n.region().name());
            if (!n.subnets().isEmpty()) {
                out.append(", subnets: ").append(n.subnets().stream().map(s -> s.name() + " " + s.addressPrefix())
                        .collect(Collectors.joining(", ")));
            }
            out.append('\n');
        }
        out.append("Peerings (").append(state.peerings().size()).append("):\n");
        for (Peering p : state.peerings()) {
            out.append("  ").append(p.localNetworkName()).append('/').append(p.name()).append(" -> ")
                    .append(p.remoteNetworkName()).append(": ").append(p.state()).append(", ").append(p.syncLevel())
                    .append('\n');
        }
        out.append("Virtual machines (").append(state.virtualMachines().size()).append("):\n");
        for (VirtualMachine vm : state.virtualMachines()) {
            NetworkInterface nic = state.primaryNetworkInterface(vm);
            out.append("  ").append(vm.name()).append(' ').append(nic.privateIpAddress()).append(" (")
                    .append(nic.networkId().name()).append('/').append(nic.subnetId().name()).append(")\n");
        }
        appendSecurityAndRouting(out, state);   // only when the topology has them
        pictures(fork.topology(), out);   // the topology as a picture, and who reaches whom
        List<Verdict> verdicts = fork.recorder().kept();
        long count = fork.recorder().count();
        out.append("Verdicts evaluated by the test (").append(count).append("):");
        if (count == 0) {
            out.append(" none\n");
        } else {
            out.append('\n');
            for (Verdict v : verdicts) {
                out.append(VerdictRenderer.render(v).strip().lines().map(l -> "  " + l).collect(Collectors.joining("\n")))
                        .append('\n');
            }
            if (count > verdicts.size()) {
                out.append("  ... and ").append(count - verdicts.size()).append(" more\n");
            }
        }
        return out.toString();
    }

    // ---- network security groups and route tables in the summary

    /**
     * The network security groups (their own rules and where they apply) and the route tables (their routes and
     * subnets), each section only when the topology has some:
     * <pre>
     * Network security groups (1):
     *   MarketingNSG on subnet MarketingVNet/Apps: securityRules/deny-ssh-from-sales (Deny Inbound 200)
     * Route tables (1):
     *   Spoke1-rt on subnet Spoke1/Workload: route 'route1' 10.12.0.0/16 -> VirtualAppliance 10.0.1.4
     * </pre>
     */
    private static void appendSecurityAndRouting(StringBuilder out, TopologyState state) {
        Collection<NetworkSecurityGroup> groups = state.all(NetworkSecurityGroup.class);
        if (!groups.isEmpty()) {
            out.append("Network security groups (").append(groups.size()).append("):\n");
            for (NetworkSecurityGroup group : groups) {
                List<String> places = new ArrayList<>();
                for (VirtualNetwork n : state.networks()) {
                    for (Subnet subnet : n.subnets()) {
                        if (subnet.networkSecurityGroup().filter(group.id()::equals).isPresent()) {
                            places.add("subnet " + n.name() + "/" + subnet.name());
                        }
                    }
                }
                for (NetworkInterface nic : state.networkInterfaces()) {
                    if (nic.networkSecurityGroup().filter(group.id()::equals).isPresent()) {
                        places.add("nic " + nic.name());
                    }
                }
                out.append("  ").append(group.name())
                        .append(places.isEmpty() ? " (not associated)" : " on " + String.join(", ", places))
                        .append(": ").append(group.securityRules().isEmpty() ? "default rules only"
                                : group.securityRules().stream().map(SecurityRule::toString)
                                .collect(Collectors.joining(", "))).append('\n');
            }
        }
        Collection<RouteTable> tables = state.all(RouteTable.class);
        if (!tables.isEmpty()) {
            out.append("Route tables (").append(tables.size()).append("):\n");
            for (RouteTable table : tables) {
                List<String> places = new ArrayList<>();
                for (VirtualNetwork n : state.networks()) {
                    for (Subnet subnet : n.subnets()) {
                        if (subnet.routeTable().filter(table.id()::equals).isPresent()) {
                            places.add("subnet " + n.name() + "/" + subnet.name());
                        }
                    }
                }
                out.append("  ").append(table.name())
                        .append(places.isEmpty() ? " (not associated)" : " on " + String.join(", ", places))
                        .append(": ").append(table.routes().isEmpty() ? "no routes"
                                : table.routes().stream().map(Object::toString).collect(Collectors.joining(", ")))
                        .append('\n');
            }
        }
    }

    // ---- pictures in the failure report

    /** Topologies with more networks than this are not drawn: the picture would be unreadable (and Mermaid's
     * default limit on a diagram's text is 50,000 characters). */
    static final int MAX_DRAWN_NETWORKS = 40;
    /** The reachability matrix is shown for at most this many VMs (n x (n - 1) walks after the test). */
    static final int MAX_MATRIX_VMS = 8;

    /**
     * The Mermaid picture of the topology in a Markdown fence (paste it where Markdown renders Mermaid), then, for
     * two to {@value #MAX_MATRIX_VMS} VMs, who reaches whom as a text table. The matrix is computed on the data plane
     * directly, so its walks are not counted among the verdicts the test evaluated. A picture that cannot be drawn
     * says why instead of hiding the test's own failure.
     */
    private static void pictures(io.vnetlab.Topology topology, StringBuilder out) {
        TopologyState state = topology.state();
        try {
            if (state.networks().size() > MAX_DRAWN_NETWORKS) {
                out.append("Picture: not drawn, ").append(state.networks().size()).append(" networks (more than ")
                        .append(MAX_DRAWN_NETWORKS).append(")\n");
            } else {
                out.append("Picture (Mermaid):\n").append(io.vnetlab.diagram.MermaidDiagram.markdown(state));
            }
            int vms = state.virtualMachines().size();
            if (vms >= 2 && vms <= MAX_MATRIX_VMS) {
                io.vnetlab.dataplane.DataPlane plane = topology.dataPlane();
                List<io.vnetlab.dataplane.Endpoint> endpoints = state.virtualMachines().stream()
                        .map(vm -> plane.endpoint(state.primaryNetworkInterface(vm))).collect(Collectors.toList());
                out.append("Reachability (any protocol):\n")
                        .append(Tables.reachability(io.vnetlab.dataplane.ReachabilityMatrix.of(plane, endpoints)));
            }
        } catch (RuntimeException e) {
            out.append("Picture: could not be drawn (").append(e).append(")\n");
        }
    }
}
