package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code az vm nic list|show}: a VM's interfaces, found as the Learn module on routes finds its appliance's. */
class VmNicCommandsTest {

    private final AzTestBench cli = new AzTestBench();

    @BeforeEach
    void anApplianceVm() {
        cli.ok("group create -n rg -l eastus");
        cli.ok("network vnet create -g rg -n vnet --address-prefixes 10.0.0.0/16 --subnet-name dmz"
                + " --subnet-prefixes 10.0.2.0/24");
        cli.ok("vm create -g rg -n nva --vnet-name vnet --subnet dmz --no-wait");
    }

    @Test
    void vm_nic_list_gives_the_references_of_the_vms_network_profile() {
        assertThat(cli.ok("vm nic list -g rg --vm-name nva --query [].id -o tsv"))
                .isEqualTo(AzTestBench.RG + "/providers/Microsoft.Network/networkInterfaces/nvaVMNic\n");
        assertThat(cli.json("vm nic list -g rg --vm-name nva"))
                .isEqualTo(cli.json("vm show -g rg -n nva --query networkProfile.networkInterfaces"));
    }

    @Test
    void vm_nic_show_takes_the_interface_by_id_or_name_and_prints_it_as_network_nic_show() {
        String id = AzTestBench.RG + "/providers/Microsoft.Network/networkInterfaces/nvaVMNic";
        assertThat(cli.ok("vm nic show -g rg --vm-name nva --nic " + id + " --query name -o tsv")).isEqualTo("nvaVMNic\n");
        JsonNode byName = cli.json("vm nic show -g rg --vm-name nva --nic nvaVMNic");
        assertThat(byName).isEqualTo(cli.json("network nic show -g rg -n nvaVMNic"));
    }

    @Test
    void vm_nic_show_of_an_interface_the_vm_does_not_have_is_the_clis_error() {
        cli.ok("network nic create -g rg -n other --vnet-name vnet --subnet dmz");
        AzResult r = cli.run("vm nic show -g rg --vm-name nva --nic other");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("ERROR: NIC '" + AzTestBench.RG
                + "/providers/Microsoft.Network/networkInterfaces/other' not found on VM 'nva'\n");
    }
}
