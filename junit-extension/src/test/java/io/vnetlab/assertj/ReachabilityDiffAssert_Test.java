package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class ReachabilityDiffAssert_Test {

    private static final String NO_ROUTE_TO_SITE = "10.100.0.1 is behind site 'OnPrem', which gateway 'hub-vpn' of"
            + " hub connects, but spoke1 has no route to it through that gateway.";

    private final Topology before = spoke1WithoutRemoteGateways();
    private final Topology after = before.fork();

    private static Topology spoke1WithoutRemoteGateways() {
        Topology azure = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        azure.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(false).apply();
        return azure;
    }

    private void turnOnRemoteGatewaysOfSpoke1() {
        after.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(true).apply();
    }

    private Endpoint onPrem() {
        return after.onPremisesHost("OnPrem", "10.100.0.1").endpoint();
    }

    private Endpoint vm(String name) {
        return after.vm(name).endpoint();
    }

    @Test
    void should_pass_when_only_the_allowed_flows_change() {
        turnOnRemoteGatewaysOfSpoke1();

        assertThat(after).comparedTo(before).closesNothing().changesOnly(
                Flow.from(vm("spoke1-vm")).to(onPrem()), Flow.from(onPrem()).to(vm("spoke1-vm")),
                Flow.from(vm("spoke1-web")).to(onPrem()), Flow.from(onPrem()).to(vm("spoke1-web")));
    }

    @Test
    void should_pass_opensNothing_and_closesNothing_when_nothing_changed() {
        assertThat(after).comparedTo(before).opensNothing().closesNothing();
    }

    @Test
    void should_fail_opensNothing_listing_each_opened_flow_with_both_reasons() {
        after.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(true).apply();

        AssertionError error = expectAssertionError(() -> assertThat(after).comparedTo(before).opensNothing());

        assertThat(error).hasMessage(String.format("%nExpecting the change to open no flow, but it opens 4:%n"
                + "  opened: vm 'spoke1-vm' 10.1.1.4 (spoke1/app) -> host 10.100.0.1 (site 'OnPrem') on any"
                + " (before: " + NO_ROUTE_TO_SITE + "; after: reachable)%n"
                + "  opened: vm 'spoke1-web' 10.1.2.4 (spoke1/web) -> host 10.100.0.1 (site 'OnPrem') on any"
                + " (before: " + NO_ROUTE_TO_SITE + "; after: reachable)%n"
                + "  opened: host 10.100.0.1 (site 'OnPrem') -> vm 'spoke1-vm' 10.1.1.4 (spoke1/app) on any"
                + " (before: Site 'OnPrem' learns no route to 10.1.1.4: gateway 'hub-vpn' advertises only hub's"
                + " address space and the networks that use it through gateway transit.; after: reachable)%n"
                + "  opened: host 10.100.0.1 (site 'OnPrem') -> vm 'spoke1-web' 10.1.2.4 (spoke1/web) on any"
                + " (before: Site 'OnPrem' learns no route to 10.1.2.4: gateway 'hub-vpn' advertises only hub's"
                + " address space and the networks that use it through gateway transit.; after: reachable)%n"));
    }

    @Test
    void should_fail_changesOnly_naming_the_changes_not_allowed_and_the_allowed_flows_that_did_not_change() {
        turnOnRemoteGatewaysOfSpoke1();
        Flow allowed = Flow.from(vm("spoke1-vm")).to(onPrem());
        Flow notChanged = Flow.from(vm("spoke1-vm")).to(vm("spoke2-vm"));

        AssertionError error = expectAssertionError(() -> assertThat(after).comparedTo(before).changesOnly(
                allowed, Flow.from(onPrem()).to(vm("spoke1-vm")), Flow.from(onPrem()).to(vm("spoke1-web")),
                notChanged));

        assertThat(error).hasMessage(String.format("%nExpecting the change to change only:%n"
                + "  vm 'spoke1-vm' 10.1.1.4 (spoke1/app) -> host 10.100.0.1 (site 'OnPrem')%n"
                + "  host 10.100.0.1 (site 'OnPrem') -> vm 'spoke1-vm' 10.1.1.4 (spoke1/app)%n"
                + "  host 10.100.0.1 (site 'OnPrem') -> vm 'spoke1-web' 10.1.2.4 (spoke1/web)%n"
                + "  vm 'spoke1-vm' 10.1.1.4 (spoke1/app) -> vm 'spoke2-vm' 10.2.1.4 (spoke2/app)%n"
                + "but it also changes:%n"
                + "  opened: vm 'spoke1-web' 10.1.2.4 (spoke1/web) -> host 10.100.0.1 (site 'OnPrem') on any"
                + " (before: " + NO_ROUTE_TO_SITE + "; after: reachable)%n"
                + "and these do not change:%n"
                + "  vm 'spoke1-vm' 10.1.1.4 (spoke1/app) -> vm 'spoke2-vm' 10.2.1.4 (spoke2/app)%n"));
    }

    @Test
    void should_fail_closesNothing_naming_the_port_classes_an_nsg_rule_closes() {
        Topology learn = ReferenceTopologies.learnModule();
        learn.networkSecurityGroups().define("data-nsg")
                .withExistingResourceGroup(ReferenceTopologies.LEARN_MODULE_RESOURCE_GROUP)
                .withRegion(Region.WEST_EUROPE).create();
        learn.networkSecurityGroups().associateWithSubnet("data-nsg", "ResearchVNet", "Data");
        Topology changed = learn.fork();
        changed.networkSecurityGroups().update("data-nsg").defineRule("deny-ssh").denyInbound().fromAnyAddress()
                .fromAnyPort().toAnyAddress().toPort(22).withProtocol(Protocol.Tcp).withPriority(100).attach().apply();

        AssertionError error = expectAssertionError(() -> assertThat(changed).comparedTo(learn).closesNothing());

        assertThat(error).hasMessageStartingWith(String.format("%nExpecting the change to close no flow, but it"
                + " closes 1:%n  closed: vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps) -> vm 'ResearchVM' 10.3.1.4"
                + " (ResearchVNet/Data) on TCP 22 (before: reachable; after: "));
        assertThat(changed).comparedTo(learn).opensNothing()
                .changesOnly(Flow.from(changed.vm("MarketingVM").endpoint())
                        .to(changed.vm("ResearchVM").endpoint()).on(Protocol.Tcp, 22));
    }
}
