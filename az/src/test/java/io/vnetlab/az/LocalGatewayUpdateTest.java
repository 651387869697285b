package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code az network local-gateway update} (docs/azure/gateways.md#local-network-gateways). */
class LocalGatewayUpdateTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void aSiteInUse() {
        cli.ok("group create -n rg -l westus");
        cli.ok("network vnet create -g rg -n azure --address-prefixes 10.0.0.0/16 --subnet-name services"
                + " --subnet-prefixes 10.0.0.0/24");
        cli.ok("network vnet subnet create -g rg --vnet-name azure -n GatewaySubnet --address-prefixes 10.0.255.0/27");
        cli.ok("network public-ip create -g rg -n gw-ip");
        cli.ok("network vnet-gateway create -g rg -n gw --vnet azure --public-ip-address gw-ip --gateway-type Vpn"
                + " --vpn-type RouteBased --sku VpnGw1 --no-wait");
        cli.ok("network local-gateway create -g rg -n hq --gateway-ip-address 94.0.252.160"
                + " --local-address-prefixes 172.16.0.0/16");
        cli.ok("network vpn-connection create -g rg -n to-hq --vnet-gateway1 gw --local-gateway2 hq --shared-key k");
    }

    @Test
    void update_changes_the_address_and_keeps_what_it_does_not_name() {
        JsonNode site = cli.json("network local-gateway update -g rg -n hq --gateway-ip-address 203.0.113.7");
        assertThat(site.get("gatewayIpAddress").asText()).isEqualTo("203.0.113.7");
        assertThat(site.get("localNetworkAddressSpace").get("addressPrefixes").toString())
                .isEqualTo("[\"172.16.0.0/16\"]");
        assertThat(cli.ok("network vpn-connection show -g rg -n to-hq --query connectionStatus -o tsv"))
                .isEqualTo("Connected\n");
        assertThat(cli.ok("network local-gateway update -g rg -n hq --local-address-prefixes 172.16.0.0/16"
                + " 172.17.0.0/16 --query localNetworkAddressSpace.addressPrefixes -o tsv"))
                .isEqualTo("172.16.0.0/16\n172.17.0.0/16\n");
        assertThat(cli.ok("network local-gateway show -g rg -n hq --query gatewayIpAddress -o tsv"))
                .isEqualTo("203.0.113.7\n");
    }

    @Test
    void update_takes_the_generic_set() {
        assertThat(cli.ok("network local-gateway update -g rg -n hq --set gatewayIpAddress=198.51.100.4"
                + " --query gatewayIpAddress -o tsv")).isEqualTo("198.51.100.4\n");
    }

    @Test
    void update_of_a_missing_site_is_not_found() {
        AzResult r = cli.run("network local-gateway update -g rg -n nowhere --gateway-ip-address 203.0.113.7");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("ERROR: (ResourceNotFound) The Resource"
                + " 'Microsoft.Network/localNetworkGateways/nowhere' under resource group 'rg' was not found.");
    }
}
