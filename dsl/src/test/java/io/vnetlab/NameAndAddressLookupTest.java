package io.vnetlab;

import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Questions by name or address find their resources through the indexes the state keeps with every change: a name
 * shared by resources of two groups is ambiguous, an address held in two unpeered networks names no interface.
 */
class NameAndAddressLookupTest {

    /** Two groups, each with a network 10.0.0.0/16 and a VM "web"; one VM "db" in the first. */
    private static Topology twoGroups() {
        Topology t = Topology.create();
        for (String group : new String[]{"rg-a", "rg-b"}) {
            t.resourceGroups().define(group).withRegion(Region.WEST_EUROPE).create();
            t.networks().define("vnet").withRegion(Region.WEST_EUROPE).withExistingResourceGroup(group)
                    .withAddressSpace("10.0.0.0/16").withSubnet("s", "10.0.0.0/24").create();
        }
        t.virtualMachines().define("web").withExistingResourceGroup("rg-a")
                .withExistingPrimaryNetwork(t.network("/subscriptions/" + t.state().subscriptions().iterator().next()
                        .id() + "/resourceGroups/rg-a/providers/Microsoft.Network/virtualNetworks/vnet").id().toString())
                .withSubnet("s").create();
        return t;
    }

    @Test
    void a_vm_is_found_by_name_ignoring_case_and_by_id() {
        Topology t = twoGroups();
        Endpoint byName = t.endpoint("WEB");
        assertThat(byName.shortName()).isEqualTo("web");
        assertThat(t.endpoint(t.vm("web").id().toString())).isEqualTo(byName);
    }

    @Test
    void an_address_held_by_one_interface_is_that_interface_and_by_none_a_bare_address() {
        Topology t = twoGroups();
        assertThat(t.endpoint("10.0.0.4").networkInterfaceId()).contains(t.vm("web").primaryNetworkInterface().id());
        assertThat(t.endpoint("10.0.0.5").networkInterfaceId()).isEmpty();
    }

    @Test
    void a_name_shared_by_vms_of_two_groups_is_ambiguous_and_the_ids_are_listed() {
        Topology t = twoGroups();
        String vnetB = "/subscriptions/" + t.state().subscriptions().iterator().next().id()
                + "/resourceGroups/rg-b/providers/Microsoft.Network/virtualNetworks/vnet";
        t.virtualMachines().define("web").withExistingResourceGroup("rg-b").withExistingPrimaryNetwork(vnetB)
                .withSubnet("s").create();

        assertThatThrownBy(() -> t.reach("web", "10.0.0.9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("More than one virtual machine is named 'web': ")
                .hasMessageEndingWith(". Use the full resource id.");
        // the same address now in two unpeered networks: it names neither interface
        assertThat(t.endpoint("10.0.0.4").networkInterfaceId()).isEmpty();

        t.virtualMachines().delete(t.state().named(io.vnetlab.model.VirtualMachine.class, "web").get(1).id()
                .toString());
        assertThat(t.endpoint("web").shortName()).isEqualTo("web");
        assertThat(t.endpoint("10.0.0.4").networkInterfaceId()).isPresent();
    }

    @Test
    void names_handles_and_addresses_asked_before_are_answered_from_the_state_asked_now() {
        Topology t = twoGroups();
        Vm web = t.vm("web");
        Endpoint asked = t.endpoint("web");
        assertThat(web.endpoint()).isEqualTo(asked);
        assertThat(t.endpoint("10.0.0.4")).isEqualTo(asked);
        String vnetB = "/subscriptions/" + t.state().subscriptions().iterator().next().id()
                + "/resourceGroups/rg-b/providers/Microsoft.Network/virtualNetworks/vnet";

        t.virtualMachines().define("web").withExistingResourceGroup("rg-b").withExistingPrimaryNetwork(vnetB)
                .withSubnet("s").create();

        assertThatThrownBy(() -> t.endpoint("web")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("More than one virtual machine is named 'web': ");
        assertThatThrownBy(() -> t.vm("web")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("More than one virtual machine is named 'web': ");
        assertThat(t.endpoint("10.0.0.4").networkInterfaceId()).isEmpty();

        t.virtualMachines().delete(web.id().toString());

        assertThatThrownBy(web::endpoint).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("VM 'web' no longer exists in ");
        assertThat(t.endpoint("web")).isNotEqualTo(asked);
    }

    @Test
    void a_name_of_nothing_lists_the_vms() {
        Topology t = twoGroups();
        assertThatThrownBy(() -> t.endpoint("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'nope' is neither a VM, a network interface nor an IPv4 address of this topology. VMs:"
                        + " web.");
    }
}
