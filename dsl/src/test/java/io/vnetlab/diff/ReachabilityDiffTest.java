package io.vnetlab.diff;

import io.vnetlab.Topology;
import io.vnetlab.address.PortRangeSet;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.render.DiffReport;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ReachabilityDiffTest {

    private static final String GROUP = ReferenceTopologies.LEARN_MODULE_RESOURCE_GROUP;

    /** Both spokes use the hub's gateway except spoke1, whose peering does not ask for it yet. */
    private static Topology spoke1WithoutRemoteGateways() {
        Topology azure = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        azure.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(false).apply();
        return azure;
    }

    @Test
    void turningOnUseRemoteGatewaysOpensExactlyThatSpokeToAndFromOnPremises() {
        Topology before = spoke1WithoutRemoteGateways();
        Topology after = before.fork();
        after.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(true).apply();

        ReachabilityDiff diff = ReachabilityDiff.between(before.dataPlane(), after.dataPlane());

        assertThat(diff.closed()).isEmpty();
        assertThat(diff.opened()).extracting(f -> f.source().representative().shortName(),
                        f -> f.destination().representative().shortName(), FlowChange::protocol)
                .containsExactly(
                        tuple("spoke1-vm", "10.100.0.1", Protocol.Any),
                        tuple("spoke1-web", "10.100.0.1", Protocol.Any),
                        tuple("10.100.0.1", "spoke1-vm", Protocol.Any),
                        tuple("10.100.0.1", "spoke1-web", Protocol.Any));
        assertThat(diff.resources()).containsExactly(new ResourceChange(
                after.peering("spoke1", "spoke1-To-hub").id(), ResourceChange.Kind.CHANGED));
    }

    @Test
    void eachChangedFlowCarriesTheVerdictOnBothSides() {
        Topology before = spoke1WithoutRemoteGateways();
        Topology after = before.fork();
        after.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(true).apply();

        FlowChange first = ReachabilityDiff.between(before.dataPlane(), after.dataPlane()).opened().get(0);

        assertThat(first.before().reachable()).isFalse();
        assertThat(first.after().reachable()).isTrue();
        assertThat(DiffReport.line(first)).isEqualTo("opened: vm 'spoke1-vm' 10.1.1.4 (spoke1/app) -> host 10.100.0.1"
                + " (site 'OnPrem') on any (before: 10.100.0.1 is behind site 'OnPrem', which gateway 'hub-vpn' of hub"
                + " connects, but spoke1 has no route to it through that gateway.; after: reachable)");
    }

    @Test
    void aDenyRuleClosesExactlyThePortClassesItNames() {
        Topology before = ReferenceTopologies.learnModule();
        before.networkSecurityGroups().define("data-nsg").withExistingResourceGroup(GROUP)
                .withRegion(Region.WEST_EUROPE).create();
        before.networkSecurityGroups().associateWithSubnet("data-nsg", "ResearchVNet", "Data");
        Topology after = before.fork();
        after.networkSecurityGroups().update("data-nsg").defineRule("deny-admin").denyInbound().fromAnyAddress()
                .fromAnyPort().toAnyAddress().toPortRanges("22", "3389").withProtocol(Protocol.Tcp)
                .withPriority(100).attach().apply();

        ReachabilityDiff diff = ReachabilityDiff.between(before.dataPlane(), after.dataPlane());

        assertThat(diff.opened()).isEmpty();
        assertThat(diff.closed()).extracting(f -> f.source().representative().shortName(),
                        f -> f.destination().representative().shortName(), FlowChange::protocol, FlowChange::ports)
                .containsExactly(tuple("MarketingVM", "ResearchVM", Protocol.Tcp,
                        PortRangeSet.parseAll(List.of("22", "3389"))));
        FlowChange closed = diff.closed().get(0);
        assertThat(closed.before().reachable()).isTrue();
        assertThat(closed.after().reachable()).isFalse();
        assertThat(closed.after().flow().destinationPort()).hasValue(22);
    }

    @Test
    void aTopologyComparedWithItsForkChangesNothing() {
        Topology before = ReferenceTopologies.hubAndSpokeWithGatewayTransit();

        ReachabilityDiff diff = ReachabilityDiff.between(before.dataPlane(), before.fork().dataPlane());

        assertThat(diff.isEmpty()).isTrue();
        assertThat(DiffReport.table(diff)).isEqualTo("Resources: 0 added, 0 removed, 0 changed\n"
                + "Flows: 0 opened, 0 closed\n");
    }

    @Test
    void vmsTheTopologiesDoNotShareAreResourceChangesNotFlowChanges() {
        Topology before = ReferenceTopologies.learnModule();
        Topology after = before.fork();
        after.virtualMachines().define("SalesVM2").withExistingPrimaryNetwork("SalesVNet").withSubnet("Apps").create();

        ReachabilityDiff diff = ReachabilityDiff.between(before.dataPlane(), after.dataPlane());

        assertThat(diff.flows()).isEmpty();
        assertThat(diff.resources()).extracting(ResourceChange::kind).containsOnly(ResourceChange.Kind.ADDED);
        assertThat(diff.resources()).extracting(r -> r.id().name()).contains("SalesVM2");
    }

    @Test
    void theMarkdownReportTabulatesResourcesAndFlows() {
        Topology before = spoke1WithoutRemoteGateways();
        Topology after = before.fork();
        after.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(true).apply();

        String md = DiffReport.markdown(ReachabilityDiff.between(before.dataPlane(), after.dataPlane()));

        assertThat(md).startsWith("## Reachability diff\n\n- Resources: 0 added, 0 removed, 1 changed\n"
                + "- Flows: 4 opened, 0 closed\n");
        assertThat(md).contains("| opened | host 10.100.0.1 (site 'OnPrem') | vm 'spoke1-web' 10.1.2.4 (spoke1/web) | any"
                + " | Site 'OnPrem' learns no route to 10.1.2.4: gateway 'hub-vpn' advertises only hub's address space"
                + " and the networks that use it through gateway transit. | reachable |\n");
    }
}
