package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Fixture
@VnetlabTest
class ParameterFixture {

    @TestTopology
    static Topology azure = ReferenceTopologies.learnModule();

    @Test
    void every_kind_of_resource_by_name(@AzureResource("SalesVM") VirtualMachine vm,
                                        @AzureResource("SalesVMVMNic") NetworkInterface nic,
                                        @AzureResource("ResearchVNet") VirtualNetwork vnet,
                                        @AzureResource("SalesVNet/Apps") Subnet qualified,
                                        @AzureResource("Data") Subnet unique,
                                        @AzureResource("MarketingVNet/MarketingVNet-To-ResearchVNet") Peering peering,
                                        @AzureResource("SalesVNet-To-MarketingVNet") Peering uniquePeering,
                                        @AzureResource("MarketingVM") Endpoint endpoint,
                                        @AzureResource("10.3.1.4") Endpoint address) {
        assertThat(vm.name()).isEqualTo("SalesVM");
        assertThat(nic.privateIpAddress()).hasToString("10.1.1.4");
        assertThat(vnet.addressSpace()).hasToString("[10.3.0.0/16]");
        assertThat(qualified.addressPrefix()).hasToString("10.1.1.0/24");
        assertThat(unique.addressPrefix()).hasToString("10.3.1.0/24");
        assertThat(peering.global()).isTrue();
        assertThat(uniquePeering.localNetworkName()).isEqualTo("SalesVNet");
        assertThat(endpoint).hasToString("vm 'MarketingVM' 10.2.1.4 (MarketingVNet/Apps)");
        assertThat(address).hasToString("vm 'ResearchVM' 10.3.1.4 (ResearchVNet/Data)");
    }

    @Test
    void names_compare_ignoring_case_as_azures_do(@AzureResource("salesvm") VirtualMachine vm,
                                                  @AzureResource("SALESVNET/apps") Subnet subnet) {
        assertThat(vm.name()).isEqualTo("SalesVM");
        assertThat(subnet.networkName()).isEqualTo("SalesVNet");
    }

    @Test
    void records_are_snapshots_read_again_from_the_fork(Topology azure,
                                                        @AzureResource("SalesVMVMNic") NetworkInterface nic) {
        azure.networkInterfaces().updateIpForwarding("SalesVMVMNic", true);
        assertThat(nic.ipForwarding()).isFalse();
        assertThat(azure.networkInterface("SalesVMVMNic").ipForwarding()).isTrue();
    }

    @Test
    void unknown_name(@AzureResource("SalesVn") VirtualMachine vm) {
    }

    @Test
    void ambiguous_name(@AzureResource("Apps") Subnet subnet) {
    }

    @Test
    void unknown_peering(@AzureResource("SalesVNet/SalesVNet-To-ResearchVNet") Peering peering) {
    }
}
