package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Show, list and delete of public IPs, ASGs, gateways, sites and connections; public IP SKU rules. */
class ResourceVerbsTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void aGatewayAndASite() {
        cli.ok("group create -n rg -l westeurope");
        cli.ok("network vnet create -g rg -n hub --address-prefixes 10.0.0.0/16 --subnet-name GatewaySubnet"
                + " --subnet-prefixes 10.0.255.0/27");
        cli.ok("network public-ip create -g rg -n gwip");
        cli.ok("network vnet-gateway create -g rg -n gw --vnet hub --public-ip-addresses gwip");
        cli.ok("network local-gateway create -g rg -n site --gateway-ip-address 203.0.113.1"
                + " --local-address-prefixes 192.168.0.0/16");
        cli.ok("network vpn-connection create -g rg -n conn --vnet-gateway1 gw --local-gateway2 site --shared-key k");
    }

    @Test
    void public_ip_show_prints_the_address_as_the_cli_does() {
        JsonNode pip = cli.json("network public-ip show -g rg -n gwip");
        assertThat(pip.get("ipAddress").asText()).isEqualTo("20.0.0.4");
        assertThat(pip.get("publicIPAllocationMethod").asText()).isEqualTo("Static");
        assertThat(pip.get("sku").get("name").asText()).isEqualTo("Standard");
        assertThat(pip.get("type").asText()).isEqualTo("Microsoft.Network/publicIPAddresses");
        assertThat(cli.run("network public-ip show -g rg -n nope").exitCode()).isEqualTo(3);
    }

    @Test
    void gateway_site_and_connection_show_and_list() {
        assertThat(cli.ok("network vnet-gateway show -g rg -n gw --query [gatewayType,vpnType,sku.name] -o tsv"))
                .isEqualTo("Vpn\nRouteBased\nVpnGw1\n");
        assertThat(cli.ok("network vnet-gateway list -g rg --query [].name -o tsv")).isEqualTo("gw\n");
        assertThat(cli.ok("network local-gateway show -g rg -n site --query gatewayIpAddress -o tsv"))
                .isEqualTo("203.0.113.1\n");
        assertThat(cli.ok("network vpn-connection show -g rg -n conn --query connectionType -o tsv"))
                .isEqualTo("IPsec\n");
        assertThat(cli.ok("network vpn-connection list -g rg --query [].name -o tsv")).isEqualTo("conn\n");
    }

    // docs/azure/gateways.md#connections
    @Test
    void vpn_connection_list_for_a_gateway_lists_the_connections_going_out_of_it() {
        cli.ok("network vnet create -g rg -n branch --address-prefixes 10.1.0.0/16 --subnet-name GatewaySubnet");
        cli.ok("network public-ip create -g rg -n gwip2");
        cli.ok("network vnet-gateway create -g rg -n gw2 --vnet branch --public-ip-addresses gwip2");
        cli.ok("network vpn-connection create -g rg -n gw-to-gw2 --vnet-gateway1 gw --vnet-gateway2 gw2 --shared-key k");
        cli.ok("network vpn-connection create -g rg -n gw2-to-gw --vnet-gateway1 gw2 --vnet-gateway2 gw --shared-key k");
        assertThat(cli.ok("network vpn-connection list -g rg --vnet-gateway gw --query [].name -o tsv"))
                .isEqualTo("conn\ngw-to-gw2\n");
        String gw2 = cli.ok("network vnet-gateway show -g rg -n gw2 --query id -o tsv").trim();
        assertThat(cli.ok("network vpn-connection list --vnet-gateway " + gw2 + " --query [].name -o tsv"))
                .isEqualTo("gw2-to-gw\n");
        assertThat(cli.ok("network vpn-connection list -g rg --query length(@)")).isEqualTo("3\n");
        assertThat(cli.run("network vpn-connection list -g rg --vnet-gateway nope").exitCode()).isEqualTo(3);
    }

    // docs/azure/arm-templates.md#reference
    @Test
    void a_public_ips_dns_name_is_shown_with_the_fqdn_azure_derives_and_a_create_without_it_has_none() {
        assertThat(cli.json("network public-ip create -g rg -n web --dns-name woot").at("/publicIp/dnsSettings")
                .toString()).isEqualTo("{\"domainNameLabel\":\"woot\",\"fqdn\":\"woot.westeurope.cloudapp.azure.com\"}");
        assertThat(cli.ok("network public-ip list -g rg --query [?name=='web'].dnsSettings.fqdn -o tsv"))
                .isEqualTo("woot.westeurope.cloudapp.azure.com\n");
        cli.ok("network public-ip create -g rg -n web");
        assertThat(cli.json("network public-ip show -g rg -n web").has("dnsSettings")).isFalse();
    }

    @Test
    void a_gateway_a_connection_names_is_deleted_only_after_the_connection() {
        AzResult refused = cli.run("network vnet-gateway delete -g rg -n gw");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("ERROR: (InUseResourceCannotBeDeleted) Virtual network gateway");
        cli.ok("network vpn-connection delete -g rg -n conn");
        cli.ok("network vnet-gateway delete -g rg -n gw");
        cli.ok("network local-gateway delete -g rg -n site");
        assertThat(cli.ok("network vnet-gateway list -g rg")).isEqualTo("[]\n");
    }

    @Test
    void a_public_ip_an_interface_uses_cannot_be_deleted() {
        cli.ok("network vnet subnet create -g rg --vnet-name hub -n app --address-prefixes 10.0.1.0/24");
        cli.ok("network public-ip create -g rg -n pip");
        cli.ok("network nic create -g rg -n nic1 --vnet-name hub --subnet app --public-ip-address pip");
        AzResult refused = cli.run("network public-ip delete -g rg -n pip");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("ERROR: (PublicIPAddressCannotBeDeleted) Public IP address");
        cli.ok("network public-ip create -g rg -n spare");
        cli.ok("network public-ip delete -g rg -n spare");
    }

    @Test
    void asg_show_list_delete() {
        cli.ok("network asg create -g rg -n web");
        assertThat(cli.ok("network asg show -g rg -n web --query type -o tsv"))
                .isEqualTo("Microsoft.Network/applicationSecurityGroups\n");
        cli.ok("network asg delete -g rg -n web");
        assertThat(cli.ok("network asg list -g rg")).isEqualTo("[]\n");
    }

    @Test
    void a_standard_public_ip_must_be_static() {
        AzResult r = cli.run("network public-ip create -g rg -n dyn --allocation-method Dynamic");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (StandardSkuPublicIPAddressesMustBeStatic) Standard sku publicIp"
                + " /subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network"
                + "/publicIPAddresses/dyn must have AllocationMethod set to Static.");
    }

    @Test
    void a_basic_public_ip_can_no_longer_be_created() {
        AzResult r = cli.run("network public-ip create -g rg -n old --sku Basic");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (IPv4BasicSkuPublicIpCountLimitReached) Cannot create more than 0"
                + " IPv4 Basic SKU public IP addresses for this subscription in this region.");
        assertThat(cli.run("vm create -g rg -n vm1 --image Ubuntu2204 --public-ip-sku Basic").exitCode())
                .isEqualTo(1);
    }

    @Test
    void route_table_update_turns_off_bgp_propagation_and_keeps_the_routes_and_tags() {
        cli.ok("network route-table create -g rg -n rt --tags env=test");
        cli.ok("network route-table route create -g rg --route-table-name rt -n r1 --address-prefix 10.8.0.0/16"
                + " --next-hop-type VirtualAppliance --next-hop-ip-address 10.0.1.10");
        JsonNode table = cli.json("network route-table update -g rg -n rt --disable-bgp-route-propagation true");
        assertThat(table.get("disableBgpRoutePropagation").asBoolean()).isTrue();
        assertThat(table.get("routes").get(0).get("name").asText()).isEqualTo("r1");
        assertThat(table.get("tags").toString()).isEqualTo("{\"env\":\"test\"}");
    }

    @Test
    void route_table_delete_is_refused_while_a_subnet_uses_it() {
        cli.ok("network route-table create -g rg -n rt");
        cli.ok("network vnet subnet create -g rg --vnet-name hub -n app --address-prefixes 10.0.1.0/24"
                + " --route-table rt");
        assertThat(cli.run("network route-table delete -g rg -n rt").exitCode()).isEqualTo(1);
        assertThat(cli.az.run(java.util.List.of("network", "vnet", "subnet", "update", "-g", "rg", "--vnet-name", "hub",
                "-n", "app", "--route-table", "")).err()).isEmpty();
        cli.ok("network route-table delete -g rg -n rt");
        assertThat(cli.ok("network route-table list -g rg")).isEqualTo("[]\n");
    }

    @Test
    void vpn_connection_update_enables_bgp_and_prints_the_connection() {
        cli.ok("network local-gateway create -g rg -n bgp-site --gateway-ip-address 203.0.113.2"
                + " --local-address-prefixes 192.169.0.1/32 --asn 65020 --bgp-peering-address 192.169.0.1");
        cli.ok("network vpn-connection create -g rg -n bgp-conn --vnet-gateway1 gw --local-gateway2 bgp-site"
                + " --shared-key k");
        JsonNode updated = cli.json("network vpn-connection update -g rg -n bgp-conn --enable-bgp");
        assertThat(updated.get("enableBgp").asBoolean()).isTrue();
        assertThat(updated.get("type").asText()).isEqualTo("Microsoft.Network/connections");
        assertThat(cli.ok("network vpn-connection show -g rg -n bgp-conn --query enableBgp")).isEqualTo("true\n");
        assertThat(cli.ok("network vpn-connection update -g rg -n bgp-conn --set enableBgp=false --query enableBgp"))
                .isEqualTo("false\n");
    }

    @Test
    void a_vpn_connection_update_option_vnetlab_does_not_simulate_gets_the_clear_answer() {
        AzResult r = cli.run("network vpn-connection update -g rg -n conn --routing-weight 3");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("ERROR: argument --routing-weight: '--routing-weight' is an option of"
                + " 'az network vpn-connection update' that vnetlab does not emulate; vnetlab emulates the options that"
                + " 'az network vpn-connection update --help' lists.\n");
    }
}
