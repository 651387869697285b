package io.vnetlab.arm.estate;

import java.util.List;
import java.util.Locale;

/**
 * The order in which imported resources are deployed. Exported templates may lack {@code dependsOn} and list
 * resources alphabetically by type, and CLI output has no order at all, so resources are deployed by type, each after
 * the types its references can name: security groups, route tables and sites first, then public IPs, networks,
 * subnets, the resources in subnets, machines, and last what joins two networks (peerings, connections), so that a
 * reference across resource groups or subscriptions finds its target whichever input holds it.
 */
final class DeployOrder {

    /** Types by rank, lower-case; a type not listed (one vnetlab does not simulate, say) deploys first. */
    private static final List<List<String>> RANKS = List.of(
            List.of("microsoft.network/publicipprefixes", "microsoft.network/networksecuritygroups",
                    "microsoft.network/routetables", "microsoft.network/applicationsecuritygroups",
                    "microsoft.network/ipgroups", "microsoft.network/localnetworkgateways",
                    "microsoft.network/firewallpolicies", "microsoft.compute/availabilitysets"),
            List.of("microsoft.network/publicipaddresses", "microsoft.network/networksecuritygroups/securityrules",
                    "microsoft.network/routetables/routes", "microsoft.network/firewallpolicies/rulecollectiongroups"),
            List.of("microsoft.network/natgateways"),
            List.of("microsoft.network/virtualnetworks"),
            List.of("microsoft.network/virtualnetworks/subnets"),
            List.of("microsoft.network/loadbalancers"),
            List.of("microsoft.network/networkinterfaces", "microsoft.network/virtualnetworkgateways",
                    "microsoft.network/azurefirewalls", "microsoft.network/bastionhosts"),
            List.of("microsoft.compute/virtualmachines"),
            List.of("microsoft.network/virtualnetworks/virtualnetworkpeerings", "microsoft.network/connections"));

    /** One past the last rank: network managers and their children, which name networks and groups of them. */
    static final int COUNT = RANKS.size() + 1;

    private DeployOrder() {
    }

    /** The rank of a resource type, from 0 (deployed first) to {@link #COUNT} - 1. */
    static int rank(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.startsWith("microsoft.network/networkmanagers")) {
            return COUNT - 1;
        }
        for (int r = 0; r < RANKS.size(); r++) {
            if (RANKS.get(r).contains(t)) {
                return r;
            }
        }
        return 0;
    }
}
