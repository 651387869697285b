package io.vnetlab.avnm;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Blocker;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.EffectiveSecurityRules;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.AdminRule;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.ConfigurationType;
import io.vnetlab.model.MembershipCondition;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.render.Tables;
import io.vnetlab.render.VerdictRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Azure Virtual Network Manager: docs/azure/virtual-network-manager.md. */
class VirtualNetworkManagerTest {

    private static final List<Region> WEST_EUROPE = List.of(Region.WEST_EUROPE);

    /** The reference hub and two spokes, unpeered, with a manager whose group holds both spokes. */
    private static Topology managed() {
        Topology t = withHubVm();
        t.networkManagers().define("avnm").withRegion(Region.WEST_EUROPE).withNewResourceGroup("avnm-rg").create();
        t.networkManagers().group("avnm", "spokes").withStaticMembers("spoke1", "spoke2").create();
        t.networkManagers().connectivity("avnm", "hub-spokes").hubAndSpoke("hub").appliesTo("spokes")
                .withDirectConnectivity().create();
        return t;
    }

    /** The reference hub and spokes with a VM in the hub's default subnet. */
    private static Topology withHubVm() {
        Topology t = ReferenceTopologies.hubAndSpoke();
        t.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("default").create();
        return t;
    }

    private static Verdict tcp(Topology t, String from, String to, int port) {
        return t.evaluate(Flow.from(t.endpoint(from)).to(t.endpoint(to)).on(Protocol.Tcp, port));
    }

    // docs/azure/virtual-network-manager.md#deployments
    @Test
    void a_configuration_changes_nothing_before_it_is_committed() {
        Topology t = managed();
        assertThat(t.peerings().list()).isEmpty();
        assertThat(t.reach("spoke1-vm", "spoke2-vm").reachable()).isFalse();
    }

    // docs/azure/virtual-network-manager.md#hub-and-spoke, #connected-groups
    @Test
    void hub_and_spoke_with_direct_connectivity_makes_spoke_to_spoke_reachable_without_an_appliance() {
        Topology t = managed();
        t.networkManagers().commit("avnm", ConfigurationType.Connectivity, WEST_EUROPE, "hub-spokes");

        assertThat(t.peerings().list("hub")).hasSize(2).allSatisfy(p -> {
            assertThat(p.name()).startsWith("ANM_");
            assertThat(p.state()).isEqualTo(PeeringState.Connected);
        });
        assertThat(t.peerings().list("spoke1")).extracting(Peering::remoteNetworkName).containsExactly("hub");
        assertThat(t.effectiveRoutes("spoke1-vm").routes()).filteredOn(r -> r.nextHopType() == NextHopType.ConnectedGroup)
                .extracting(r -> r.addressPrefix().toString()).containsExactly("10.2.0.0/16");
        Verdict v = t.reach("spoke1-vm", "spoke2-vm");
        assertThat(v.reachable()).isTrue();
        assertThat(VerdictRenderer.render(v)).contains("route 10.2.0.0/16 -> ConnectedGroup (Default), connected"
                + " group of 'hub-spokes'");
        assertThat(t.reach("spoke1-vm", "spoke2-vm").reachable()).isTrue();
        assertThat(t.networkManagers().connectedGroups()).singleElement()
                .satisfies(g -> assertThat(g.networkIds()).hasSize(2));
    }

    // docs/azure/virtual-network-manager.md#deployments
    @Test
    void removing_the_configuration_by_a_later_commit_takes_spoke_to_spoke_away_and_the_managed_peerings() {
        Topology t = managed();
        t.networkManagers().commit("avnm", ConfigurationType.Connectivity, WEST_EUROPE, "hub-spokes");
        AzureException inUse = catchThrowableOfType(AzureException.class,
                () -> t.networkManagers().deleteConnectivity("avnm", "hub-spokes"));
        assertThat(inUse.code()).isEqualTo(AzureErrorCode.NetworkManagerResourceInUse);

        t.networkManagers().commit("avnm", ConfigurationType.Connectivity, WEST_EUROPE);
        t.networkManagers().deleteConnectivity("avnm", "hub-spokes");

        assertThat(t.peerings().list()).isEmpty();
        Verdict v = t.reach("spoke1-vm", "spoke2-vm");
        assertThat(v.reachable()).isFalse();
        assertThat(v.blockers()).extracting(Blocker::kind).containsExactly(Blocker.Kind.NOT_PEERED);
    }

    // docs/azure/virtual-network-manager.md#deployments
    @Test
    void an_edit_after_the_commit_waits_for_the_next_commit() {
        Topology t = managed();
        t.networkManagers().commit("avnm", ConfigurationType.Connectivity, WEST_EUROPE, "hub-spokes");
        t.networkManagers().connectivity("avnm", "hub-spokes").hubAndSpoke("hub").appliesTo("spokes").create();
        assertThat(t.reach("spoke1-vm", "spoke2-vm").reachable()).as("the deployed goal state still has direct"
                + " connectivity").isTrue();
        t.networkManagers().commit("avnm", ConfigurationType.Connectivity, WEST_EUROPE, "hub-spokes");
        assertThat(t.reach("spoke1-vm", "spoke2-vm").reachable()).isFalse();
        assertThat(t.reach("spoke1-vm", "hub-vm").reachable()).as("the hub's managed peerings stay").isTrue();
    }

    // docs/azure/virtual-network-manager.md#deployments
    @Test
    void a_commit_to_another_region_leaves_these_networks_alone() {
        Topology t = managed();
        t.networkManagers().commit("avnm", ConfigurationType.Connectivity, List.of(Region.NORTH_EUROPE), "hub-spokes");
        assertThat(t.peerings().list()).isEmpty();
        assertThat(t.reach("spoke1-vm", "spoke2-vm").reachable()).isFalse();
    }

    // docs/azure/virtual-network-manager.md#conditional-membership
    @Test
    void conditional_members_join_a_deployed_mesh_as_they_come() {
        Topology t = withHubVm();
        t.networkManagers().define("avnm").withRegion(Region.WEST_EUROPE).withNewResourceGroup("avnm-rg").create();
        t.networkManagers().group("avnm", "all-spokes")
                .withCondition("name", MembershipCondition.Operator.like, "spoke*").create();
        t.networkManagers().connectivity("avnm", "mesh").mesh().appliesTo("all-spokes").create();
        t.networkManagers().commit("avnm", ConfigurationType.Connectivity, WEST_EUROPE, "mesh");
        assertThat(t.networkManagers().members("avnm", "all-spokes")).extracting(n -> n.name())
                .containsExactly("spoke1", "spoke2");
        assertThat(t.reach("spoke2-vm", "spoke1-web").reachable()).isTrue();
        assertThat(t.peerings().list()).as("a mesh makes no peering resources").isEmpty();

        t.networks().define("spoke3").withRegion(Region.WEST_EUROPE).withAddressSpace("10.3.0.0/16")
                .withSubnet("app", "10.3.1.0/24").create();
        t.virtualMachines().define("spoke3-vm").withExistingPrimaryNetwork("spoke3").withSubnet("app").create();
        assertThat(t.reach("spoke3-vm", "spoke1-vm").reachable()).isTrue();
        assertThat(t.reach("spoke3-vm", "hub-vm").reachable()).isFalse();
    }

    // docs/azure/virtual-network-manager.md#security-admin-rules
    @Test
    void an_always_allow_admin_rule_overrides_an_nsg_deny() {
        Topology t = meshWithNsgOnSpoke2(false);
        assertThat(tcp(t, "spoke1-vm", "spoke2-vm", 22).reachable()).isFalse();
        adminRule(t, AdminRule.Access.AlwaysAllow);

        Verdict v = tcp(t, "spoke1-vm", "spoke2-vm", 22);
        assertThat(v.reachable()).isTrue();
        assertThat(VerdictRenderer.render(v)).contains("admin rules of 'guardrails' on spoke2, inbound: AlwaysAllow"
                + " by baseline/ssh").doesNotContain("nsg 'spoke2-nsg'");
    }

    // docs/azure/virtual-network-manager.md#security-admin-rules
    @Test
    void a_deny_admin_rule_overrides_an_nsg_allow() {
        Topology t = meshWithNsgOnSpoke2(true);
        assertThat(tcp(t, "spoke1-vm", "spoke2-vm", 22).reachable()).isTrue();
        adminRule(t, AdminRule.Access.Deny);

        Verdict v = tcp(t, "spoke1-vm", "spoke2-vm", 22);
        assertThat(v.reachable()).isFalse();
        assertThat(v.blockers()).extracting(Blocker::kind).contains(Blocker.Kind.ADMIN_RULE_DENIES);
        assertThat(VerdictRenderer.render(v)).contains("Security admin configuration 'guardrails' of network manager"
                + " 'avnm' denies TCP 22 inbound from 10.1.1.4 to 10.2.1.4 in spoke2: baseline/ssh (admin rules are"
                + " evaluated before network security groups).");
        assertThat(tcp(t, "spoke1-vm", "spoke2-vm", 80).reachable()).as("other ports go on to the NSG").isTrue();
    }

    // docs/azure/virtual-network-manager.md#security-admin-rules
    @Test
    void an_allow_admin_rule_leaves_the_decision_to_the_nsg() {
        Topology t = meshWithNsgOnSpoke2(false);
        adminRule(t, AdminRule.Access.Allow);
        assertThat(tcp(t, "spoke1-vm", "spoke2-vm", 22).reachable()).isFalse();
    }

    // docs/azure/virtual-network-manager.md#effective-rules
    @Test
    void ip_flow_verify_names_the_admin_rule_that_decides_before_the_nsg() {
        Topology t = meshWithNsgOnSpoke2(true);
        adminRule(t, AdminRule.Access.Deny);
        assertThat(t.networkWatcher().verifyIpFlow("spoke2-vm", SecurityRuleDirection.Inbound, Protocol.Tcp,
                "10.2.1.4:22", "10.1.1.4:50000")).hasToString("Deny securityAdminRules/baseline/ssh");
        assertThat(t.networkWatcher().verifyIpFlow("spoke2-vm", SecurityRuleDirection.Inbound, Protocol.Tcp,
                "10.2.1.4:80", "10.1.1.4:50000")).as("a port no admin rule matches: the NSG decides")
                .hasToString("Allow securityRules/http");

        Topology denying = meshWithNsgOnSpoke2(false);
        adminRule(denying, AdminRule.Access.AlwaysAllow);
        assertThat(denying.networkWatcher().verifyIpFlow("spoke2-vm", SecurityRuleDirection.Inbound, Protocol.Tcp,
                "10.2.1.4:22", "10.1.1.4:50000")).hasToString("Allow securityAdminRules/baseline/ssh");
    }

    // docs/azure/virtual-network-manager.md#effective-rules
    @Test
    void effective_security_rules_list_the_admin_rules_first() {
        Topology t = meshWithNsgOnSpoke2(false);
        assertThat(t.effectiveSecurityRules("spoke2-vm").adminRules()).as("nothing before the commit").isEmpty();
        adminRule(t, AdminRule.Access.AlwaysAllow);

        EffectiveSecurityRules rules = t.effectiveSecurityRules("spoke2-vm");
        assertThat(rules.adminRules()).singleElement().satisfies(r -> {
            assertThat(r.configurationId().name()).isEqualTo("guardrails");
            assertThat(r.name()).isEqualTo("baseline/ssh");
            assertThat(r.access()).isEqualTo(AdminRule.Access.AlwaysAllow);
            assertThat(r.destinationPortRanges()).containsExactly("22-22");
            assertThat(r.expandedSourceAddressPrefixes()).containsExactly("0.0.0.0/0");
        });
        assertThat(t.effectiveSecurityRules("spoke1-vm").adminRules()).hasSize(1);
        assertThat(Tables.effectiveSecurityRules(rules).lines().skip(2).findFirst()).hasValueSatisfying(row ->
                assertThat(row).startsWith("guardrails").contains("virtual network 'spoke2'", "baseline/ssh",
                        "AlwaysAllow"));
    }

    /** spoke1 and spoke2 in a deployed mesh, an NSG on spoke2/app that allows or denies TCP 22 in, 80 allowed. */
    private static Topology meshWithNsgOnSpoke2(boolean allowSsh) {
        Topology t = ReferenceTopologies.hubAndSpoke();
        t.networkManagers().define("avnm").withRegion(Region.WEST_EUROPE).withNewResourceGroup("avnm-rg").create();
        t.networkManagers().group("avnm", "spokes").withStaticMembers("spoke1", "spoke2").create();
        t.networkManagers().connectivity("avnm", "mesh").mesh().appliesTo("spokes").create();
        t.networkManagers().commit("avnm", ConfigurationType.Connectivity, WEST_EUROPE, "mesh");
        var nsg = t.networkSecurityGroups().define("spoke2-nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("http").allowInbound().toPort(80).withProtocol(Protocol.Tcp).withPriority(200).attach();
        nsg = allowSsh
                ? nsg.defineRule("ssh").allowInbound().toPort(22).withProtocol(Protocol.Tcp).withPriority(100).attach()
                : nsg.defineRule("ssh").denyInbound().toPort(22).withProtocol(Protocol.Tcp).withPriority(100).attach();
        nsg.create();
        t.networkSecurityGroups().associateWithSubnet("spoke2-nsg", "spoke2", "app");
        return t;
    }

    private static void adminRule(Topology t, AdminRule.Access access) {
        t.networkManagers().securityAdmin("avnm", "guardrails");
        t.networkManagers().ruleCollection("avnm", "guardrails", "baseline", "spokes");
        t.networkManagers().adminRule("avnm", "guardrails", "baseline", "ssh").priority(10)
                .direction(SecurityRuleDirection.Inbound).access(access).protocol(Protocol.Tcp).ports("22").create();
        assertThat(tcp(t, "spoke1-vm", "spoke2-vm", 22).blockers()).as("nothing before the commit")
                .noneMatch(b -> b.kind() == Blocker.Kind.ADMIN_RULE_DENIES);
        t.networkManagers().commit("avnm", ConfigurationType.SecurityAdmin, WEST_EUROPE, "guardrails");
    }

    // docs/azure/virtual-network-manager.md#network-groups
    @Test
    void a_static_member_outside_the_scope_is_refused() {
        Topology t = ReferenceTopologies.hubAndSpoke();
        t.networkManagers().define("avnm").withRegion(Region.WEST_EUROPE).withNewResourceGroup("avnm-rg")
                .withScopeSubscriptions("00000000-0000-0000-0000-000000000000").create();
        t.networkManagers().group("avnm", "g").create();
        assertThat(t.networkManagers().members("avnm", "g")).isEmpty();
        AzureException e = catchThrowableOfType(AzureException.class,
                () -> t.networkManagers().connectivity("avnm", "bad")
                .hubAndSpoke("hub").appliesTo("nope").create());
        assertThat(e.code()).isEqualTo(AzureErrorCode.InvalidResourceReference);
    }

    // docs/azure/virtual-network-manager.md#limits
    @Test
    void a_mesh_of_more_than_250_networks_is_refused() {
        Topology t = Topology.create();
        t.networkManagers().define("avnm").withRegion(Region.WEST_EUROPE).withNewResourceGroup("rg").create();
        for (int i = 0; i < 251; i++) {
            t.networks().define("v" + i).withRegion(Region.WEST_EUROPE)
                    .withAddressSpace("10." + (i / 256) + "." + (i % 256) + ".0/24").create();
        }
        t.networkManagers().group("avnm", "all").withCondition("name", MembershipCondition.Operator.like, "v*").create();
        t.networkManagers().connectivity("avnm", "mesh").mesh().appliesTo("all").create();
        AzureException e = catchThrowableOfType(AzureException.class, () -> t.networkManagers().commit("avnm",
                ConfigurationType.Connectivity, WEST_EUROPE, "mesh"));
        assertThat(e.code()).isEqualTo(AzureErrorCode.ConnectedGroupLimitExceeded);
        assertThat(t.networkManagers().deployments("avnm")).isEmpty();
    }

    // docs/azure/virtual-network-manager.md#connected-groups, #limits: the largest mesh Azure allows by default
    @Test
    void a_global_mesh_of_250_networks_is_one_connected_group_without_peerings_and_its_ends_reach_each_other() {
        Topology t = Topology.create();
        List<Region> regions = List.of(Region.WEST_EUROPE, Region.NORTH_EUROPE);
        for (int i = 0; i < 250; i++) {
            t.networks().define("m" + i).withRegion(regions.get(i % 2)).withAddressSpace("10." + i + ".0.0/16")
                    .withSubnet("default", "10." + i + ".0.0/24").create();
        }
        t.virtualMachines().define("first").withExistingPrimaryNetwork("m0").withSubnet("default").create();
        t.virtualMachines().define("last").withExistingPrimaryNetwork("m249").withSubnet("default").create();
        t.networkManagers().define("avnm").withRegion(Region.WEST_EUROPE).withNewResourceGroup("avnm-rg").create();
        t.networkManagers().group("avnm", "all").withCondition("name", MembershipCondition.Operator.like, "m*").create();
        t.networkManagers().connectivity("avnm", "mesh").mesh().appliesTo("all").global().create();
        assertThat(t.reach("first", "last").reachable()).as("nothing before the commit").isFalse();

        t.networkManagers().commit("avnm", ConfigurationType.Connectivity, regions, "mesh");
        assertThat(t.networkManagers().connectedGroups()).singleElement()
                .satisfies(g -> assertThat(g.networkIds()).hasSize(250));
        assertThat(t.peerings().list()).isEmpty();
        assertThat(t.reach("first", "last").reachable()).isTrue();
        assertThat(t.effectiveRoutes("first").routes()).filteredOn(r -> r.nextHopType() == NextHopType.ConnectedGroup)
                .hasSize(249);
    }

    // docs/azure/virtual-network-manager.md#limits
    @Test
    void a_network_in_a_third_connected_group_is_refused_and_the_commit_changes_nothing() {
        Topology t = withHubVm();
        t.networkManagers().define("avnm").withRegion(Region.WEST_EUROPE).withNewResourceGroup("avnm-rg").create();
        t.networkManagers().group("avnm", "spokes").withStaticMembers("spoke1", "spoke2").create();
        for (String mesh : List.of("mesh1", "mesh2", "mesh3")) {
            t.networkManagers().connectivity("avnm", mesh).mesh().appliesTo("spokes").create();
        }
        t.networkManagers().commit("avnm", ConfigurationType.Connectivity, WEST_EUROPE, "mesh1", "mesh2");
        assertThat(t.networkManagers().connectedGroups()).hasSize(2);

        AzureException e = catchThrowableOfType(AzureException.class, () -> t.networkManagers().commit("avnm",
                ConfigurationType.Connectivity, WEST_EUROPE, "mesh1", "mesh2", "mesh3"));
        assertThat(e.code()).isEqualTo(AzureErrorCode.ConnectedGroupLimitExceeded);
        assertThat(e.getMessage()).isEqualTo("Virtual network spoke1 would be in 3 connected groups (of configurations"
                + " mesh1, mesh2, mesh3); a virtual network is in at most 2 connected groups.");
        assertThat(t.networkManagers().connectedGroups()).as("the earlier commit stays").hasSize(2);
    }

    @Test
    void effective_routes_list_connected_group_routes_with_their_source() {
        Topology t = managed();
        t.networkManagers().commit("avnm", ConfigurationType.Connectivity, WEST_EUROPE, "hub-spokes");
        EffectiveRoute route = t.effectiveRoutes("spoke2-vm").routes().stream()
                .filter(r -> r.nextHopType() == NextHopType.ConnectedGroup).findFirst().orElseThrow();
        assertThat(route.addressPrefix().toString()).isEqualTo("10.1.0.0/16");
    }
}
