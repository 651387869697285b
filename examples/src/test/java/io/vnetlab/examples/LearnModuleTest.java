package io.vnetlab.examples;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.render.HopText;
import io.vnetlab.Topology;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.ReachabilityMatrix;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.junit.AzureResource;
import io.vnetlab.junit.TestTopology;
import io.vnetlab.junit.TopologyView;
import io.vnetlab.junit.VnetlabTest;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.SecurityRuleDirection;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Microsoft Learn peering module, units 3–5 (docs/azure/learn-module.md), asserted as Microsoft documents it: the
 * peering states after each of the four creates, the private addresses, each NIC's effective routes as unit 4
 * shows them (plus 172.16.0.0/12 -> None, as docs/azure/decisions.md#route-172-16 decides), and the 3x3 SSH matrix of
 * unit 5.
 *
 * <p>Written on the vnetlab JUnit extension: the peered topology is built once for the class, and each test
 * receives its own fork of it, so a test that changes it never disturbs another.
 */
@VnetlabTest
class LearnModuleTest {

    /** Units 3 and 4: the networks, the VMs and the four peerings; built once, forked for each test. */
    @TestTopology
    static Topology peered = LearnModule.peered();

    /** The module's resources by name: {@code salesVmVmNic()} is the network interface {@code SalesVMVMNic}. */
    @TopologyView
    interface LearnModuleView {
        Topology topology();

        NetworkInterface salesVmVmNic();

        @AzureResource("MarketingVNet/MarketingVNet-To-ResearchVNet")
        Peering marketingToResearch();
    }

    /** Unit 3: the three networks and their VMs, not yet peered; built again for each test. */
    @Nested
    class BeforePeering {

        @TestTopology
        Topology azure = LearnModule.networksAndVms();

        // docs/azure/learn-module.md#unit-5
        @Test
        void each_vm_is_the_first_nic_of_its_subnet_and_gets_dot_4(
                @AzureResource("SalesVMVMNic") NetworkInterface sales,
                @AzureResource("MarketingVMVMNic") NetworkInterface marketing,
                @AzureResource("ResearchVMVMNic") NetworkInterface research) {
            assertThat(sales.privateIpAddress()).hasToString("10.1.1.4");
            assertThat(marketing.privateIpAddress()).hasToString("10.2.1.4");
            assertThat(research.privateIpAddress()).hasToString("10.3.1.4");
        }

        // docs/azure/learn-module.md#unit-4
        @Test
        void peering_states_after_each_of_the_four_creates() {
            azure.peer("SalesVNet").to("MarketingVNet").create();
            assertThat(states(azure)).containsExactly("SalesVNet-To-MarketingVNet Initiated");

            azure.peer("MarketingVNet").to("SalesVNet").create();
            assertThat(states(azure)).containsExactly("SalesVNet-To-MarketingVNet Connected",
                    "MarketingVNet-To-SalesVNet Connected");

            azure.peer("MarketingVNet").to("ResearchVNet").create();
            assertThat(states(azure)).containsExactly("SalesVNet-To-MarketingVNet Connected",
                    "MarketingVNet-To-SalesVNet Connected", "MarketingVNet-To-ResearchVNet Initiated");

            azure.peer("ResearchVNet").to("MarketingVNet").create();
            assertThat(states(azure)).containsExactly("SalesVNet-To-MarketingVNet Connected",
                    "MarketingVNet-To-SalesVNet Connected", "MarketingVNet-To-ResearchVNet Connected",
                    "ResearchVNet-To-MarketingVNet Connected");
            assertThat(azure.peerings().list("MarketingVNet")).hasSize(2).allMatch(Peering::isConnected);
            assertThat(azure.peering("MarketingVNet", "MarketingVNet-To-ResearchVNet").global()).isTrue();
            assertThat(azure.peering("MarketingVNet", "MarketingVNet-To-SalesVNet").global()).isFalse();
        }
    }

    // docs/azure/learn-module.md#unit-4
    @Test
    void effective_routes_of_the_three_nics_are_those_of_unit_4(Topology azure) {
        assertThat(routes(azure, "SalesVMVMNic")).containsExactly(
                "Default Active 10.1.0.0/16 VnetLocal",
                "Default Active 10.2.0.0/16 VNetPeering",
                "Default Active 0.0.0.0/0 Internet",
                "Default Active 10.0.0.0/8 None",
                "Default Active 100.64.0.0/10 None",
                "Default Active 172.16.0.0/12 None",
                "Default Active 192.168.0.0/16 None");
        assertThat(routes(azure, "MarketingVMVMNic")).containsExactly(
                "Default Active 10.2.0.0/16 VnetLocal",
                "Default Active 10.1.0.0/16 VNetPeering",
                "Default Active 0.0.0.0/0 Internet",
                "Default Active 10.0.0.0/8 None",
                "Default Active 100.64.0.0/10 None",
                "Default Active 172.16.0.0/12 None",
                "Default Active 192.168.0.0/16 None",
                "Default Active 10.3.0.0/16 VNetGlobalPeering");
        assertThat(routes(azure, "ResearchVMVMNic")).containsExactly(
                "Default Active 10.3.0.0/16 VnetLocal",
                "Default Active 0.0.0.0/0 Internet",
                "Default Active 10.0.0.0/8 None",
                "Default Active 100.64.0.0/10 None",
                "Default Active 172.16.0.0/12 None",
                "Default Active 192.168.0.0/16 None",
                "Default Active 10.2.0.0/16 VNetGlobalPeering");
    }

    // docs/azure/learn-module.md#unit-5
    @Test
    void the_ssh_matrix_of_unit_5_peering_is_not_transitive(Topology azure) {
        ReachabilityMatrix matrix = azure.reachabilityMatrix();
        assertThat(Tables.reachability(matrix)).isEqualTo(String.join("\n",
                "From \\ To    SalesVM    MarketingVM    ResearchVM",
                "-----------  ---------  -------------  ------------",
                "SalesVM      -          yes            no",
                "MarketingVM  yes        -              yes",
                "ResearchVM   no         yes            -",
                ""));
    }

    // docs/azure/learn-module.md#why-sales-cannot-reach-research
    @Test
    void sales_to_research_is_dropped_by_the_None_route_because_peering_is_not_transitive(
            Topology azure, @AzureResource("SalesVM") Endpoint sales, @AzureResource("ResearchVM") Endpoint research) {
        assertThat(VerdictRenderer.render(azure.evaluate(Flow.from(sales).to(research)))).isEqualTo(
                "vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'ResearchVM' 10.3.1.4 (ResearchVNet/Data): unreachable\n"
                + "  1. SalesVNet/Apps: route 10.0.0.0/8 -> None (Default)   BLOCKED\n"
                + "Blocked at hop 1.\n"
                + "Blockers:\n"
                + "  - SalesVNet and ResearchVNet are not peered. Peering is not transitive: both are peered with"
                + " MarketingVNet, but that gives them no path to each other.\n"
                + "To fix, either peer SalesVNet with ResearchVNet directly (a peering in each direction), or route"
                + " 10.3.0.0/16 from SalesVNet through a network virtual appliance in MarketingVNet (a route table with"
                + " next hop VirtualAppliance, IP forwarding on the appliance's network interface, and"
                + " allowForwardedTraffic on the peerings of SalesVNet and ResearchVNet to MarketingVNet).\n");
    }

    // docs/azure/peering.md#peering-state
    @Test
    void a_test_that_deletes_a_peering_changes_only_its_own_fork(LearnModuleView learn) {
        learn.topology().peerings().delete("ResearchVNet", "ResearchVNet-To-MarketingVNet");
        assertThat(learn.marketingToResearch().state()).isEqualTo(PeeringState.Disconnected);
        assertThat(learn.topology().reach("MarketingVM", "ResearchVM").reachable()).isFalse();
        assertThat(peered.peering("MarketingVNet", "MarketingVNet-To-ResearchVNet").state())
                .isEqualTo(PeeringState.Connected);
        assertThat(learn.salesVmVmNic().privateIpAddress()).hasToString("10.1.1.4");
    }

    @Test
    void the_demo_prints_the_peering_tables_the_routes_and_the_explanations() {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        LearnModuleDemo.print(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        String out = bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(out).contains("created SalesVNet/SalesVNet-To-MarketingVNet: Initiated")
                .contains("$ az network vnet peering list --resource-group learn-rg --vnet-name MarketingVNet --output table")
                .contains("Default   Active   10.3.0.0/16       VNetGlobalPeering")
                .contains("SalesVM      -          yes            no")
                .contains("vm 'ResearchVM' 10.3.1.4 (ResearchVNet/Data) -> vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps): unreachable");
    }

    private static List<String> states(Topology azure) {
        return azure.peerings().list().stream().map(p -> p.name() + " " + p.state()).collect(Collectors.toList());
    }

    private static List<String> routes(Topology azure, String nic) {
        return azure.effectiveRoutes(nic).routes().stream().map(LearnModuleTest::row).collect(Collectors.toList());
    }

    private static String row(EffectiveRoute r) {
        return r.source() + " " + r.state() + " " + r.addressPrefix() + " " + r.nextHopType();
    }

    @Test
    void the_java_dsl_expresses_the_whole_module_in_a_dozen_lines() {
        Topology azure = Topology.create();
        azure.networks().define("SalesVNet").withRegion("northeurope").withAddressSpace("10.1.0.0/16").withSubnet("Apps", "10.1.1.0/24").create();
        azure.networks().define("MarketingVNet").withRegion("northeurope").withAddressSpace("10.2.0.0/16").withSubnet("Apps", "10.2.1.0/24").create();
        azure.networks().define("ResearchVNet").withRegion("westeurope").withAddressSpace("10.3.0.0/16").withSubnet("Data", "10.3.1.0/24").create();
        azure.virtualMachines().define("SalesVM").withExistingPrimaryNetwork("SalesVNet").withSubnet("Apps").create();
        azure.virtualMachines().define("MarketingVM").withExistingPrimaryNetwork("MarketingVNet").withSubnet("Apps").create();
        azure.virtualMachines().define("ResearchVM").withExistingPrimaryNetwork("ResearchVNet").withSubnet("Data").create();
        azure.peer("SalesVNet").with("MarketingVNet").create();
        azure.peer("MarketingVNet").with("ResearchVNet").create();

        assertThat(azure.reach("SalesVM", "MarketingVM").reachable()).isTrue();
        assertThat(azure.reach("SalesVM", "ResearchVM").reachable()).isFalse();
        assertThat(azure.peerings().list()).extracting(Peering::state).containsOnly(PeeringState.Connected);
    }

    // ---- the module as az vm create builds it: NSGs on every NIC

    private static final String SSH_MATRIX = String.join("\n",
            "From \\ To    SalesVM    MarketingVM    ResearchVM",
            "-----------  ---------  -------------  ------------",
            "SalesVM      -          yes            no",
            "MarketingVM  yes        -              yes",
            "ResearchVM   no         yes            -",
            "");

    // docs/azure/learn-module.md#why-sales-cannot-reach-research
    @Test
    void with_az_vm_create_s_nsgs_the_ssh_matrix_is_the_same_as_without() {
        Topology azure = LearnModule.peeredWithAzCliDefaults();
        assertThat(azure.networkSecurityGroups().list()).extracting(g -> g.name())
                .containsExactly("SalesVMNSG", "MarketingVMNSG", "ResearchVMNSG");
        assertThat(Tables.reachability(azure.reachabilityMatrix(Protocol.Tcp, 22))).isEqualTo(SSH_MATRIX)
                .isEqualTo(Tables.reachability(LearnModule.peered().reachabilityMatrix(Protocol.Tcp, 22)));
        assertThat(azure.evaluate(Flow.from(azure.endpoint("SalesVM")).to(azure.endpoint("MarketingVM"))
                .on(Protocol.Tcp, 22)).hops()).extracting(HopText::decision).containsExactly(
                "nsg 'SalesVMNSG' on nic 'SalesVMVMNic', outbound: allowed by defaultSecurityRules/AllowVnetOutBound",
                "route 10.2.0.0/16 -> VNetPeering (Default), peering 'SalesVNet-To-MarketingVNet' Connected",
                "nic 'MarketingVMVMNic' holds 10.2.1.4",
                "nsg 'MarketingVMNSG' on nic 'MarketingVMVMNic', inbound: allowed by securityRules/default-allow-ssh");
    }

    // docs/azure/learn-module.md#why-sales-cannot-reach-research
    @Test
    void without_vnet_access_on_sales_and_marketing_ssh_is_blocked_by_DenyAllOutBound() {
        Topology azure = LearnModule.peeredWithAzCliDefaults();
        azure.peerings().update("SalesVNet", "SalesVNet-To-MarketingVNet").allowVirtualNetworkAccess(false).apply();
        azure.peerings().update("MarketingVNet", "MarketingVNet-To-SalesVNet").allowVirtualNetworkAccess(false).apply();
        assertThat(Tables.reachability(azure.reachabilityMatrix(Protocol.Tcp, 22))).isEqualTo(String.join("\n",
                "From \\ To    SalesVM    MarketingVM    ResearchVM",
                "-----------  ---------  -------------  ------------",
                "SalesVM      -          no             no",
                "MarketingVM  no         -              yes",
                "ResearchVM   no         yes            -",
                ""));
        Verdict ssh = azure.evaluate(Flow.from(azure.endpoint("SalesVM")).to(azure.endpoint("MarketingVM"))
                .on(Protocol.Tcp, 22));
        assertThat(VerdictRenderer.render(ssh)).isEqualTo(
                "vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps) on TCP/22:"
                + " unreachable\n"
                + "  1. SalesVNet/Apps: nsg 'SalesVMNSG' on nic 'SalesVMVMNic', outbound:"
                + " defaultSecurityRules/DenyAllOutBound   BLOCKED\n"
                + "Blocked at hop 1.\n"
                + "Blockers:\n"
                + "  - Network security group 'SalesVMNSG' on nic 'SalesVMVMNic' denies TCP 22 outbound from 10.1.1.4 to"
                + " 10.2.1.4: defaultSecurityRules/DenyAllOutBound.\n"
                + "  - allowVirtualNetworkAccess is off on peering 'SalesVNet/SalesVNet-To-MarketingVNet', so"
                + " MarketingVNet (10.2.0.0/16) is not in SalesVNet's VirtualNetwork service tag and"
                + " defaultSecurityRules/AllowVnetOutBound does not match it.\n"
                + "To fix, either set allowVirtualNetworkAccess on peering 'SalesVNet/SalesVNet-To-MarketingVNet', or"
                + " add an outbound security rule to nsg 'SalesVMNSG' that allows TCP 22 from 10.1.1.4 to 10.2.1.4"
                + " (any priority from 100 to 4096 comes before the default rules).\n");
        assertThat(azure.networkWatcher().verifyIpFlow("SalesVM", SecurityRuleDirection.Outbound, Protocol.Tcp,
                "10.1.1.4:50000", "10.2.1.4:22")).hasToString("Deny defaultSecurityRules/DenyAllOutBound");
    }

    // docs/azure/learn-module.md#unit-5
    @Test
    void ssh_from_cloud_shell_reaches_each_vm_through_its_public_ip() {
        Topology azure = LearnModule.peeredWithAzCliDefaults();
        for (String vm : List.of("SalesVM", "MarketingVM", "ResearchVM")) {
            Verdict v = azure.evaluate(Flow.from(Endpoint.address("203.0.113.77")).to(azure.endpoint(vm))
                    .on(Protocol.Tcp, 22));
            assertThat(v.reachable()).as(vm).isTrue();
        }
    }
}
