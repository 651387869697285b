package io.vnetlab.junit;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a test fails, the extension prints its topology's summary with the test (standard output, which build tools
 * keep with the test) and publishes it as a report entry (JUnit's ExtensionContext.publishReportEntry).
 */
class ReportTest {

    @Test
    void a_failing_test_publishes_networks_peerings_vms_and_the_verdicts_it_evaluated() {
        EngineExecutionResults results = Fixtures.run(ReportFixture.class);

        List<Map<String, String>> reports = Fixtures.reports(results.testEvents(), "fails_after");
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0)).containsOnlyKeys("vnetlab.topology.azure");
        assertThat(reports.get(0).get("vnetlab.topology.azure")).isEqualTo("""
                Field 'azure' of ReportFixture, as the failing test left its fork:
                Virtual networks (3):
                  SalesVNet [10.1.0.0/16] northeurope, subnets: Apps 10.1.1.0/24
                  MarketingVNet [10.2.0.0/16] northeurope, subnets: Apps 10.2.1.0/24
                  ResearchVNet [10.3.0.0/16] westeurope, subnets: Data 10.3.1.0/24
                Peerings (3):
                  SalesVNet/SalesVNet-To-MarketingVNet -> MarketingVNet: Connected, FullyInSync
                  MarketingVNet/MarketingVNet-To-SalesVNet -> SalesVNet: Connected, FullyInSync
                  ResearchVNet/ResearchVNet-To-MarketingVNet -> MarketingVNet: Disconnected, RemoteNotInSync
                Virtual machines (3):
                  SalesVM 10.1.1.4 (SalesVNet/Apps)
                  MarketingVM 10.2.1.4 (MarketingVNet/Apps)
                  ResearchVM 10.3.1.4 (ResearchVNet/Data)
                Picture (Mermaid):
                ```mermaid
                flowchart LR
                  subgraph northeurope["North Europe"]
                    n0["SalesVNet<br/>10.1.0.0/16"]
                    n1["MarketingVNet<br/>10.2.0.0/16"]
                  end
                  subgraph westeurope["West Europe"]
                    n2["ResearchVNet<br/>10.3.0.0/16"]
                  end
                  n0 <-->|"Connected<br/>vnet access"| n1
                  n2 -.->|"Disconnected, global<br/>vnet access"| n1
                ```
                Reachability (any protocol):
                From \\ To    SalesVM    MarketingVM    ResearchVM
                -----------  ---------  -------------  ------------
                SalesVM      -          yes            no
                MarketingVM  yes        -              no
                ResearchVM   no         no             -
                Verdicts evaluated by the test (2):
                  vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps): reachable
                    1. SalesVNet/Apps -> MarketingVNet: route 10.2.0.0/16 -> VNetPeering (Default), peering 'SalesVNet-To-MarketingVNet' Connected   ok
                    2. MarketingVNet/Apps -> MarketingVM: nic 'MarketingVMVMNic' holds 10.2.1.4                                                      delivered
                  vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps) -> vm 'ResearchVM' 10.3.1.4 (ResearchVNet/Data): unreachable
                    1. MarketingVNet/Apps: route 10.0.0.0/8 -> None (Default)   BLOCKED
                  Blocked at hop 1.
                  Blockers:
                    - Peering 'ResearchVNet/ResearchVNet-To-MarketingVNet' is Disconnected: its counterpart in MarketingVNet (or MarketingVNet itself) was deleted.
                  To fix, update or re-create peering 'ResearchVNet/ResearchVNet-To-MarketingVNet', then create a peering from MarketingVNet to ResearchVNet.
                """);
    }

    @Test
    void a_passing_test_publishes_nothing() {
        EngineExecutionResults results = Fixtures.run(ReportFixture.class);

        assertThat(Fixtures.reports(results.testEvents(), "passes")).isEmpty();
    }

    @Test
    void the_builder_limits_the_verdicts_shown_and_counts_the_others() {
        EngineExecutionResults results = Fixtures.run(ConfiguredFixtures.FewVerdicts.class);

        String report = Fixtures.reports(results.testEvents(), "asks_six").get(0).get("vnetlab.topology.azure");
        assertThat(report).endsWith("""
                Verdicts evaluated by the test (6):
                  vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps): reachable
                    1. SalesVNet/Apps -> MarketingVNet: route 10.2.0.0/16 -> VNetPeering (Default), peering 'SalesVNet-To-MarketingVNet' Connected   ok
                    2. MarketingVNet/Apps -> MarketingVM: nic 'MarketingVMVMNic' holds 10.2.1.4                                                      delivered
                  ... and 5 more
                """);
    }

    @Test
    void a_failing_test_prints_the_report_entries_once_under_a_line_naming_the_test() {
        ConfiguredFixtures.PrintedReport.PRINTED.clear();
        EngineExecutionResults results = Fixtures.run(ConfiguredFixtures.PrintedReport.class);

        String entry = Fixtures.reports(results.testEvents(), "fails").get(0).get("vnetlab.topology.azure");
        assertThat(ConfiguredFixtures.PrintedReport.PRINTED).containsExactly(
                "vnetlab: the topologies of the failed test PrintedReport > fails(Topology):\n" + entry.stripTrailing());
    }

    @Test
    void the_builder_can_turn_the_report_off() {
        EngineExecutionResults results = Fixtures.run(ConfiguredFixtures.NoReport.class);

        results.testEvents().assertStatistics(s -> s.failed(1));
        assertThat(results.testEvents().reportingEntryPublished().count()).isZero();
    }

    // docs/azure/network-security-groups.md#evaluation-order
    @Test
    void a_verdict_decided_by_an_nsg_rule_is_reported_with_the_group_its_rule_and_the_fix() {
        EngineExecutionResults results = Fixtures.run(NsgReportFixture.class);

        List<Map<String, String>> reports = Fixtures.reports(results.testEvents(), "fails_on_ssh");
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0).get("vnetlab.topology.azure")).contains("""
                  ResearchVM 10.3.1.4 (ResearchVNet/Data)
                Network security groups (1):
                  MarketingNSG on subnet MarketingVNet/Apps: securityRules/deny-ssh-from-sales (Deny Inbound 200)
                """)
                .endsWith("""
                Verdicts evaluated by the test (1):
                  vm 'SalesVM' 10.1.1.4 (SalesVNet/Apps) -> vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps) on TCP/22: unreachable
                    1. SalesVNet/Apps -> MarketingVNet: route 10.2.0.0/16 -> VNetPeering (Default), peering 'SalesVNet-To-MarketingVNet' Connected   ok
                    2. MarketingVNet/Apps -> MarketingVM: nic 'MarketingVMVMNic' holds 10.2.1.4                                                      ok
                    3. MarketingVNet/Apps: nsg 'MarketingNSG' on subnet 'MarketingVNet/Apps', inbound: securityRules/deny-ssh-from-sales             BLOCKED
                  Blocked at hop 3.
                  Blockers:
                    - Network security group 'MarketingNSG' on subnet 'MarketingVNet/Apps' denies TCP 22 inbound from 10.1.1.4 to 10.2.1.4: securityRules/deny-ssh-from-sales.
                  To fix, change or remove securityRules/deny-ssh-from-sales of nsg 'MarketingNSG', or add an inbound security rule to nsg 'MarketingNSG' that allows TCP 22 from 10.1.1.4 to 10.2.1.4 with a priority number below 200.
                """);
    }

    // docs/azure/routing.md#ip-forwarding
    @Test
    void a_verdict_stopped_at_an_appliance_is_reported_with_the_route_tables() {
        EngineExecutionResults results = Fixtures.run(RouteReportFixture.class);

        String report = Fixtures.reports(results.testEvents(), "fails_at").get(0).get("vnetlab.topology.azure");
        assertThat(report).contains("""
                  Spoke2VM 10.12.1.4 (Spoke2/Workload)
                Route tables (1):
                  Spoke1-rt on subnet Spoke1/Workload: route 'route1' 10.12.0.0/16 -> VirtualAppliance 10.0.1.4
                """)
                .endsWith("""
                Verdicts evaluated by the test (1):
                  vm 'Spoke1VM' 10.11.1.4 (Spoke1/Workload) -> vm 'Spoke2VM' 10.12.1.4 (Spoke2/Workload): unreachable
                    1. Spoke1/Workload -> appliance 10.0.1.4 (Hub/Nva): route 10.12.0.0/16 -> VirtualAppliance 10.0.1.4 (User), peering 'Spoke1-To-Hub' Connected   ok
                    2. Hub/Nva: nic 'HubNVAVMNic' has IP forwarding off: drops packets not addressed to 10.0.1.4                                                    BLOCKED
                  Blocked at hop 2.
                  Blockers:
                    - Network interface 'HubNVAVMNic' (10.0.1.4) does not have IP forwarding enabled, so Azure drops the packets to 10.12.1.4 that are routed to it.
                  To fix, enable IP forwarding on network interface 'HubNVAVMNic' (az network nic update -g vnetlab-rg -n HubNVAVMNic --ip-forwarding true).
                """);
    }
}
