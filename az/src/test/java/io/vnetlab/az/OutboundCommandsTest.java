package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code az network nat gateway}, {@code public-ip prefix} and {@code vnet subnet --nat-gateway
 * --default-outbound-access}, and what {@code watcher test-connectivity} then answers for the Internet
 * (docs/azure/outbound-access.md#precedence, #private-subnets, #nat-gateway-rules).
 */
class OutboundCommandsTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void aNetworkWithAVm() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n vnet --address-prefix 10.1.0.0/16 --subnet-name app --subnet-prefix 10.1.0.0/24");
        cli.ok("vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name vnet --subnet app --public-ip-address ''");
        cli.ok("network public-ip create -g rg -n nat-ip --sku Standard");
    }

    @Test
    void nat_gateway_create_show_list_update_delete() {
        JsonNode nat = cli.json("network nat gateway create -g rg -n nat --public-ip-addresses nat-ip --idle-timeout 10");
        assertThat(nat.get("id").asText()).isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/natGateways/nat");
        assertThat(nat.get("idleTimeoutInMinutes").asInt()).isEqualTo(10);
        assertThat(nat.get("publicIpAddresses").get(0).get("id").asText())
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/publicIPAddresses/nat-ip");
        assertThat(nat.get("sku").get("name").asText()).isEqualTo("Standard");
        assertThat(cli.ok("network nat gateway list -g rg --query [].name -o tsv")).isEqualTo("nat\n");
        assertThat(cli.ok("network nat gateway update -g rg -n nat --idle-timeout 30 --query idleTimeoutInMinutes -o tsv"))
                .isEqualTo("30\n");
        cli.ok("network nat gateway delete -g rg -n nat");
        AzResult gone = cli.run("network nat gateway show -g rg -n nat");
        assertThat(gone.exitCode()).isEqualTo(3);
        assertThat(gone.err()).contains("ResourceNotFound");
    }

    @Test
    void a_private_subnet_reaches_the_Internet_only_once_a_NAT_gateway_is_attached() {
        cli.ok("network nat gateway create -g rg -n nat --public-ip-addresses nat-ip");
        JsonNode subnet = cli.json("network vnet subnet update -g rg --vnet-name vnet -n app --default-outbound-access false");
        assertThat(subnet.get("defaultOutboundAccess").asBoolean()).isFalse();
        String blocked = cli.ok("network watcher test-connectivity -g rg --source-resource vm1 --dest-address 93.184.216.34"
                + " --dest-port 443 --query connectionStatus -o tsv");
        assertThat(blocked).isEqualTo("Unreachable\n");

        subnet = cli.json("network vnet subnet update -g rg --vnet-name vnet -n app --nat-gateway nat");
        assertThat(subnet.get("natGateway").get("id").asText())
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/natGateways/nat");
        assertThat(cli.ok("network watcher test-connectivity -g rg --source-resource vm1 --dest-address 93.184.216.34"
                + " --dest-port 443 --query connectionStatus -o tsv")).isEqualTo("Reachable\n");
        assertThat(cli.ok("network nat gateway show -g rg -n nat --query subnets[0].id -o tsv"))
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app\n");

        AzResult inUse = cli.run("network nat gateway delete -g rg -n nat");
        assertThat(inUse.exitCode()).isNotZero();
        assertThat(inUse.err()).contains("(InUseNatGatewayCannotBeDeleted)");
        cli.ok("network vnet subnet update -g rg --vnet-name vnet -n app --nat-gateway ''");
        cli.ok("network nat gateway delete -g rg -n nat");
    }

    @Test
    void a_public_ip_prefix_feeds_a_nat_gateway_and_a_basic_public_ip_is_refused() {
        JsonNode prefix = cli.json("network public-ip prefix create -g rg -n pfx --length 30");
        assertThat(prefix.get("ipPrefix").asText()).isEqualTo("52.0.0.0/30");
        assertThat(prefix.get("prefixLength").asInt()).isEqualTo(30);
        cli.ok("network nat gateway create -g rg -n nat --public-ip-prefixes pfx");
        assertThat(cli.ok("network public-ip prefix show -g rg -n pfx --query natGateway.id -o tsv"))
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/natGateways/nat\n");

        basicPublicIp();
        AzResult basic = cli.run("network nat gateway create -g rg -n nat2 --public-ip-addresses basic-ip");
        assertThat(basic.exitCode()).isNotZero();
        assertThat(basic.err()).contains("(NatGatewayCannotUseBasicSkuPublicIp)");
        AzResult tooLong = cli.run("network public-ip prefix create -g rg -n p2 --length 27");
        assertThat(tooLong.err()).contains("(InvalidPublicIpPrefixLength)");
    }

    /**
     * A Basic public IP address, as made before the SKU's retirement: the az emulation refuses new ones
     * (docs/azure/network-security-groups.md#public-ip-sku-rules), the Java DSL still builds them.
     */
    private void basicPublicIp() {
        cli.az.topology().publicIpAddresses().define("basic-ip").withRegion(io.vnetlab.model.Region.EAST_US)
                .withExistingResourceGroup("rg").withSku(io.vnetlab.model.PublicIpAddressSku.Basic).create();
    }
}
