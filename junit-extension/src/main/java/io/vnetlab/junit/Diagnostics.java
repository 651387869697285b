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
     * The networks, peerings (with state and sync level), VMs, and the verdicts the test evaluated, as the test
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
}
