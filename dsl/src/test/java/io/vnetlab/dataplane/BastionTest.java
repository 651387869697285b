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
