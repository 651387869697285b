package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.BastionSku;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import io.vnetlab.render.HopText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Azure Bastion in a hub reaching VMs of the hub and of a peered spoke (docs/azure/bastion.md#rules, #reaching-vms,
 * #nsg-rules).
 */
class BastionTest {

    private static Topology hubAndSpoke(String bastionSubnet) {
        Topology t = Topology.create();
        t.resourceGroups().define("rg").withRegion(Region.EAST_US).create();
        t.networks().define("hub").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withAddressSpace("10.0.0.0/16").withSubnet("AzureBastionSubnet", bastionSubnet)
                .withSubnet("shared", "10.0.1.0/24").create();
        t.networks().define("spoke").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withAddressSpace("10.1.0.0/16").withSubnet("app", "10.1.1.0/24").create();
        t.virtualMachines().define("hub-vm").withExistingPrimaryNetwork("hub").withSubnet("shared").create();
        t.virtualMachines().define("spoke-vm").withExistingPrimaryNetwork("spoke").withSubnet("app").create();
        t.publicIpAddresses().define("bastion-ip").withRegion(Region.EAST_US).withExistingResourceGroup("rg").create();
        return t;
    }

    private static void bastion(Topology t) {
        t.bastionHosts().define("bastion").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withExistingNetwork("hub").withPublicIpAddress("bastion-ip").withSku(BastionSku.Standard).create();
    }

    private static Verdict ssh(Topology t, String to) {
        return t.evaluate(Flow.from(t.endpoint("bastion")).to(t.endpoint(to)).on(Protocol.Tcp, 22));
    }

    @Test
    void a_bastion_reaches_vms_of_its_own_network_and_of_a_peered_one_but_not_of_an_unpeered_one() {
        Topology t = hubAndSpoke("10.0.255.0/26");
        bastion(t);
        assertThat(t.bastionHosts().get("bastion").privateIpAddress().toString()).isEqualTo("10.0.255.4");
        assertThat(ssh(t, "hub-vm").reachable()).isTrue();
        assertThat(ssh(t, "spoke-vm").reachable()).isFalse();

        t.peer("hub").with("spoke").create();
        assertThat(ssh(t, "spoke-vm").reachable()).isTrue();
    }

    @Test
    void an_NSG_on_the_target_subnet_that_denies_the_bastion_subnet_blocks_the_session() {
        Topology t = hubAndSpoke("10.0.255.0/26");
        bastion(t);
        t.peer("hub").with("spoke").create();
        t.networkSecurityGroups().define("app-nsg").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .defineRule("deny-bastion")
                    .denyInbound().fromAddress("10.0.255.0/26").fromAnyPort().toAnyAddress().toPort(22)
                    .withProtocol(Protocol.Tcp).withPriority(100)
                    .attach()
                .create();
        t.networkSecurityGroups().associateWithSubnet("app-nsg", "spoke", "app");
        Verdict v = ssh(t, "spoke-vm");
        assertThat(v.reachable()).isFalse();
        assertThat(v.firstBlockingHop()).map(HopText::decision)
                .contains("nsg 'app-nsg' on subnet 'spoke/app', inbound: securityRules/deny-bastion");
    }

    /** The rules Microsoft lists for an NSG on AzureBastionSubnet, in our own rule names. */
    private static void bastionNsg(Topology t, String name) {
        t.networkSecurityGroups().define(name).withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .defineRule("https-in").allowInbound().fromAddress("Internet").fromAnyPort().toAnyAddress()
                    .toPort(443).withProtocol(Protocol.Tcp).withPriority(120).attach()
                .defineRule("gateway-manager-in").allowInbound().fromAddress("GatewayManager").fromAnyPort()
                    .toAnyAddress().toPort(443).withProtocol(Protocol.Tcp).withPriority(130).attach()
                .defineRule("load-balancer-in").allowInbound().fromAddress("AzureLoadBalancer").fromAnyPort()
                    .toAnyAddress().toPort(443).withProtocol(Protocol.Tcp).withPriority(140).attach()
                .defineRule("host-comms-in").allowInbound().fromAddress("VirtualNetwork").fromAnyPort()
                    .toAddress("VirtualNetwork").toPortRanges("8080", "5701").withAnyProtocol().withPriority(150)
                    .attach()
                .defineRule("ssh-rdp-out").allowOutbound().fromAnyAddress().fromAnyPort().toAddress("VirtualNetwork")
                    .toPortRanges("22", "3389").withAnyProtocol().withPriority(200).attach()
                .defineRule("azure-cloud-out").allowOutbound().fromAnyAddress().fromAnyPort().toAddress("AzureCloud")
                    .toPort(443).withProtocol(Protocol.Tcp).withPriority(210).attach()
                .defineRule("host-comms-out").allowOutbound().fromAddress("VirtualNetwork").fromAnyPort()
                    .toAddress("VirtualNetwork").toPortRanges("8080", "5701").withAnyProtocol().withPriority(220)
                    .attach()
                .defineRule("session-info-out").allowOutbound().fromAnyAddress().fromAnyPort().toAddress("Internet")
                    .toPort(80).withAnyProtocol().withPriority(230).attach()
                .create();
    }

    @Test
    void an_NSG_on_AzureBastionSubnet_must_allow_what_bastion_needs_when_associated_and_after_every_change() {
        Topology t = hubAndSpoke("10.0.255.0/26");
        t.networkSecurityGroups().define("plain").withRegion(Region.EAST_US).withExistingResourceGroup("rg").create();
        var before = t.state();
        assertThatThrownBy(() -> t.networkSecurityGroups().associateWithSubnet("plain", "hub", "AzureBastionSubnet"))
                .isInstanceOf(AzureException.class)
                .hasMessage("Network security group plain does not have necessary rules for Azure Bastion Subnet"
                        + " AzureBastionSubnet. It must allow inbound TCP 443 from Internet to AzureBastionSubnet.")
                .extracting(e -> ((AzureException) e).code())
                .isEqualTo(AzureErrorCode.NetworkSecurityGroupNotCompliantForAzureBastionSubnet);
        assertThat(t.state()).isSameAs(before);
        t.networkSecurityGroups().associateWithSubnet("plain", "hub", "shared");   // any other subnet takes it

        bastionNsg(t, "bastion-nsg");
        t.networkSecurityGroups().associateWithSubnet("bastion-nsg", "hub", "AzureBastionSubnet");
        bastion(t);
        assertThat(ssh(t, "hub-vm").reachable()).isTrue();

        assertThatThrownBy(() -> t.networkSecurityGroups().update("bastion-nsg").withoutRule("https-in").apply())
                .isInstanceOf(AzureException.class)
                .hasMessageEndingWith("It must allow inbound TCP 443 from Internet to AzureBastionSubnet.");
        assertThatThrownBy(() -> t.networkSecurityGroups().update("bastion-nsg").defineRule("no-rdp")
                .denyOutbound().fromAnyAddress().fromAnyPort().toAnyAddress().toPort(3389).withAnyProtocol()
                .withPriority(100).attach().apply()).isInstanceOf(AzureException.class)
                .hasMessageEndingWith("It must allow outbound TCP 3389 from AzureBastionSubnet to VirtualNetwork.");
        // a deny of a narrower prefix decides none of the required flows
        t.networkSecurityGroups().update("bastion-nsg").defineRule("no-rdp-to-app").denyOutbound().fromAnyAddress()
                .fromAnyPort().toAddress("10.0.1.0/24").toPort(3389).withAnyProtocol().withPriority(100).attach()
                .apply();
        assertThat(t.evaluate(Flow.from(t.endpoint("bastion")).to(t.endpoint("hub-vm")).on(Protocol.Tcp, 3389))
                .reachable()).isFalse();
    }

    @Test
    void a_rule_from_every_IPv4_address_allows_the_inbound_https_Bastion_needs_as_Internet_does() {
        Topology t = hubAndSpoke("10.0.255.0/26");
        bastionNsg(t, "bastion-nsg");
        t.networkSecurityGroups().update("bastion-nsg").withoutRule("https-in")
                .defineRule("https-from-anywhere").allowInbound().fromAddress("0.0.0.0/0").fromAnyPort()
                    .toAnyAddress().toPort(443).withAnyProtocol().withPriority(120).attach()
                .apply();

        t.networkSecurityGroups().associateWithSubnet("bastion-nsg", "hub", "AzureBastionSubnet");

        assertThat(t.subnet("hub", "AzureBastionSubnet").networkSecurityGroupId())
                .isEqualTo(t.networkSecurityGroups().get("bastion-nsg").id());
    }

    @Test
    void Azure_refuses_a_bastion_subnet_smaller_than_slash_26_a_missing_one_and_a_Basic_public_IP() {
        Topology small = hubAndSpoke("10.0.255.0/27");
        assertThatThrownBy(() -> bastion(small)).isInstanceOf(AzureException.class)
                .extracting(e -> ((AzureException) e).code()).isEqualTo(AzureErrorCode.AzureBastionSubnetTooSmall);

        Topology none = hubAndSpoke("10.0.255.0/26");
        assertThatThrownBy(() -> none.bastionHosts().define("b").withRegion(Region.EAST_US)
                .withExistingResourceGroup("rg").withExistingNetwork("spoke").withPublicIpAddress("bastion-ip")
                .create())
                .isInstanceOf(AzureException.class).extracting(e -> ((AzureException) e).code())
                .isEqualTo(AzureErrorCode.SubnetNameMustBeAzureBastionSubnet);

        Topology basic = hubAndSpoke("10.0.255.0/26");
        basic.publicIpAddresses().define("basic-ip").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                .withSku(PublicIpAddressSku.Basic).create();
        assertThatThrownBy(() -> basic.bastionHosts().define("b").withRegion(Region.EAST_US)
                .withExistingResourceGroup("rg").withExistingNetwork("hub").withPublicIpAddress("basic-ip").create())
                .isInstanceOf(AzureException.class).extracting(e -> ((AzureException) e).code())
                .isEqualTo(AzureErrorCode.BastionPublicIpRequired);
    }
}
