package io.vnetlab.dataplane;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.Topology;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where NSGs meet routing: the VirtualNetwork service tag includes what gateways bring and what user routes name
 * (AZURE-SEMANTICS §5.3.1, §5.3.2, §4.4.2 DERIVED), every NIC on a path through an appliance is filtered, and the
 * replies of an admitted connection are not filtered again (§5.1.4).
 */
class SecurityMeetsRoutingTest {

    /** A hub with a VPN gateway to OnPrem and an appliance, two spokes using the gateway, NSGs with default rules. */
    private static Topology hubAndSpokes() {
        Topology azure = Topology.create();
        azure.networks().define("hub").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("GatewaySubnet", "10.0.255.0/27").withSubnet("nva", "10.0.1.0/24").create();
        for (int i = 1; i <= 2; i++) {
            azure.networks().define("spoke" + i).withRegion(Region.WEST_EUROPE)
                    .withAddressSpace("10." + i + ".0.0/16").withSubnet("app", "10." + i + ".1.0/24").create();
            azure.virtualMachines().define("spoke" + i + "-vm").withExistingPrimaryNetwork("spoke" + i)
                    .withSubnet("app").create();
        }
        azure.virtualNetworkGateways().define("hub-vpn").withExistingNetwork("hub").withRouteBasedVpn().create();
        azure.localNetworkGateways().define("OnPrem").withRegion(Region.WEST_EUROPE)
                .withIPAddress("203.0.113.10").withAddressSpace("10.100.0.0/16").create();
        azure.connections().define("hub-to-onprem").withSiteToSite("hub-vpn", "OnPrem").create();
        azure.peer("spoke1").with("hub").usingGatewayOf("hub").allowForwardedTraffic().create();
        azure.peer("spoke2").with("hub").usingGatewayOf("hub").allowForwardedTraffic().create();
        azure.virtualMachines().define("nva").withExistingPrimaryNetwork("hub").withSubnet("nva")
                .withPrimaryPrivateIPAddressStatic("10.0.1.4").withIpForwarding().create();
        azure.routeTables().define("spoke1-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.2.0.0/16", "10.0.1.4").create();
        azure.routeTables().define("spoke2-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.1.0.0/16", "10.0.1.4").create();
        azure.routeTables().associate("spoke1-rt", "spoke1", "app");
        azure.routeTables().associate("spoke2-rt", "spoke2", "app");
        for (String spoke : new String[]{"spoke1", "spoke2"}) {
            azure.networkSecurityGroups().define(spoke + "-nsg").withRegion(Region.WEST_EUROPE).create();
            azure.networkSecurityGroups().associateWithSubnet(spoke + "-nsg", spoke, "app");
        }
        return azure;
    }

    @Test
    void on_premises_prefixes_learnt_through_the_gateway_are_in_the_VirtualNetwork_tag_section_5_3_1() {
        Topology azure = hubAndSpokes();
        Verdict in = azure.evaluate(Flow.from(azure.onPremisesHost("OnPrem", "10.100.0.10"))
                .to(azure.endpoint("spoke1-vm")).on(Protocol.Tcp, 22));
        assertThat(in.reachable()).as(VerdictRenderer.render(in)).isTrue();
        assertThat(VerdictRenderer.render(in)).contains("defaultSecurityRules/AllowVnetInBound");
        Verdict out = azure.evaluate(Flow.from(azure.endpoint("spoke1-vm"))
                .to(azure.onPremisesHost("OnPrem", "10.100.0.10")).on(Protocol.Tcp, 443));
        assertThat(out.reachable()).as(VerdictRenderer.render(out)).isTrue();
        assertThat(VerdictRenderer.render(out)).contains("defaultSecurityRules/AllowVnetOutBound");
    }

    @Test
    void prefixes_of_the_subnets_user_routes_are_in_the_VirtualNetwork_tag_so_default_rules_admit_the_other_spoke_section_5_3_2() {
        Topology azure = hubAndSpokes();
        Verdict v = azure.evaluate(Flow.from(azure.endpoint("spoke1-vm")).to(azure.endpoint("spoke2-vm"))
                .on(Protocol.Tcp, 22));
        assertThat(v.reachable()).as(VerdictRenderer.render(v)).isTrue();
        assertThat(VerdictRenderer.render(v)).contains("10.0.1.4").contains("defaultSecurityRules/AllowVnetInBound");
    }

    @Test
    void an_NSG_on_the_appliance_filters_what_passes_through_it_section_8() {
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

    @Test
    void replies_through_the_appliance_are_not_filtered_as_new_connections_section_5_1_4() {
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
