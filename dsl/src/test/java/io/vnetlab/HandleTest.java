package io.vnetlab;

import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.model.Protocol;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Handles hold an identity and read their topology's current state on every call. */
class HandleTest {

    private final Topology azure = ReferenceTopologies.learnModule();

    // docs/azure/learn-module.md
    @Test
    void a_vm_handle_reaches_another_and_explains_itself() {
        Vm sales = azure.vm("SalesVM");

        assertThat(sales.reach(azure.vm("MarketingVM")).reachable()).isTrue();
        assertThat(sales.reach(azure.vm("MarketingVM"), Protocol.Tcp, 22).reachable()).isTrue();
        assertThat(sales.reach(azure.vm("ResearchVM")).reachable()).isFalse();
        assertThat(sales.explain(azure.vm("ResearchVM"))).isEqualTo(azure.explain("SalesVM", "ResearchVM"));
    }

    @Test
    void a_vm_handle_offers_its_name_address_interfaces_and_routes_from_the_current_state() {
        Vm sales = azure.vm("salesvm");

        assertThat(sales.name()).isEqualTo("SalesVM");
        assertThat(sales.id()).isEqualTo(azure.virtualMachines().get("SalesVM").id());
        assertThat(sales.privateIpAddress()).hasToString("10.1.1.4");
        assertThat(sales.address()).isEqualTo(sales.privateIpAddress());
        assertThat(sales.networkInterfaces()).containsExactly(azure.networkInterface("SalesVMVMNic"));
        assertThat(sales.primaryNetworkInterface().virtualMachine()).contains(sales);
        assertThat(sales.snapshot()).isSameAs(azure.state().virtualMachine(sales.id()).orElseThrow());
        assertThat(sales.effectiveRoutes()).isEqualTo(azure.effectiveRoutes("SalesVM"));
        assertThat(sales.nextHop("10.2.1.4").nextHopType()).isEqualTo(NextHopType.VNetPeering);
        assertThat(sales).hasToString("vm 'SalesVM'");
    }

    @Test
    void a_handle_sees_changes_made_after_it_was_obtained() {
        Vm sales = azure.vm("SalesVM");
        Vm research = azure.vm("ResearchVM");
        Nic salesNic = sales.primaryNetworkInterface();

        azure.peer("SalesVNet").with("ResearchVNet").create();
        azure.networkInterfaces().updateIpForwarding("SalesVMVMNic", true);

        assertThat(sales.reach(research).reachable()).isTrue();
        assertThat(salesNic.ipForwarding()).isTrue();
    }

    @Test
    void a_handle_of_a_deleted_vm_says_so_when_asked() {
        Vm research = azure.vm("ResearchVM");

        azure.virtualMachines().delete("ResearchVM");

        assertThat(research.name()).isEqualTo("ResearchVM");
        assertThatIllegalStateException().isThrownBy(research::endpoint)
                .withMessage("VM 'ResearchVM' no longer exists in topology (3 virtual networks, 4 peerings, 2 VMs):"
                        + " it was deleted.");
    }

    @Test
    void a_fork_has_handles_of_its_own_and_refuses_those_of_another_topology() {
        Topology fork = azure.fork();
        Vm sales = azure.vm("SalesVM");

        fork.peer("SalesVNet").with("ResearchVNet").create();

        assertThat(fork.vm("SalesVM").reach(fork.vm("ResearchVM")).reachable()).isTrue();
        assertThat(sales.reach(azure.vm("ResearchVM")).reachable()).isFalse();
        assertThat(fork.vm("SalesVM")).isNotEqualTo(sales);
        assertThat(azure.vm("SalesVM")).isEqualTo(sales).hasSameHashCodeAs(sales);
        assertThatIllegalArgumentException().isThrownBy(() -> sales.reach(fork.vm("ResearchVM")))
                .withMessage("vm 'ResearchVM' is a handle of another topology (topology (3 virtual networks, 6"
                        + " peerings, 3 VMs)): get it from this one, as topology.vm(name) or topology.host(name) do.");
    }

    @Test
    void host_resolves_a_vm_an_interface_or_an_address_as_endpoint_does() {
        assertThat(azure.host("SalesVM")).isInstanceOf(Vm.class).isEqualTo(azure.vm("SalesVM"));
        assertThat(azure.host("SalesVMVMNic")).isInstanceOf(Nic.class);
        assertThat(azure.host("203.0.113.7")).isInstanceOf(AddressHost.class).hasToString("address 203.0.113.7");
        assertThat(azure.host("10.3.1.4").endpoint()).isEqualTo(azure.endpoint("ResearchVM"));
        assertThatIllegalArgumentException().isThrownBy(() -> azure.host("SalesVm1"))
                .withMessageContaining("VMs: SalesVM, MarketingVM, ResearchVM.");
    }

    // docs/azure/gateways.md#advertised-prefixes
    @Test
    void an_on_premises_host_reaches_a_spoke_through_the_hubs_gateway() {
        Topology hub = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
        OnPremisesHost site = hub.onPremisesHost("OnPrem", "10.100.0.10");

        assertThat(site.reach(hub.vm("spoke1-vm")).reachable()).isTrue();
        assertThat(hub.reach(hub.vm("spoke1-vm"), site).reachable()).isTrue();
        assertThat(site.site().name()).isEqualTo("OnPrem");
        assertThat(site).hasToString("host 10.100.0.10 (site 'OnPrem')");
    }
}
