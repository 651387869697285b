package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code az network route-table}, {@code route-table route}, {@code vnet-gateway}, {@code local-gateway},
 * {@code vpn-connection} and {@code watcher show-next-hop} over them: JSON, tables and errors (docs/azure/gateways.md,
 * docs/azure/routing.md#route-tables, docs/azure/cli-and-network-watcher.md#next-hop).
 */
class RoutingCommandsTest {

    private final AzTestBench cli = new AzTestBench();

    /** Public, private and DMZ subnets with an appliance in the DMZ, as the docs' route table tutorial builds them. */
    @BeforeEach
    void threeSubnets() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n vnet --address-prefix 10.0.0.0/16 --subnet-name Public"
                + " --subnet-prefix 10.0.0.0/24");
        cli.ok("network vnet subnet create -g rg --vnet-name vnet -n Private --address-prefix 10.0.1.0/24");
        cli.ok("network vnet subnet create -g rg --vnet-name vnet -n DMZ --address-prefix 10.0.2.0/24");
    }

    @Test
    void route_table_create_show_list_with_the_group_location_and_propagation_on() {
        JsonNode table = cli.json("network route-table create -g rg -n rt");
        assertThat(table.get("id").asText()).isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/routeTables/rt");
        assertThat(table.get("location").asText()).isEqualTo("eastus");
        assertThat(table.get("disableBgpRoutePropagation").asBoolean()).isFalse();
        assertThat(table.get("routes")).isEmpty();
        assertThat(table.get("type").asText()).isEqualTo("Microsoft.Network/routeTables");
        cli.ok("network route-table create -g rg -n rt2 --disable-bgp-route-propagation true -l westeurope");
        assertThat(cli.ok("network route-table list -g rg --query [].[name,location,disableBgpRoutePropagation] -o tsv"))
                .isEqualTo("rt\teastus\tFalse\nrt2\twesteurope\tTrue\n");
        assertThat(cli.ok("network route-table show -g rg -n rt2 --query name -o tsv")).isEqualTo("rt2\n");
        AzResult missing = cli.run("network route-table show -g rg -n nope");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).startsWith("ERROR: (ResourceNotFound) The Resource 'Microsoft.Network/routeTables"
                + "/nope' under resource group 'rg' was not found.");
    }

    @Test
    void route_create_list_table_and_delete() {
        cli.ok("network route-table create -g rg -n rt");
        JsonNode route = cli.json("network route-table route create -g rg --route-table-name rt -n ToPrivate"
                + " --address-prefix 10.0.1.0/24 --next-hop-type VirtualAppliance --next-hop-ip-address 10.0.2.4");
        assertThat(route.get("id").asText()).isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/routeTables/rt/routes/ToPrivate");
        assertThat(route.get("nextHopIpAddress").asText()).isEqualTo("10.0.2.4");
        assertThat(route.get("type").asText()).isEqualTo("Microsoft.Network/routeTables/routes");
        cli.ok("network route-table route create -g rg --route-table-name rt -n Blackhole --address-prefix 10.9.0.0/16"
                + " --next-hop-type none");
        assertThat(cli.ok("network route-table route list -g rg --route-table-name rt -o table")).isEqualTo(""
                + "AddressPrefix    HasBgpOverride    Name       NextHopIpAddress    NextHopType       ProvisioningState    ResourceGroup\n"
                + "---------------  ----------------  ---------  ------------------  ----------------  -------------------  ---------------\n"
                + "10.0.1.0/24      False             ToPrivate  10.0.2.4            VirtualAppliance  Succeeded            rg\n"
                + "10.9.0.0/16      False             Blackhole                      None              Succeeded            rg\n");
        cli.ok("network route-table route delete -g rg --route-table-name rt -n Blackhole");
        cli.ok("network route-table route delete -g rg --route-table-name rt -n Blackhole");
        assertThat(cli.ok("network route-table route list -g rg --route-table-name rt --query [].name -o tsv"))
                .isEqualTo("ToPrivate\n");
    }

    // docs/azure/cli-and-network-watcher.md#generic-update
    @Test
    void route_update_replaces_the_options_given_keeps_the_others_and_checks_the_route_as_a_create() {
        cli.ok("network route-table create -g rg -n rt");
        cli.ok("network route-table route create -g rg --route-table-name rt -n r --address-prefix 10.5.0.0/16"
                + " --next-hop-type None");
        JsonNode updated = cli.json("network route-table route update -g rg --route-table-name rt -n r"
                + " --next-hop-type VirtualNetworkGateway");
        assertThat(updated.get("nextHopType").asText()).isEqualTo("VirtualNetworkGateway");
        assertThat(updated.get("addressPrefix").asText()).isEqualTo("10.5.0.0/16");
        assertThat(cli.json("network route-table route update -g rg --route-table-name rt -n r"
                + " --set nextHopType=VirtualAppliance nextHopIpAddress=10.0.2.4").get("nextHopIpAddress").asText())
                .isEqualTo("10.0.2.4");
        AzResult keptIp = cli.run("network route-table route update -g rg --route-table-name rt -n r"
                + " --next-hop-type Internet");
        assertThat(keptIp.exitCode()).isEqualTo(1);
        assertThat(keptIp.err()).startsWith("ERROR: (NextHopIpAddressNotAllowed)");
        assertThat(cli.ok("network route-table route update -g rg --route-table-name rt -n r --next-hop-type Internet"
                + " --next-hop-ip-address '' --query [nextHopType,addressPrefix] -o tsv"))
                .isEqualTo("Internet\n10.5.0.0/16\n");
        AzResult missing = cli.run("network route-table route update -g rg --route-table-name rt -n nope"
                + " --next-hop-type None");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).startsWith("ERROR: (NotFound) Resource " + AzTestBench.RG
                + "/providers/Microsoft.Network/routeTables/rt/routes/nope not found.");
    }

    // docs/azure/routing.md#user-route-next-hops
    @Test
    void route_create_errors_required_arguments_choices_and_azures_next_hop_rules() {
        cli.ok("network route-table create -g rg -n rt");
        AzResult missing = cli.run("network route-table route create -g rg --route-table-name rt -n r");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("ERROR: the following arguments are required: --address-prefix,"
                + " --next-hop-type\n");
        AzResult choice = cli.run("network route-table route create -g rg --route-table-name rt -n r"
                + " --address-prefix 10.1.0.0/16 --next-hop-type VnetPeering");
        assertThat(choice.exitCode()).isEqualTo(2);
        assertThat(choice.err()).isEqualTo("ERROR: az network route-table route create: 'VnetPeering' is not a valid"
                + " value for '--next-hop-type'. Allowed values: Internet, None, VirtualAppliance,"
                + " VirtualNetworkGateway, VnetLocal.\n");
        AzResult noIp = cli.run("network route-table route create -g rg --route-table-name rt -n r"
                + " --address-prefix 10.1.0.0/16 --next-hop-type VirtualAppliance");
        assertThat(noIp.exitCode()).isEqualTo(1);
        assertThat(noIp.err()).startsWith("ERROR: (NextHopIpAddressRequired) NextHopIpAddress cannot be Null or"
                + " Empty in route r when NextHopType is VirtualAppliance.");
        AzResult ipNotAllowed = cli.run("network route-table route create -g rg --route-table-name rt -n r"
                + " --address-prefix 10.1.0.0/16 --next-hop-type Internet --next-hop-ip-address 1.2.3.4");
        assertThat(ipNotAllowed.err()).startsWith("ERROR: (NextHopIpAddressNotAllowed)");
        assertThat(cli.ok("network route-table route list -g rg --route-table-name rt")).isEqualTo("[]\n");
    }

    /**
     * docs/azure/routing.md#route-tables, docs/azure/cli-and-network-watcher.md#next-hop: the subnet's table decides,
     * and show-next-hop names the table's id.
     */
    @Test
    void a_route_table_on_a_subnet_sends_traffic_to_the_appliance_and_show_next_hop_names_the_table() {
        cli.ok("network route-table create -g rg -n rtPublic");
        cli.ok("network route-table route create -g rg --route-table-name rtPublic -n ToPrivate"
                + " --address-prefix 10.0.1.0/24 --next-hop-type VirtualAppliance --next-hop-ip-address 10.0.2.4");
        assertThat(cli.ok("network vnet subnet update -g rg --vnet-name vnet -n Public --route-table rtPublic"
                + " --query routeTable.id -o tsv")).isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/routeTables/rtPublic\n");
        assertThat(cli.ok("network route-table show -g rg -n rtPublic --query subnets[].id -o tsv"))
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/virtualNetworks/vnet/subnets/Public\n");
        cli.ok("vm create -g rg -n nva --vnet-name vnet --subnet DMZ --public-ip-address '' --no-wait");
        cli.ok("network nic update -g rg -n nvaVMNic --ip-forwarding true");
        cli.ok("vm create -g rg -n pub --vnet-name vnet --subnet Public --no-wait");
        cli.ok("vm create -g rg -n priv --vnet-name vnet --subnet Private --no-wait");
        assertThat(cli.ok("network watcher show-next-hop -g rg --vm pub --source-ip 10.0.0.4 --dest-ip 10.0.1.4"))
                .isEqualTo("{\n"
                        + "  \"nextHopIpAddress\": \"10.0.2.4\",\n"
                        + "  \"nextHopType\": \"VirtualAppliance\",\n"
                        + "  \"routeTableId\": \"" + AzTestBench.RG + "/providers/Microsoft.Network/routeTables/rtPublic\"\n"
                        + "}\n");
        assertThat(cli.ok("network watcher show-next-hop -g rg --vm priv --source-ip 10.0.1.4 --dest-ip 10.0.0.4"
                + " -o table")).isEqualTo(""
                + "NextHopType    RouteTableId\n"
                + "-------------  --------------\n"
                + "VnetLocal      System Route\n");
        assertThat(cli.ok("network nic show-effective-route-table -g rg -n pubVMNic -o table"))
                .endsWith("User      Active   10.0.1.0/24       VirtualAppliance  10.0.2.4\n");
        assertThat(cli.ok("network watcher test-connectivity -g rg --source-resource pub --dest-resource priv"
                + " --protocol Tcp --dest-port 22 --query connectionStatus -o tsv")).isEqualTo("Reachable\n");
        cli.ok("network nic update -g rg -n nvaVMNic --ip-forwarding false");
        assertThat(cli.ok("network watcher test-connectivity -g rg --source-resource pub --dest-resource priv"
                + " --protocol Tcp --dest-port 22 --query connectionStatus -o tsv")).isEqualTo("Unreachable\n");
        cli.ok("network vnet subnet update -g rg --vnet-name vnet -n Public --route-table ''");
        assertThat(cli.ok("network vnet subnet show -g rg --vnet-name vnet -n Public --query routeTable")).isEmpty();
    }

    /** docs/azure/gateways.md: a VPN gateway, a site and a connection; the site's prefix is routed to the gateway. */
    // docs/azure/gateways.md
    @Test
    void vnet_gateway_local_gateway_and_vpn_connection_route_the_site_to_the_gateway() {
        cli.ok("network vnet subnet create -g rg --vnet-name vnet -n GatewaySubnet --address-prefix 10.0.255.0/27");
        cli.ok("network public-ip create -g rg -n vpn-ip");
        assertThat(cli.ok("network vnet-gateway create -g rg -n vpn --vnet vnet --public-ip-addresses vpn-ip"
                + " --no-wait")).isEmpty();
        JsonNode gateway = cli.json("network vnet-gateway create -g rg -n vpn2 --vnet vnet --gateway-type ExpressRoute"
                + " --sku Standard").get("vnetGateway");
        assertThat(gateway.get("gatewayType").asText()).isEqualTo("ExpressRoute");
        JsonNode site = cli.json("network local-gateway create -g rg -n OnPrem --gateway-ip-address 203.0.113.10"
                + " --local-address-prefixes 10.100.0.0/16");
        assertThat(site.get("localNetworkAddressSpace").get("addressPrefixes").toString())
                .isEqualTo("[\"10.100.0.0/16\"]");
        JsonNode connection = cli.json("network vpn-connection create -g rg -n to-onprem --vnet-gateway1 vpn"
                + " --local-gateway2 OnPrem --shared-key abc123").get("resource");
        assertThat(connection.get("connectionType").asText()).isEqualTo("IPsec");
        cli.ok("vm create -g rg -n app --vnet-name vnet --subnet Private --no-wait");
        assertThat(cli.ok("network watcher show-next-hop -g rg --vm app --source-ip 10.0.1.4 --dest-ip 10.100.0.5"
                + " --query [nextHopType,routeTableId] -o tsv")).isEqualTo("VirtualNetworkGateway\nSystem Route\n");
        AzResult noEnd = cli.run("network vpn-connection create -g rg -n c --vnet-gateway1 vpn");
        assertThat(noEnd.exitCode()).isEqualTo(1);
        assertThat(noEnd.err()).isEqualTo("ERROR: usage error: --vnet-gateway2 NAME_OR_ID | --local-gateway2"
                + " NAME_OR_ID | --express-route-circuit2 NAME_OR_ID\n");
        AzResult outside = cli.run("network vnet-gateway create -g rg -n vpn3 --vnet vnet --vpn-type Other");
        assertThat(outside.exitCode()).isEqualTo(2);
        // docs/azure/gateways.md#vpn-gateways: the CLI's own check of the generation
        AzResult generation = cli.run("network vnet-gateway create -g rg -n er2 --vnet vnet --gateway-type"
                + " ExpressRoute --vpn-gateway-generation Generation1");
        assertThat(generation.exitCode()).isEqualTo(1);
        assertThat(generation.err()).isEqualTo("ERROR: vpn_gateway_generation should not be provided if gateway_type"
                + " is not Vpn.\n");
        assertThat(cli.run("network vnet-gateway show -g rg -n er2").exitCode()).isEqualTo(3);
    }

    // docs/azure/gateways.md#vpn-and-expressroute-gateways
    @Test
    void a_gateway_naming_a_public_ip_that_does_not_exist_is_refused_and_not_made() {
        cli.ok("network vnet subnet create -g rg --vnet-name vnet -n GatewaySubnet --address-prefix 10.0.255.0/27");

        AzResult r = cli.run("network vnet-gateway create -g rg -n vpn --vnet vnet --public-ip-addresses ghost --no-wait");

        assertThat(r.exitCode()).isEqualTo(1);
        String sub = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network";
        String message = "Resource " + sub + "/publicIPAddresses/ghost referenced by resource " + sub
                + "/virtualNetworkGateways/vpn was not found. Please make sure that the referenced resource exists,"
                + " and that both resources are in the same region.";
        assertThat(r.err()).isEqualTo("ERROR: (InvalidResourceReference) " + message
                + "\nCode: InvalidResourceReference\nMessage: " + message + "\n");
        assertThat(cli.az.topology().state().all(io.vnetlab.model.VirtualNetworkGateway.class)).isEmpty();
    }

    /** The route-based gateway article shows the public IP on the gateway's IP configuration, and the reverse. */
    // docs/azure/gateways.md#public-ip-addresses
    @Test
    void a_gateway_shows_its_public_ip_which_shows_the_gateway_and_cannot_be_deleted_under_it() {
        cli.ok("network vnet subnet create -g rg --vnet-name vnet -n GatewaySubnet --address-prefix 10.0.255.0/27");
        cli.ok("network public-ip create -g rg -n gw-ip");
        cli.ok("network vnet-gateway create -g rg -n vpn --vnet vnet --public-ip-address gw-ip --no-wait");
        String sub = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Network";
        assertThat(cli.ok("network vnet-gateway show -g rg -n vpn --query ipConfigurations[0].publicIPAddress.id -o tsv"))
                .isEqualTo(sub + "/publicIPAddresses/gw-ip\n");
        assertThat(cli.ok("network public-ip show -g rg -n gw-ip --query ipConfiguration.id -o tsv"))
                .isEqualTo(sub + "/virtualNetworkGateways/vpn/ipConfigurations/vnetGatewayConfig0\n");
        AzResult r = cli.run("network public-ip delete -g rg -n gw-ip");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("ERROR: (PublicIPAddressCannotBeDeleted) Public IP address " + sub
                + "/publicIPAddresses/gw-ip can not be deleted since it is still allocated to resource " + sub
                + "/virtualNetworkGateways/vpn.");
    }

    // docs/azure/gateways.md
    @Test
    void a_gateway_needs_the_networks_gateway_subnet() {
        AzResult r = cli.run("network vnet-gateway create -g rg -n vpn --vnet vnet");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).startsWith("ERROR: (ResourceNotFound) The Resource");
        assertThat(r.err()).contains("GatewaySubnet");
    }
}
