package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code az network nic create}, {@code az vm create --nics/--availability-set}, availability sets, RDP. */
class NetworkInterfaceAndVmTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void aNetwork() {
        cli.ok("group create -n rg -l westeurope");
        cli.ok("network vnet create -g rg -n hub --address-prefixes 10.0.0.0/16 --subnet-name front"
                + " --subnet-prefixes 10.0.1.0/24");
        cli.ok("network vnet subnet create -g rg --vnet-name hub -n back --address-prefixes 10.0.2.0/24");
        cli.ok("network nsg create -g rg -n web");
        cli.ok("network public-ip create -g rg -n pip");
    }

    @Test
    void nic_create_prints_the_new_interface_under_new_nic() {
        JsonNode nic = cli.json("network nic create -g rg -n nic1 --vnet-name hub --subnet front"
                + " --network-security-group web --public-ip-address pip --ip-forwarding").get("NewNIC");
        assertThat(nic.get("name").asText()).isEqualTo("nic1");
        assertThat(nic.get("enableIPForwarding").asBoolean()).isTrue();
        assertThat(nic.get("networkSecurityGroup").get("id").asText()).endsWith("/networkSecurityGroups/web");
        JsonNode ipConfig = nic.get("ipConfigurations").get(0);
        assertThat(ipConfig.get("privateIPAddress").asText()).isEqualTo("10.0.1.4");
        assertThat(ipConfig.get("privateIPAllocationMethod").asText()).isEqualTo("Dynamic");
        assertThat(ipConfig.get("publicIPAddress").get("id").asText()).endsWith("/publicIPAddresses/pip");
    }

    @Test
    void nic_create_with_a_static_address_and_a_subnet_id() {
        String subnetId = cli.ok("network vnet subnet show -g rg --vnet-name hub -n back --query id -o tsv").trim();
        assertThat(cli.ok("network nic create -g rg -n nic2 --subnet " + subnetId + " --private-ip-address 10.0.2.10"
                + " --query NewNIC.ipConfigurations[0].privateIPAllocationMethod -o tsv")).isEqualTo("Static\n");
    }

    @Test
    void vm_create_on_existing_nics_makes_no_nsg_or_public_ip_of_its_own() {
        cli.ok("network nic create -g rg -n front-nic --vnet-name hub --subnet front --public-ip-address pip");
        cli.ok("network nic create -g rg -n back-nic --vnet-name hub --subnet back");

        JsonNode vm = cli.json("vm create -g rg -n vm1 --nics front-nic back-nic --image Ubuntu2204"
                + " --admin-username azureuser --generate-ssh-keys --public-ip-sku BASIC");

        assertThat(vm.get("privateIpAddress").asText()).isEqualTo("10.0.1.4");
        assertThat(vm.get("publicIpAddress").asText()).isEqualTo("20.0.0.4");
        assertThat(cli.ok("vm show -g rg -n vm1 -d --query privateIps -o tsv")).isEqualTo("10.0.1.4,10.0.2.4\n");
        assertThat(cli.ok("network nsg list -g rg --query [].name -o tsv")).isEqualTo("web\n");
        assertThat(cli.ok("network public-ip list -g rg --query [].name -o tsv")).isEqualTo("pip\n");
    }

    @Test
    void ip_config_show_list_and_update_of_the_interfaces_one_configuration() {
        cli.ok("network nic create -g rg -n nic1 --vnet-name hub --subnet front");
        assertThat(cli.ok("network nic ip-config list -g rg --nic-name nic1 --query [].name -o tsv"))
                .isEqualTo("ipconfig1\n");
        JsonNode updated = cli.json("network nic ip-config update -g rg --nic-name nic1 -n ipconfig1"
                + " --private-ip-address 10.0.1.50 --public-ip-address pip");
        assertThat(updated.get("privateIPAddress").asText()).isEqualTo("10.0.1.50");
        assertThat(updated.get("privateIPAllocationMethod").asText()).isEqualTo("Static");
        assertThat(updated.get("publicIPAddress").get("id").asText()).endsWith("/publicIPAddresses/pip");
        assertThat(cli.ok("network nic ip-config show -g rg --nic-name nic1 -n ipconfig1 --query privateIPAddress"
                + " -o tsv")).isEqualTo("10.0.1.50\n");
        assertThat(cli.run("network nic ip-config show -g rg --nic-name nic1 -n ipconfig2").exitCode()).isEqualTo(3);
    }

    @Test
    void a_nic_used_by_a_vm_cannot_be_deleted_and_a_spare_one_can() {
        cli.ok("network nic create -g rg -n used --vnet-name hub --subnet front");
        cli.ok("network nic create -g rg -n spare --vnet-name hub --subnet front");
        cli.ok("vm create -g rg -n vm1 --nics used --image Ubuntu2204");
        assertThat(cli.run("network nic delete -g rg -n used").exitCode()).isEqualTo(1);
        cli.ok("network nic delete -g rg -n spare");
        assertThat(cli.ok("network nic list -g rg --query [].name -o tsv")).isEqualTo("used\n");
    }

    @Test
    void availability_set_create_show_list_and_a_vm_created_in_it() {
        JsonNode set = cli.json("vm availability-set create -g rg -n avset");
        assertThat(set.get("platformFaultDomainCount").asInt()).isEqualTo(2);
        assertThat(set.get("platformUpdateDomainCount").asInt()).isEqualTo(5);
        assertThat(set.get("type").asText()).isEqualTo("Microsoft.Compute/availabilitySets");

        cli.ok("vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name hub --subnet front --availability-set avset");

        assertThat(cli.ok("vm availability-set show -g rg -n avset --query virtualMachines[0].id -o tsv"))
                .endsWith("/virtualMachines/vm1\n");
        assertThat(cli.ok("vm availability-set list -g rg --query [].name -o tsv")).isEqualTo("avset\n");
        AzResult inUse = cli.run("vm availability-set delete -g rg -n avset");
        assertThat(inUse.exitCode()).isEqualTo(1);
        assertThat(inUse.err()).startsWith("ERROR: (OperationNotAllowed) Availability Set 'avset' cannot be deleted.");
    }

    @Test
    void a_vm_joins_an_availability_set_only_when_it_is_created() {
        cli.ok("vm availability-set create -g rg -n avset");
        cli.ok("vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name hub --subnet front");
        AzResult late = cli.run("vm create -g rg -n vm1 --image Ubuntu2204 --vnet-name hub --subnet front"
                + " --availability-set avset");
        assertThat(late.exitCode()).isEqualTo(1);
        assertThat(late.err()).contains("(OperationNotAllowed)");
        assertThat(cli.run("vm create -g rg -n vm2 --image Ubuntu2204 --availability-set nope").exitCode())
                .isEqualTo(3);
    }

    @Test
    void a_windows_image_opens_rdp_and_a_linux_image_ssh() {
        cli.ok("vm create -g rg -n win1 --image Win2022Datacenter --vnet-name hub --subnet front"
                + " --admin-password Passw0rd!1234");
        cli.ok("vm create -g rg -n lin1 --image Ubuntu2204 --vnet-name hub --subnet front");
        assertThat(cli.ok("network nsg rule list -g rg --nsg-name win1NSG --query [0].[name,destinationPortRange]"
                + " -o tsv")).isEqualTo("default-allow-rdp\n3389\n");
        assertThat(cli.ok("network nsg rule list -g rg --nsg-name lin1NSG --query [0].[name,destinationPortRange]"
                + " -o tsv")).isEqualTo("default-allow-ssh\n22\n");
        cli.ok("vm create -g rg -n win2 --image MicrosoftWindowsServer:WindowsServer:2022-datacenter:latest"
                + " --vnet-name hub --subnet front --admin-password Passw0rd!1234");
        assertThat(cli.ok("network nsg rule list -g rg --nsg-name win2NSG --query [0].name -o tsv"))
                .isEqualTo("default-allow-rdp\n");
    }

    // docs/azure/addressing.md#accelerated-networking
    @Test
    void accelerated_networking_is_recorded_and_shown_on_the_interface() {
        assertThat(cli.ok("network nic create -g rg -n fast --vnet-name hub --subnet front --accelerated-networking"
                + " --query NewNIC.enableAcceleratedNetworking")).isEqualTo("true\n");
        assertThat(cli.ok("network nic list -g rg --query [?name=='fast'].enableAcceleratedNetworking -o tsv"))
                .isEqualTo("true\n");
        assertThat(cli.ok("network nic update -g rg -n fast --accelerated-networking false"
                + " --query enableAcceleratedNetworking")).isEqualTo("false\n");
        assertThat(cli.ok("network nic update -g rg -n fast --set enableAcceleratedNetworking=true"
                + " --query enableAcceleratedNetworking")).isEqualTo("true\n");
        assertThat(cli.ok("network nic create -g rg -n fast --vnet-name hub --subnet front"
                + " --query NewNIC.enableAcceleratedNetworking")).isEqualTo("false\n");
        cli.ok("vm create -g rg -n quick --image Ubuntu2204 --vnet-name hub --subnet front --accelerated-networking true"
                + " --generate-ssh-keys");
        assertThat(cli.ok("network nic show -g rg -n quickVMNic --query enableAcceleratedNetworking"))
                .isEqualTo("true\n");
        cli.ok("network nic update -g rg -n fast --accelerated-networking true");
        cli.ok("network nic delete -g rg -n fast");
        assertThat(cli.ok("network nic create -g rg -n fast --vnet-name hub --subnet front"
                + " --query NewNIC.enableAcceleratedNetworking")).isEqualTo("false\n");
    }

    // docs/azure/addressing.md#dns-servers
    @Test
    void an_interfaces_dns_servers_and_internal_name_are_recorded_shown_and_kept_unless_named() {
        assertThat(cli.json("network nic create -g rg -n named --vnet-name hub --subnet front --dns-servers 100.1.2.3"
                + " --internal-dns-name test").at("/NewNIC/dnsSettings").toString())
                .isEqualTo("{\"appliedDnsServers\":[],\"dnsServers\":[\"100.1.2.3\"],\"internalDnsNameLabel\":\"test\"}");
        assertThat(cli.json("network nic update -g rg -n named --internal-dns-name noodle").at("/dnsSettings").toString())
                .isEqualTo("{\"appliedDnsServers\":[],\"dnsServers\":[\"100.1.2.3\"],\"internalDnsNameLabel\":\"noodle\"}");
        assertThat(cli.ok("network nic update -g rg -n named --dns-servers '' --query length(dnsSettings.dnsServers)"))
                .isEqualTo("0\n");
        assertThat(cli.ok("network nic update -g rg -n named --set dnsSettings.internalDnsNameLabel=doodle"
                + " --query dnsSettings.internalDnsNameLabel -o tsv")).isEqualTo("doodle\n");
        AzResult word = cli.run("network nic update -g rg -n named --dns-servers resolver --ip-forwarding true");
        assertThat(word.exitCode()).isEqualTo(2);
        assertThat(word.err()).isEqualTo("ERROR: argument --dns-servers: 'resolver' is not an IP address.\n");
        assertThat(cli.ok("network nic show -g rg -n named --query enableIPForwarding")).isEqualTo("false\n");
        assertThat(cli.json("network nic create -g rg -n named --vnet-name hub --subnet front").at("/NewNIC/dnsSettings")
                .toString()).isEqualTo("{\"appliedDnsServers\":[],\"dnsServers\":[]}");
    }
}
