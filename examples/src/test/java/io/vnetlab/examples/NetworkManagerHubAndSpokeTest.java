package io.vnetlab.examples;

import io.vnetlab.NetworkManagers;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.AdminRule;
import io.vnetlab.model.ConfigurationType;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.render.VerdictRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hub and two spokes managed by Azure Virtual Network Manager (docs/azure/virtual-network-manager.md): spokes reach
 * each other through a connected group once the configuration is committed, lose it when a later commit leaves it
 * out, and a security admin rule decides before the NSGs.
 */
class NetworkManagerHubAndSpokeTest {

    private static final List<Region> WEST_EUROPE = List.of(Region.WEST_EUROPE);

    private static Verdict ssh(Topology t) {
        return t.evaluate(Flow.from(t.endpoint("spoke1-vm")).to(t.endpoint("spoke2-vm")).on(Protocol.Tcp, 22));
    }

    @Test
    void direct_connectivity_comes_with_the_commit_and_goes_with_the_next_and_admin_rules_come_first() {
        Topology azure = ReferenceTopologies.hubAndSpoke();
        NetworkManagers avnm = azure.networkManagers();
        avnm.define("avnm").withRegion(Region.WEST_EUROPE).withNewResourceGroup("avnm-rg").create();
        avnm.group("avnm", "spokes").withStaticMembers("spoke1", "spoke2").create();
        avnm.connectivity("avnm", "hub-spokes").hubAndSpoke("hub").appliesTo("spokes").withDirectConnectivity()
                .create();
        assertThat(ssh(azure).reachable()).as("a configuration does nothing before its commit").isFalse();

        avnm.commit("avnm", ConfigurationType.Connectivity, WEST_EUROPE, "hub-spokes");
        assertThat(VerdictRenderer.render(ssh(azure))).isEqualTo(""
                + "vm 'spoke1-vm' 10.1.1.4 (spoke1/app) -> vm 'spoke2-vm' 10.2.1.4 (spoke2/app) on TCP/22: reachable\n"
                + "  1. spoke1/app -> spoke2: route 10.2.0.0/16 -> ConnectedGroup (Default), connected group of 'hub-spokes'   ok\n"
                + "  2. spoke2/app -> spoke2-vm: nic 'spoke2-vmVMNic' holds 10.2.1.4                                           delivered\n");

        avnm.securityAdmin("avnm", "guardrails");
        avnm.ruleCollection("avnm", "guardrails", "baseline", "spokes");
        avnm.adminRule("avnm", "guardrails", "baseline", "no-ssh").priority(10)
                .direction(SecurityRuleDirection.Inbound).access(AdminRule.Access.Deny).protocol(Protocol.Tcp)
                .ports("22").create();
        avnm.commit("avnm", ConfigurationType.SecurityAdmin, WEST_EUROPE, "guardrails");
        assertThat(VerdictRenderer.render(ssh(azure))).isEqualTo(""
                + "vm 'spoke1-vm' 10.1.1.4 (spoke1/app) -> vm 'spoke2-vm' 10.2.1.4 (spoke2/app) on TCP/22: unreachable\n"
                + "  1. spoke1/app -> spoke2: route 10.2.0.0/16 -> ConnectedGroup (Default), connected group of 'hub-spokes'   ok\n"
                + "  2. spoke2/app -> spoke2-vm: nic 'spoke2-vmVMNic' holds 10.2.1.4                                           ok\n"
                + "  3. spoke2/app: admin rules of 'guardrails' on spoke2, inbound: Deny by baseline/no-ssh                      BLOCKED\n"
                + "Blocked at hop 3.\n"
                + "Blockers:\n"
                + "  - Security admin configuration 'guardrails' of network manager 'avnm' denies TCP 22 inbound from"
                + " 10.1.1.4 to 10.2.1.4 in spoke2: baseline/no-ssh (admin rules are evaluated before network security"
                + " groups).\n");

        avnm.commit("avnm", ConfigurationType.SecurityAdmin, WEST_EUROPE);
        avnm.commit("avnm", ConfigurationType.Connectivity, WEST_EUROPE);
        assertThat(ssh(azure).reachable()).isFalse();
        assertThat(azure.peerings().list()).isEmpty();
    }
}
