package io.vnetlab.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * Deterministic {@code az} scripts of a given length, for measuring how replay time grows with a script: a resource
 * group and a hub, then one block per spoke (its network, {@value #VMS_PER_SPOKE} VMs, a peering each way and a
 * look at the hub's peering state), cut off after exactly the number of commands asked for. Each block costs the
 * same on an empty or a full subscription, so replay time should grow in proportion to the length.
 */
public final class AzScriptGenerator {

    static final int VMS_PER_SPOKE = 16;

    /** The most commands a script can have: 500 spokes, Azure's limit of peerings on the hub. */
    public static final int MAX_COMMANDS = 2 + 500 * (VMS_PER_SPOKE + 4);

    private AzScriptGenerator() {
    }

    /** A script of exactly {@code commands} {@code az} commands, one per line; every one succeeds. */
    public static String hubAndSpokeScript(int commands) {
        if (commands < 2 || commands > MAX_COMMANDS) {
            throw new IllegalArgumentException("A script has 2 to " + MAX_COMMANDS + " commands, not " + commands + ".");
        }
        List<String> lines = new ArrayList<>();
        lines.add("az group create -n rg -l westeurope");
        lines.add("az network vnet create -g rg -n hub --address-prefixes 10.0.0.0/16 --subnet-name default"
                + " --subnet-prefixes 10.0.0.0/24");
        for (int i = 0; lines.size() < commands; i++) {
            String spoke = TopologyGenerator.spokeName(i);
            String prefix = TopologyGenerator.spokePrefix(i);
            lines.add("az network vnet create -g rg -n " + spoke + " --address-prefixes " + prefix
                    + " --subnet-name default --subnet-prefixes " + prefix);
            for (int v = 0; v < VMS_PER_SPOKE; v++) {
                lines.add("az vm create -g rg -n " + spoke + "-vm" + v + " --vnet-name " + spoke
                        + " --subnet default --image Ubuntu2204 --public-ip-address ''");
            }
            lines.add("az network vnet peering create -g rg -n " + spoke + "-to-hub --vnet-name " + spoke
                    + " --remote-vnet hub --allow-vnet-access");
            lines.add("az network vnet peering create -g rg -n hub-to-" + spoke + " --vnet-name hub --remote-vnet "
                    + spoke + " --allow-vnet-access");
            lines.add("az network vnet peering show -g rg -n hub-to-" + spoke + " --vnet-name hub"
                    + " --query peeringState -o tsv");
        }
        return String.join("\n", lines.subList(0, commands)) + "\n";
    }
}
