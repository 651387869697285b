package io.vnetlab.examples;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.ReachabilityMatrix;
import io.vnetlab.diagram.MermaidDiagram;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.Peering;
import io.vnetlab.model.VirtualMachine;

import java.io.PrintStream;

/**
 * The README's main job: replays the Learn module offline and prints what Azure would show — each peering's state
 * as it is created, {@code az network vnet peering list -o table} for each network, each VM's effective routes
 * ({@code az network nic show-effective-route-table -o table}), and the reachability matrix of unit 5 with the
 * explanation of every blocked pair.
 */
public final class LearnModuleDemo {

    private LearnModuleDemo() {
    }

    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        out.println("Microsoft Learn: Distribute your services across Azure virtual networks and integrate them by");
        out.println("using virtual network peering -- replayed offline by vnetlab.");
        out.println();
        out.println("== Unit 3: three virtual networks in two regions, one VM in each");
        Topology azure = LearnModule.networksAndVms();
        azure.networks().list().forEach(n -> out.println("  " + n.name() + "  " + n.addressSpace() + "  "
                + n.region().displayName() + "  subnet " + n.subnets().get(0).name() + " " + n.subnets().get(0).addressPrefix()));
        for (VirtualMachine vm : azure.virtualMachines().list()) {
            out.println("  " + azure.endpoint(vm));
        }
        out.println();
        out.println("== Unit 4: four peerings, created one by one (the CLI creates one direction per call)");
        step(out, azure.peer("SalesVNet").to("MarketingVNet").create(), azure);
        step(out, azure.peer("MarketingVNet").to("SalesVNet").create(), azure);
        step(out, azure.peer("MarketingVNet").to("ResearchVNet").create(), azure);
        step(out, azure.peer("ResearchVNet").to("MarketingVNet").create(), azure);
        out.println();
        for (String network : new String[]{"SalesVNet", "ResearchVNet", "MarketingVNet"}) {
            out.println("$ az network vnet peering list --resource-group " + LearnModule.RESOURCE_GROUP
                    + " --vnet-name " + network + " --output table");
            out.println(PeeringTable.render(azure.peerings().list(network)));
        }
        for (VirtualMachine vm : azure.virtualMachines().list()) {
            out.println("$ az network nic show-effective-route-table --resource-group " + LearnModule.RESOURCE_GROUP
                    + " --name " + vm.name() + "VMNic --output table");
            out.println(azure.effectiveRoutes(vm.name()).toTable());
        }
        out.println("== Unit 5: who can reach whom (SSH between the VMs' private addresses)");
        ReachabilityMatrix matrix = azure.reachabilityMatrix();
        out.println(matrix.toTable());
        out.println("Why the blocked pairs are blocked:");
        out.println();
        for (Verdict verdict : matrix.blocked()) {
            out.println(verdict);
        }
        out.println("== The topology as a picture (Mermaid; paste it into any Markdown viewer that renders Mermaid)");
        out.println();
        out.print(MermaidDiagram.markdown(azure.state()));
    }

    private static void step(PrintStream out, Peering created, Topology azure) {
        Peering counterpart = azure.state().counterpart(created).orElse(null);
        out.println("  created " + created.localNetworkName() + "/" + created.name() + ": " + created.state()
                + (counterpart == null ? "" : "  (" + counterpart.name() + " is now " + counterpart.state() + ")"));
    }
}
