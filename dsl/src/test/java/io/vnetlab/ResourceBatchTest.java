package io.vnetlab;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.controlplane.ResourceBatch;
import io.vnetlab.controlplane.ConnectionRequest;
import io.vnetlab.controlplane.NetworkRequest;
import io.vnetlab.controlplane.NicRequest;
import io.vnetlab.controlplane.PeeringRequest;
import io.vnetlab.controlplane.RouteRequest;
import io.vnetlab.controlplane.RouteTableRequest;
import io.vnetlab.controlplane.SubnetRequest;
import io.vnetlab.controlplane.VirtualMachineRequest;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.AzureException;
import io.vnetlab.controlplane.TopologyState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.vnetlab.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ARM-shaped PUTs in one batch: applied in order, committed whole, or not at all. */
class ResourceBatchTest {

    private static final String SUB = Topology.DEFAULT_SUBSCRIPTION_ID;

    private static ResourceId id(String type, String name) {
        return ResourceId.resource(SUB, "rg", type.startsWith("virtualMachines") ? ResourceId.COMPUTE
                : ResourceId.NETWORK, type, name);
    }

    private static Topology withGroup() {
        Topology t = Topology.create();
        t.resourceGroups().define("rg").withRegion(Region.WEST_EUROPE).create();
        return t;
    }

    private static NicRequest nic(String name, ResourceId subnet, String staticAddress) {
        return new NicRequest(id("networkInterfaces", name), Region.WEST_EUROPE, subnet, staticAddress,
                false, null, List.of(), null);
    }

    @Test
    void puts_in_one_batch_see_each_other_and_commit_together() {
        Topology t = withGroup();
        ResourceId hub = id("virtualNetworks", "hub");
        ResourceId spoke = id("virtualNetworks", "spoke");

        VirtualMachine vm = t.batch(b -> {
            b.putNetwork(new NetworkRequest(hub, Region.WEST_EUROPE, List.of("10.0.0.0/16"), List.of()));
            b.putSubnet(hub.child("subnets", "apps"), new SubnetRequest("apps", "10.0.1.0/24", null, null));
            b.putNetwork(new NetworkRequest(spoke, Region.WEST_EUROPE, List.of("10.1.0.0/16"), List.of()));
            b.putPeering(new PeeringRequest(hub, "to-spoke", spoke, true, false, false, false, false));
            b.putPeering(new PeeringRequest(spoke, "to-hub", hub, true, true, false, false, false));
            b.putNetworkInterface(nic("app-nic", hub.child("subnets", "apps"), null));
            return b.putVirtualMachine(new VirtualMachineRequest(id("virtualMachines", "app"), Region.WEST_EUROPE,
                    List.of(id("networkInterfaces", "app-nic"))));
        });

        assertThat(t.peering("hub", "to-spoke").state()).isEqualTo(PeeringState.Connected);
        assertThat(t.networkInterface("app-nic").privateIpAddress()).hasToString("10.0.1.4");
        assertThat(t.networkInterface("app-nic").snapshot().virtualMachineId()).isEqualTo(vm.id());
        assertThat(t.vm("app").snapshot().networkInterfaceIds()).containsExactly(id("networkInterfaces", "app-nic"));
    }

    @Test
    void a_batch_that_throws_leaves_the_topology_exactly_as_it_was() {
        Topology t = withGroup();
        ResourceId hub = id("virtualNetworks", "hub");

        rejects(t, AzureErrorCode.NetcfgSubnetRangeOutsideVnet, () -> t.batch(b -> {
            b.putNetwork(new NetworkRequest(hub, Region.WEST_EUROPE, List.of("10.0.0.0/16"), List.of()));
            return b.putSubnet(hub.child("subnets", "far"), new SubnetRequest("far", "10.9.0.0/24",
                    null, null));
        }));
        assertThat(t.networks().list()).isEmpty();
    }

    @Test
    void an_interface_another_vm_uses_cannot_be_attached_to_a_second_vm() {
        Topology t = withGroup();
        ResourceId hub = id("virtualNetworks", "hub");
        t.batch(b -> {
            b.putNetwork(new NetworkRequest(hub, Region.WEST_EUROPE, List.of("10.0.0.0/16"),
                    List.of(new SubnetRequest("apps", "10.0.1.0/24", null, null))));
            b.putNetworkInterface(nic("shared-nic", hub.child("subnets", "apps"), "10.0.1.10"));
            return b.putVirtualMachine(new VirtualMachineRequest(id("virtualMachines", "first"), Region.WEST_EUROPE,
                    List.of(id("networkInterfaces", "shared-nic"))));
        });

        rejects(t, AzureErrorCode.NicInUse, () -> t.batch(b -> b.putVirtualMachine(new VirtualMachineRequest(id("virtualMachines", "second"),
                Region.WEST_EUROPE, List.of(id("networkInterfaces", "shared-nic"))))));
        rejects(t, AzureErrorCode.InvalidResourceReference, () -> t.batch(b -> b.putVirtualMachine(new VirtualMachineRequest(
                id("virtualMachines", "third"), Region.WEST_EUROPE, List.of(id("networkInterfaces", "missing"))))));
    }

    @Test
    void a_vm_put_again_without_an_interface_detaches_it() {
        Topology t = withGroup();
        ResourceId hub = id("virtualNetworks", "hub");
        t.batch(b -> {
            b.putNetwork(new NetworkRequest(hub, Region.WEST_EUROPE, List.of("10.0.0.0/16"),
                    List.of(new SubnetRequest("apps", "10.0.1.0/24", null, null))));
            b.putNetworkInterface(nic("nic1", hub.child("subnets", "apps"), null));
            b.putNetworkInterface(nic("nic2", hub.child("subnets", "apps"), null));
            return b.putVirtualMachine(new VirtualMachineRequest(id("virtualMachines", "vm"), Region.WEST_EUROPE,
                    List.of(id("networkInterfaces", "nic1"), id("networkInterfaces", "nic2"))));
        });

        t.batch(b -> b.putVirtualMachine(new VirtualMachineRequest(id("virtualMachines", "vm"), Region.WEST_EUROPE,
                List.of(id("networkInterfaces", "nic2")))));

        NetworkInterface nic1 = t.networkInterface("nic1").snapshot();
        assertThat(nic1.virtualMachine()).isEmpty();
        assertThat(t.vm("vm").snapshot().primaryNetworkInterfaceId().name()).isEqualTo("nic2");
    }

    @Test
    void a_batch_cannot_be_used_after_it_ends_nor_store_model_records_unvalidated() {
        Topology t = withGroup();
        ResourceBatch[] kept = new ResourceBatch[1];
        t.batch(b -> kept[0] = b);

        assertThatThrownBy(() -> kept[0].resourceGroup(SUB, "rg")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> t.batch(b -> {
            b.putRecord(VirtualMachine.class, id("virtualMachines", "x"), new VirtualMachine(id("virtualMachines",
                    "x"), "x", Region.WEST_EUROPE, List.of(id("networkInterfaces", "n"))));
            return null;
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a model record");
    }

    // ---- routing resources for ARM deployments

    private static Topology hubWithTable() {
        Topology t = withGroup();
        t.batch(b -> {
            b.putRouteTable(new RouteTableRequest(id("routeTables", "rt"), Region.WEST_EUROPE, List.of(new RouteRequest(
                    "default", "0.0.0.0/0", "VirtualAppliance", "10.0.1.4")), false));
            return b.putNetwork(new NetworkRequest(id("virtualNetworks", "hub"), Region.WEST_EUROPE, List.of("10.0.0.0/16"),
                    List.of(new SubnetRequest("apps", "10.0.2.0/24", null, id("routeTables", "rt")),
                            new SubnetRequest("nva", "10.0.1.0/24", null, null))));
        });
        return t;
    }

    // docs/azure/routing.md#route-tables
    @Test
    void a_route_put_adds_or_replaces_one_route_and_keeps_the_others() {
        Topology t = hubWithTable();

        t.batch(b -> {
            b.putRoute(id("routeTables", "rt").child("routes", "blackhole"),
                    new RouteRequest("blackhole", "192.0.2.0/24", "None", null));
            return b.putRoute(id("routeTables", "rt").child("routes", "DEFAULT"),
                    new RouteRequest("DEFAULT", "0.0.0.0/0", "Internet", null));
        });

        assertThat(t.routeTables().get("rt").routes()).extracting(r -> r.name() + " " + r)
                .containsExactly("default route 'default' 0.0.0.0/0 -> Internet",
                        "blackhole route 'blackhole' 192.0.2.0/24 -> None");
        assertThat(t.network("hub").subnet("apps").orElseThrow().routeTableId()).isEqualTo(id("routeTables", "rt"));
    }

    @Test
    void a_network_put_whose_subnet_names_a_missing_route_table_is_refused_whole() {
        Topology t = withGroup();

        rejects(t, AzureErrorCode.InvalidResourceReference, () -> t.batch(b -> b.putNetwork(new NetworkRequest(id("virtualNetworks",
                "hub"), Region.WEST_EUROPE, List.of("10.0.0.0/16"), List.of(new SubnetRequest("apps",
                "10.0.2.0/24", null, id("routeTables", "missing")))))));
    }

    @Test
    void a_vnet2vnet_connection_without_its_second_gateway_is_refused() {
        Topology t = withGroup();

        rejects(t, AzureErrorCode.InvalidConnectionEndpoints, () -> t.batch(b -> b.putConnection(new ConnectionRequest(id("connections",
                "c"), io.vnetlab.model.ConnectionType.Vnet2Vnet, id("virtualNetworkGateways", "g"), null, null, false))));
    }

    @Test
    void a_verdict_that_crosses_an_azure_firewall_interface_warns_that_its_rules_were_not_evaluated() {
        Topology t = hubWithTable();
        ResourceId firewall = id("azureFirewalls", "fw");
        t.batch(b -> {
            b.putNetworkInterface(new NicRequest(firewall, Region.WEST_EUROPE,
                    id("virtualNetworks", "hub").child("subnets", "nva"), null, true, null, List.of(), null,
                    InterfaceOwner.AzureFirewall));
            return b.putNetworkInterface(nic("app-nic", id("virtualNetworks", "hub").child("subnets", "apps"), null));
        });

        io.vnetlab.dataplane.Verdict verdict = t.reach("app-nic", "8.8.8.8");

        assertThat(verdict.reachable()).isTrue();
        assertThat(VerdictRenderer.warnings(verdict)).containsExactly("Azure Firewall 'fw' (10.0.1.4) forwarded the packet as a"
                + " plain appliance: its rule collections were not evaluated.");
    }

    @Test
    void dsl_calls_inside_a_batch_join_it_and_are_committed_with_it() {
        Topology t = withGroup();

        VirtualNetwork inner = t.batch(b -> t.networks().define("Inner").withRegion(Region.WEST_EUROPE)
                .withExistingResourceGroup("rg").withAddressSpace("10.9.0.0/16").create());

        assertThat(t.state().network(inner.id())).contains(inner);
    }

    @Test
    void dsl_calls_inside_a_batch_see_the_batchs_puts_and_are_dropped_when_it_fails() {
        Topology t = withGroup();
        ResourceId hub = id("virtualNetworks", "hub");
        TopologyState before = t.state();

        assertThatThrownBy(() -> t.batch(b -> {
            b.putNetwork(new NetworkRequest(hub, Region.WEST_EUROPE, List.of("10.0.0.0/16"),
                    List.of(new SubnetRequest("apps", "10.0.1.0/24"))));
            t.virtualMachines().define("vm1").withExistingResourceGroup("rg").withExistingPrimaryNetwork("hub")
                    .withSubnet("apps").create();
            return b.putNetwork(new NetworkRequest(id("virtualNetworks", "bad"), Region.WEST_EUROPE,
                    List.of("10.0.0.0/33"), List.of()));
        })).isInstanceOf(AzureException.class);

        assertThat(t.state()).isEqualTo(before);
    }

    @Test
    void a_batch_nested_in_a_batch_commits_into_it_and_fails_alone() {
        Topology t = withGroup();

        VirtualNetwork outer = t.batch(b -> {
            VirtualNetwork made = b.putNetwork(new NetworkRequest(id("virtualNetworks", "outer"), Region.WEST_EUROPE,
                    List.of("10.0.0.0/16"), List.of()));
            t.batch(inner -> inner.putNetwork(new NetworkRequest(id("virtualNetworks", "inner"),
                    Region.WEST_EUROPE, List.of("10.1.0.0/16"), List.of())));
            assertThatThrownBy(() -> t.batch(failing -> {
                failing.putNetwork(new NetworkRequest(id("virtualNetworks", "dropped"), Region.WEST_EUROPE,
                        List.of("10.2.0.0/16"), List.of()));
                throw new IllegalStateException("the nested work gives up");
            })).hasMessage("the nested work gives up");
            return made;
        });

        assertThat(t.state().networks()).extracting(VirtualNetwork::name).containsExactly("outer", "inner");
        assertThat(t.state().network(outer.id())).isPresent();
    }
}
