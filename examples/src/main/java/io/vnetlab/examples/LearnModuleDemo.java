package io.vnetlab.examples;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.ReachabilityMatrix;
import io.vnetlab.diagram.MermaidDiagram;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.model.Peering;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.render.Tables;

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

    /**
     * Prints the replay; with one argument, a file name, also writes the picture and the reachability matrix to that
     * file as Markdown, to open in a viewer that renders Mermaid.
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length > 1) {
            System.err.println("usage: ./vnetlab demo [FILE.md]");
            System.exit(2);
        }
        print(System.out);
        if (args.length == 1) {
            java.nio.file.Path file = java.nio.file.Path.of(args[0]);
            writeMarkdown(file);
            System.out.println();
            System.out.println("Wrote the picture and the reachability matrix to " + file
                    + " (open it where Markdown renders Mermaid: GitHub, VS Code's preview, ...).");
        }
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
            out.println(Tables.effectiveRoutes(azure.effectiveRoutes(vm.name())));
        }
        out.println("== Unit 5: who can reach whom (SSH between the VMs' private addresses)");
        ReachabilityMatrix matrix = azure.reachabilityMatrix();
        out.println(Tables.reachability(matrix));
        out.println("Why the blocked pairs are blocked:");
        out.println();
        for (Verdict verdict : matrix.blocked()) {
            out.println(VerdictRenderer.render(verdict));
        }
        out.println("== The topology as a picture (Mermaid; paste it into any Markdown viewer that renders Mermaid)");
        out.println();
        out.print(MermaidDiagram.markdown(azure.state()));
        out.println();
        out.println("To see it drawn: ./vnetlab demo learn-module.md writes it, with the matrix, to a Markdown file.");
    }

    // ---- the demo's Markdown file

    /** The Learn module after unit 4, as Markdown: its Mermaid picture, then who reaches whom. */
    static String markdown() {
        Topology azure = LearnModule.peered();
        return "# The Microsoft Learn peering module, replayed offline by vnetlab\n\n"
                + "Distribute your services across Azure virtual networks and integrate them by using virtual network"
                + " peering: the topology after unit 4.\n\n"
                + MermaidDiagram.markdown(azure.state())
                + "\n## Who reaches whom (unit 5)\n\n"
                + Tables.reachabilityMarkdown(azure.reachabilityMatrix())
                + "\nPeering is not transitive: SalesVNet and ResearchVNet are both peered with MarketingVNet, and that"
                + " gives them no path to each other.\n";
    }

    /** Writes {@link #markdown()} to {@code file}, making its folder if needed. */
    static void writeMarkdown(java.nio.file.Path file) throws java.io.IOException {
        java.nio.file.Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        java.nio.file.Files.writeString(file, markdown(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void step(PrintStream out, Peering created, Topology azure) {
        Peering counterpart = azure.state().counterpart(created).orElse(null);
        out.println("  created " + created.localNetworkName() + "/" + created.name() + ": " + created.state()
                + (counterpart == null ? "" : "  (" + counterpart.name() + " is now " + counterpart.state() + ")"));
    }
}
