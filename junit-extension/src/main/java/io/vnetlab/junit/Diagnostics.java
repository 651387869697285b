package io.vnetlab.junit;

import io.vnetlab.TopologyState;
import io.vnetlab.address.Cidr;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;
import java.util.stream.Collectors;

/** The summary of a test's topology that the extension publishes when the test fails. */
final class Diagnostics {

    private Diagnostics() {
    }

    /**
     * The networks, peerings (with state and sync level), VMs, the picture and reachability matrix (issue 8), and the verdicts the test evaluated, as the test
     * left them. Example:
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
        pictures(fork.topology(), out);   // issue 8: the topology as a picture, and who reaches whom
        List<Verdict> verdicts = fork.recorder().kept();
        long count = fork.recorder().count();
        out.append("Verdicts evaluated by the test (").append(count).append("):");
        if (count == 0) {
            out.append(" none\n");
        } else {
            out.append('\n');
            for (Verdict v : verdicts) {
                out.append(v.toString().strip().lines().map(l -> "  " + l).collect(Collectors.joining("\n")))
                        .append('\n');
            }
            if (count > verdicts.size()) {
                out.append("  ... and ").append(count - verdicts.size()).append(" more\n");
            }
        }
        return out.toString();
    }

    // ---- pictures in the failure report (issue 8)

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
                        .append(io.vnetlab.dataplane.ReachabilityMatrix.of(plane, endpoints).toTable());
            }
        } catch (RuntimeException e) {
            out.append("Picture: could not be drawn (").append(e).append(")\n");
        }
    }
    // ---- end pictures in the failure report (issue 8)
}
