package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code az network vnet-gateway list-learned-routes} and {@code list-advertised-routes} over Microsoft's three-VNet
 * BGP transit chain, built as the CLI builds it (docs/azure/bgp.md#learned-routes, #propagation).
 */
class BgpCommandsTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void chain() {
        cli.ok("group create -n rg -l westeurope");
        for (int i = 1; i <= 3; i++) {
            cli.ok("network vnet create -g rg -n vNet" + i + " --address-prefixes 10." + i + ".0.0/16 --subnet-name default"
                    + " --subnet-prefixes 10." + i + ".0.0/24");
            cli.ok("network vnet subnet create -g rg --vnet-name vNet" + i + " -n GatewaySubnet --address-prefixes 10." + i
                    + ".255.0/27");
            cli.ok("network public-ip create -g rg -n gw" + i + "-pip");
            cli.ok("network vnet-gateway create -g rg -n gw" + i + " --vnet vNet" + i + " --public-ip-addresses gw" + i
                    + "-pip --sku VpnGw1 --asn 650" + i + "0 --no-wait");
        }
        cli.ok("network vpn-connection create -g rg -n c12 --vnet-gateway1 gw1 --vnet-gateway2 gw2 --shared-key k --enable-bgp");
        cli.ok("network vpn-connection create -g rg -n c21 --vnet-gateway1 gw2 --vnet-gateway2 gw1 --shared-key k --enable-bgp");
        cli.ok("network vpn-connection create -g rg -n c23 --vnet-gateway1 gw2 --vnet-gateway2 gw3 --shared-key k --enable-bgp");
        cli.ok("network vpn-connection create -g rg -n c32 --vnet-gateway1 gw3 --vnet-gateway2 gw2 --shared-key k --enable-bgp");
    }

    // docs/azure/gateways.md#vnet-to-vnet
    @Test
    void a_vpn_connection_shows_Connected_with_its_counterpart_and_NotConnected_once_that_is_deleted() {
        assertThat(Json.parse(cli.ok("network vpn-connection show -g rg -n c23")).get("connectionStatus").asText())
                .isEqualTo("Connected");

        cli.ok("network vpn-connection delete -g rg -n c32");

        assertThat(Json.parse(cli.ok("network vpn-connection show -g rg -n c23")).get("connectionStatus").asText())
                .isEqualTo("NotConnected");
        assertThat(cli.ok("network vnet-gateway list-learned-routes -g rg -n gw1 -o table")).doesNotContain("10.3.0.0/16");
    }

    @Test
    void list_learned_routes_prints_the_table_the_cli_prints_with_the_transit_route() {
        assertThat(cli.ok("network vnet-gateway list-learned-routes -g rg -n gw1 -o table")).isEqualTo(
                "Network      NextHop     Origin    SourcePeer    AsPath       Weight\n"
                + "-----------  ----------  --------  ------------  -----------  --------\n"
                + "10.1.0.0/16              Network   10.1.255.4                 32768\n"
                + "10.2.0.0/16  10.2.255.4  EBgp      10.2.255.4    65020        32768\n"
                + "10.3.0.0/16  10.2.255.4  EBgp      10.2.255.4    65020-65030  32768\n");
    }

    @Test
    void list_learned_routes_answers_the_rest_shape() {
        JsonNode value = Json.parse(cli.ok("network vnet-gateway list-learned-routes -g rg -n gw3")).get("value");
        assertThat(value).hasSize(3);
        assertThat(value.get(2).toString()).isEqualTo("{\"asPath\":\"65020-65010\",\"localAddress\":\"10.3.255.4\","
                + "\"network\":\"10.1.0.0/16\",\"nextHop\":\"10.2.255.4\",\"origin\":\"EBgp\","
                + "\"sourcePeer\":\"10.2.255.4\",\"weight\":32768}");
    }

    @Test
    void list_advertised_routes_names_what_goes_to_one_peer() {
        assertThat(cli.ok("network vnet-gateway list-advertised-routes -g rg -n gw2 --peer 10.3.255.4"
                + " --query value[].[network,asPath] -o tsv")).isEqualTo("10.2.0.0/16\t65020\n10.1.0.0/16\t65020-65010\n");
    }

    @Test
    void test_connectivity_reaches_across_the_chain() {
        cli.ok("vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name vNet1 --subnet default --admin-username azureuser"
                + " --generate-ssh-keys");
        cli.ok("vm create -g rg -n vm3 --image Ubuntu2204 --vnet-name vNet3 --subnet default --admin-username azureuser"
                + " --generate-ssh-keys");
        assertThat(cli.ok("network watcher test-connectivity -g rg --source-resource vm1 --dest-resource vm3 --dest-port 22"
                + " --query connectionStatus -o tsv")).isEqualTo("Reachable\n");
    }
}
