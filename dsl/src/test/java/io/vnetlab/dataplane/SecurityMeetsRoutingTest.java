package io.vnetlab.dataplane;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where NSGs meet routing: the VirtualNetwork service tag includes what gateways bring and what user routes name
 * (docs/azure/network-security-groups.md#virtual-network-tag, #default-route-in-tag,
 * docs/azure/routing.md#hub-appliance DERIVED), every NIC on a path through an appliance is filtered, and the replies
 * of an admitted connection are not filtered again (docs/azure/network-security-groups.md#stateful).
 */
class SecurityMeetsRoutingTest {

    /**
     * The reference hub with its appliance and its VPN gateway to OnPrem, both spokes using the gateway, and an NSG
     * with only the default rules on each spoke's app subnet.
     */
    private static Topology hubAndSpokes() {
        Topology azure = ReferenceTopologies.connectHubToOnPremises(ReferenceTopologies.hubAndSpokeWithAppliance());
        for (String spoke : new String[]{"spoke1", "spoke2"}) {
            azure.peerings().update("hub", "hub-To-" + spoke).allowGatewayTransit().apply();
            azure.peerings().update(spoke, spoke + "-To-hub").useRemoteGateways().apply();
            azure.networkSecurityGroups().define(spoke + "-nsg").withRegion(Region.WEST_EUROPE).create();
            azure.networkSecurityGroups().associateWithSubnet(spoke + "-nsg", spoke, "app");
        }
        return azure;
    }

    // docs/azure/network-security-groups.md#virtual-network-tag
    @Test
    void on_premises_prefixes_learnt_through_the_gateway_are_in_the_VirtualNetwork_tag() {
        Topology azure = hubAndSpokes();
        Verdict in = azure.evaluate(Flow.from(azure.onPremisesHost("OnPrem", "10.100.0.10").endpoint())
                .to(azure.endpoint("spoke1-vm")).on(Protocol.Tcp, 22));
        assertThat(in.reachable()).as(VerdictRenderer.render(in)).isTrue();
        assertThat(VerdictRenderer.render(in)).contains("defaultSecurityRules/AllowVnetInBound");
        Verdict out = azure.evaluate(Flow.from(azure.endpoint("spoke1-vm"))
                .to(azure.onPremisesHost("OnPrem", "10.100.0.10").endpoint()).on(Protocol.Tcp, 443));
        assertThat(out.reachable()).as(VerdictRenderer.render(out)).isTrue();
        assertThat(VerdictRenderer.render(out)).contains("defaultSecurityRules/AllowVnetOutBound");
    }

    // docs/azure/network-security-groups.md#default-route-in-tag
    @Test
    void prefixes_of_the_subnets_user_routes_are_in_the_VirtualNetwork_tag_so_default_rules_admit_the_other_spoke() {
        Topology azure = hubAndSpokes();
        Verdict v = azure.evaluate(Flow.from(azure.endpoint("spoke1-vm")).to(azure.endpoint("spoke2-vm"))
                .on(Protocol.Tcp, 22));
        assertThat(v.reachable()).as(VerdictRenderer.render(v)).isTrue();
        assertThat(VerdictRenderer.render(v)).contains("10.0.1.4").contains("defaultSecurityRules/AllowVnetInBound");
    }

    // docs/azure/reachability.md#walk
    @Test
    void an_NSG_on_the_appliance_filters_what_passes_through_it() {
        Topology azure = hubAndSpokes();
        azure.networkSecurityGroups().define("nva-nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("no-ssh-through").denyInbound().fromAnyAddress().fromAnyPort().toAnyAddress().toPort(22)
                .withProtocol(Protocol.Tcp).withPriority(100).attach().create();
        azure.networkSecurityGroups().associateWithNetworkInterface("nva-nsg", "nvaVMNic");
        Verdict ssh = azure.evaluate(Flow.from(azure.endpoint("spoke1-vm")).to(azure.endpoint("spoke2-vm"))
                .on(Protocol.Tcp, 22));
        assertThat(ssh.reachable()).isFalse();
        assertThat(VerdictRenderer.render(ssh)).contains("securityRules/no-ssh-through");
        Verdict https = azure.evaluate(Flow.from(azure.endpoint("spoke1-vm")).to(azure.endpoint("spoke2-vm"))
                .on(Protocol.Tcp, 443));
        assertThat(https.reachable()).as(VerdictRenderer.render(https)).isTrue();
    }

    // docs/azure/network-security-groups.md#stateful
    @Test
    void replies_through_the_appliance_are_not_filtered_as_new_connections() {
        Topology azure = hubAndSpokes();
        // the appliance refuses new connections coming from spoke2
        azure.networkSecurityGroups().define("nva-nsg").withRegion(Region.WEST_EUROPE)
                .defineRule("no-new-from-spoke2").denyInbound().fromAddress("10.2.0.0/16").fromAnyPort().toAnyAddress()
                .toAnyPort().withAnyProtocol().withPriority(100).attach().create();
        azure.networkSecurityGroups().associateWithNetworkInterface("nva-nsg", "nvaVMNic");
        Verdict out = azure.evaluate(Flow.from(azure.endpoint("spoke1-vm")).to(azure.endpoint("spoke2-vm"))
                .on(Protocol.Tcp, 443));
        assertThat(out.reachable()).as("spoke2's replies pass the appliance's NSG: it is stateful%n%s", out).isTrue();
        Verdict in = azure.evaluate(Flow.from(azure.endpoint("spoke2-vm")).to(azure.endpoint("spoke1-vm"))
                .on(Protocol.Tcp, 443));
        assertThat(in.reachable()).isFalse();
        assertThat(VerdictRenderer.render(in)).contains("securityRules/no-new-from-spoke2");
    }
}
