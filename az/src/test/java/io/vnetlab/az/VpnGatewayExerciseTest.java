package io.vnetlab.az;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of Microsoft Learn's exercise on connecting an on-premises network with VPN gateways: a second virtual
 * network plays the on-premises network, each gateway gets a site whose address is the other gateway's public IP, and
 * one site-to-site connection from each side makes the tunnel (docs/azure/gateways.md#site-to-site-between-networks).
 */
class VpnGatewayExerciseTest {

    private final AzTestBench cli = new AzTestBench();

    /**
     * Both networks, their gateways and sites, each site pointed at the other gateway's public address, and a VM in
     * each with {@code vmOptions}.
     */
    private void networksGatewaysAndSites(String vmOptions) {
        cli.ok("group create -n rg -l westus");
        cli.ok("network vnet create -g rg -n Azure-VNet-1 --address-prefixes 10.0.0.0/16 --subnet-name Services"
                + " --subnet-prefixes 10.0.0.0/24");
        cli.ok("network vnet subnet create -g rg --vnet-name Azure-VNet-1 -n GatewaySubnet"
                + " --address-prefixes 10.0.255.0/27");
        cli.ok("network local-gateway create -g rg -n LNG-HQ-Network --gateway-ip-address 94.0.252.160"
                + " --local-address-prefixes 172.16.0.0/16");
        cli.ok("network vnet create -g rg -n HQ-Network --address-prefixes 172.16.0.0/16 --subnet-name Applications"
                + " --subnet-prefixes 172.16.0.0/24");
        cli.ok("network vnet subnet create -g rg --vnet-name HQ-Network -n GatewaySubnet"
                + " --address-prefixes 172.16.255.0/27");
        cli.ok("network local-gateway create -g rg -n LNG-Azure-VNet-1 --gateway-ip-address 94.0.252.160"
                + " --local-address-prefixes 10.0.0.0/16");
        cli.ok("network public-ip create -g rg -n PIP-VNG-Azure-VNet-1 --allocation-method Static");
        cli.ok("network vnet-gateway create -g rg -n VNG-Azure-VNet-1 --public-ip-address PIP-VNG-Azure-VNet-1"
                + " --vnet Azure-VNet-1 --gateway-type Vpn --vpn-type RouteBased --sku VpnGw1 --no-wait");
        cli.ok("network public-ip create -g rg -n PIP-VNG-HQ-Network --allocation-method Static");
        cli.ok("network vnet-gateway create -g rg -n VNG-HQ-Network --public-ip-address PIP-VNG-HQ-Network"
                + " --vnet HQ-Network --gateway-type Vpn --vpn-type RouteBased --sku VpnGw1 --no-wait");
        String azureAddress = cli.ok("network public-ip show -g rg -n PIP-VNG-Azure-VNet-1 --query ipAddress -o tsv")
                .strip();
        cli.ok("network local-gateway update -g rg -n LNG-Azure-VNet-1 --gateway-ip-address " + azureAddress);
        String hqAddress = cli.ok("network public-ip show -g rg -n PIP-VNG-HQ-Network --query ipAddress -o tsv")
                .strip();
        cli.ok("network local-gateway update -g rg -n LNG-HQ-Network --gateway-ip-address " + hqAddress);
        cli.ok("vm create -g rg -n azure-vm --vnet-name Azure-VNet-1 --subnet Services --image Ubuntu2204"
                + " --admin-username azureuser --generate-ssh-keys" + vmOptions);
        cli.ok("vm create -g rg -n hq-vm --vnet-name HQ-Network --subnet Applications --image Ubuntu2204"
                + " --admin-username azureuser --generate-ssh-keys" + vmOptions);
    }

    @Test
    void the_first_connection_waits_for_the_one_back_and_then_both_networks_reach_each_other() {
        networksGatewaysAndSites("");
        cli.ok("network vpn-connection create -g rg -n Azure-VNet-1-To-HQ-Network --vnet-gateway1 VNG-Azure-VNet-1"
                + " --shared-key Abc123ABC --local-gateway2 LNG-HQ-Network");

        assertThat(cli.ok("network vpn-connection show -g rg -n Azure-VNet-1-To-HQ-Network --query connectionStatus"
                + " -o tsv")).isEqualTo("NotConnected\n");
        assertThat(cli.ok("network watcher test-connectivity -g rg --source-resource azure-vm --dest-resource hq-vm"
                + " --dest-port 22 --query connectionStatus -o tsv")).isEqualTo("Unreachable\n");

        cli.ok("network vpn-connection create -g rg -n HQ-Network-To-Azure-VNet-1 --vnet-gateway1 VNG-HQ-Network"
                + " --shared-key Abc123ABC --local-gateway2 LNG-Azure-VNet-1");

        assertThat(cli.ok("network vpn-connection list -g rg --query [].connectionStatus -o tsv"))
                .isEqualTo("Connected\nConnected\n");
        assertThat(cli.ok("network watcher test-connectivity -g rg --source-resource azure-vm --dest-resource hq-vm"
                + " --dest-port 22 --query connectionStatus -o tsv")).isEqualTo("Reachable\n");
        assertThat(cli.ok("network watcher test-connectivity -g rg --source-resource hq-vm --dest-resource azure-vm"
                + " --dest-port 22 --query connectionStatus -o tsv")).isEqualTo("Reachable\n");
    }

    @Test
    void the_fix_of_a_lone_connection_is_the_az_command_of_the_one_back() {
        // no NSG: the default rules would deny first, the other network not being in the VirtualNetwork tag yet
        networksGatewaysAndSites(" --nsg ''");
        cli.ok("network vpn-connection create -g rg -n Azure-VNet-1-To-HQ-Network --vnet-gateway1 VNG-Azure-VNet-1"
                + " --shared-key Abc123ABC --local-gateway2 LNG-HQ-Network");

        assertThat(cli.ok("network watcher test-connectivity -g rg --source-resource azure-vm --dest-resource hq-vm"
                + " --dest-port 22")).contains("az network vpn-connection create -g rg -n CONNECTION"
                + " --vnet-gateway1 VNG-HQ-Network --local-gateway2 LNG-Azure-VNet-1 --shared-key KEY");
    }
}
