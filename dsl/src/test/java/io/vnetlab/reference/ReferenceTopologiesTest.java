package io.vnetlab.reference;

import io.vnetlab.Topology;
import io.vnetlab.VirtualMachines;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.Region;
import io.vnetlab.model.Route;
import io.vnetlab.model.VirtualNetwork;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each reference topology is what its documentation says it is. */
class ReferenceTopologiesTest {

    private static final List<String> LEARN_MODULE_VMS = List.of("SalesVM", "MarketingVM", "ResearchVM");

    // ---------------------------------------------------------------- the Learn module

    @Test
    void the_learn_module_has_the_networks_subnets_regions_and_vms_of_its_unit_3() {
        Topology azure = ReferenceTopologies.learnModuleUnpeered();

        assertThat(azure.networks().list())
                .extracting(VirtualNetwork::name, VirtualNetwork::region, n -> n.addressSpace().toString(),
                        n -> n.subnets().get(0).name(), n -> n.subnets().get(0).addressPrefix().toString(),
                        VirtualNetwork::resourceGroup)
                .containsExactly(
                        tuple("SalesVNet", Region.NORTH_EUROPE, "[10.1.0.0/16]", "Apps", "10.1.1.0/24", "learn-rg"),
                        tuple("MarketingVNet", Region.NORTH_EUROPE, "[10.2.0.0/16]", "Apps", "10.2.1.0/24", "learn-rg"),
                        tuple("ResearchVNet", Region.WEST_EUROPE, "[10.3.0.0/16]", "Data", "10.3.1.0/24", "learn-rg"));
        assertThat(azure.networks().list()).allSatisfy(n -> assertThat(n.subnets()).hasSize(1));
        assertThat(LEARN_MODULE_VMS).extracting(vm -> azure.endpoint(vm).address().toString())
                .containsExactly("10.1.1.4", "10.2.1.4", "10.3.1.4");
    }

    @Test
    void unpeered_no_vm_of_the_learn_module_reaches_another() {
        Topology azure = ReferenceTopologies.learnModuleUnpeered();

        assertThat(azure.peerings().list()).isEmpty();
        assertThat(reachability(azure, LEARN_MODULE_VMS)).containsExactly(
                "SalesVM -> MarketingVM: no", "SalesVM -> ResearchVM: no",
                "MarketingVM -> SalesVM: no", "MarketingVM -> ResearchVM: no",
                "ResearchVM -> SalesVM: no", "ResearchVM -> MarketingVM: no");
    }

    @Test
    void the_learn_module_has_the_four_connected_peerings_of_its_unit_4_one_of_them_global_each_way() {
        Topology azure = ReferenceTopologies.learnModule();

        assertThat(azure.peerings().list())
                .extracting(Peering::localNetworkName, Peering::name, Peering::state, Peering::global,
                        Peering::allowVirtualNetworkAccess)
                .containsExactlyInAnyOrder(
                        tuple("SalesVNet", "SalesVNet-To-MarketingVNet", PeeringState.Connected, false, true),
                        tuple("MarketingVNet", "MarketingVNet-To-SalesVNet", PeeringState.Connected, false, true),
                        tuple("MarketingVNet", "MarketingVNet-To-ResearchVNet", PeeringState.Connected, true, true),
                        tuple("ResearchVNet", "ResearchVNet-To-MarketingVNet", PeeringState.Connected, true, true));
    }

    @Test
    void in_the_learn_module_peering_is_not_transitive_as_its_unit_5_shows() {
        Topology azure = ReferenceTopologies.learnModule();

        assertThat(reachability(azure, LEARN_MODULE_VMS)).containsExactly(
                "SalesVM -> MarketingVM: yes", "SalesVM -> ResearchVM: no",
                "MarketingVM -> SalesVM: yes", "MarketingVM -> ResearchVM: yes",
                "ResearchVM -> SalesVM: no", "ResearchVM -> MarketingVM: yes");
    }

    @Test
    void the_learn_module_builds_each_vm_through_the_given_definition() {
        Topology azure = ReferenceTopologies.learnModule(VirtualMachines.Definition::withAzCliDefaults);

        assertThat(LEARN_MODULE_VMS).allSatisfy(vm -> {
            var nic = azure.networkInterface(vm + "VMNic").snapshot();
            assertThat(nic.publicIpAddress()).as("%s's public IP", vm).isPresent();
            assertThat(nic.networkSecurityGroup()).as("%s's NSG", vm).isPresent();
        });
        assertThat(reachability(azure, LEARN_MODULE_VMS)).contains("SalesVM -> MarketingVM: yes",
                "SalesVM -> ResearchVM: no");
    }

    @Test
    void every_call_builds_an_independent_topology() {
        Topology first = ReferenceTopologies.learnModule();
        Topology second = ReferenceTopologies.learnModule();

        first.peer("SalesVNet").with("ResearchVNet").create();

        assertThat(first.reach("SalesVM", "ResearchVM").reachable()).isTrue();
        assertThat(second.reach("SalesVM", "ResearchVM").reachable()).isFalse();
        assertThat(ReferenceTopologies.learnModule().peerings().list()).hasSize(4);
    }

    // ---------------------------------------------------------------- hub and spoke

    @Test
    void the_hub_and_its_spokes_have_the_documented_address_spaces_subnets_and_vms_and_no_peerings() {
        Topology azure = ReferenceTopologies.hubAndSpoke();

        assertThat(azure.networks().list())
                .extracting(VirtualNetwork::name, VirtualNetwork::region, n -> n.addressSpace().toString(),
                        n -> n.subnets().stream().map(s -> s.name() + " " + s.addressPrefix()).sorted().toList())
                .containsExactly(
                        tuple("hub", Region.WEST_EUROPE, "[10.0.0.0/16]",
                                List.of("GatewaySubnet 10.0.255.0/27", "default 10.0.0.0/24", "nva 10.0.1.0/24")),
                        tuple("spoke1", Region.WEST_EUROPE, "[10.1.0.0/16]", List.of("app 10.1.1.0/24", "web 10.1.2.0/24")),
                        tuple("spoke2", Region.WEST_EUROPE, "[10.2.0.0/16]", List.of("app 10.2.1.0/24")));
        assertThat(List.of("spoke1-vm", "spoke1-web", "spoke2-vm"))
                .extracting(vm -> azure.endpoint(vm).address().toString())
                .containsExactly("10.1.1.4", "10.1.2.4", "10.2.1.4");
        assertThat(azure.peerings().list()).isEmpty();
        assertThat(azure.virtualNetworkGateways().list()).isEmpty();
    }

    @Test
    void the_hub_gateway_connects_to_the_on_premises_site_before_any_spoke_is_peered() {
        Topology azure = ReferenceTopologies.hubAndSpokeWithVpnGateway();

        assertThat(azure.virtualNetworkGateways().get("hub-vpn").ipAddress()).hasToString("10.0.255.4");
        assertThat(azure.localNetworkGateways().get("OnPrem").addressPrefixes()).hasToString("[10.100.0.0/16]");
        assertThat(azure.connections().get("hub-to-onprem").site()).isPresent();
        assertThat(azure.peerings().list()).isEmpty();
        assertThat(azure.reach(azure.endpoint("spoke1-vm"), onPremises(azure)).reachable()).isFalse();
    }

    @Test
    void with_gateway_transit_each_spoke_and_the_site_reach_each_other_but_the_spokes_do_not() {
        Topology azure = ReferenceTopologies.hubAndSpokeWithGatewayTransit();

        assertThat(azure.peerings().list())
                .extracting(Peering::name, Peering::state, Peering::allowGatewayTransit, Peering::useRemoteGateways)
                .containsExactlyInAnyOrder(
                        tuple("spoke1-To-hub", PeeringState.Connected, false, true),
                        tuple("hub-To-spoke1", PeeringState.Connected, true, false),
                        tuple("spoke2-To-hub", PeeringState.Connected, false, true),
                        tuple("hub-To-spoke2", PeeringState.Connected, true, false));
        for (String spoke : List.of("spoke1-vm", "spoke2-vm")) {
            assertThat(azure.reach(azure.endpoint(spoke), onPremises(azure)).reachable()).as("%s to the site", spoke)
                    .isTrue();
            assertThat(azure.reach(onPremises(azure), azure.endpoint(spoke)).reachable()).as("the site to %s", spoke)
                    .isTrue();
        }
        assertThat(reachability(azure, List.of("spoke1-vm", "spoke2-vm")))
                .containsExactly("spoke1-vm -> spoke2-vm: no", "spoke2-vm -> spoke1-vm: no");
    }

    @Test
    void with_the_appliance_every_prerequisite_of_spoke_to_spoke_transit_is_in_place() {
        Topology azure = ReferenceTopologies.hubAndSpokeWithAppliance();

        assertThat(azure.networkInterface("nvaVMNic").privateIpAddress()).hasToString("10.0.1.4");
        assertThat(azure.networkInterface("nvaVMNic").ipForwarding()).isTrue();
        assertThat(azure.peerings().list())
                .extracting(Peering::name, Peering::state, Peering::allowForwardedTraffic)
                .containsExactlyInAnyOrder(
                        tuple("spoke1-To-hub", PeeringState.Connected, true),
                        tuple("hub-To-spoke1", PeeringState.Connected, false),
                        tuple("spoke2-To-hub", PeeringState.Connected, true),
                        tuple("hub-To-spoke2", PeeringState.Connected, false));
        assertThat(routes(azure, "spoke1-rt")).containsExactly("10.2.0.0/16 -> VirtualAppliance 10.0.1.4");
        assertThat(routes(azure, "spoke2-rt")).containsExactly("10.1.0.0/16 -> VirtualAppliance 10.0.1.4");
        assertThat(azure.subnet("spoke1", "app").routeTable()).contains(azure.routeTables().get("spoke1-rt").id());
        assertThat(azure.subnet("spoke2", "app").routeTable()).contains(azure.routeTables().get("spoke2-rt").id());
    }

    @Test
    void with_the_appliance_the_spokes_reach_each_other_through_it_and_not_without_ip_forwarding() {
        Topology azure = ReferenceTopologies.hubAndSpokeWithAppliance();

        assertThat(reachability(azure, List.of("spoke1-vm", "spoke2-vm")))
                .containsExactly("spoke1-vm -> spoke2-vm: yes", "spoke2-vm -> spoke1-vm: yes");
        assertThat(azure.nextHop("spoke1-vm", "10.1.1.4", "10.2.1.4").nextHopType())
                .isEqualTo(NextHopType.VirtualAppliance);
        assertThat(azure.nextHop("spoke1-vm", "10.1.1.4", "10.2.1.4").nextHopIpAddress().map(Object::toString))
                .contains("10.0.1.4");

        azure.networkInterfaces().updateIpForwarding("nvaVMNic", false);

        assertThat(azure.reach("spoke1-vm", "spoke2-vm").reachable()).isFalse();
    }

    @Test
    void the_appliance_hub_connected_on_premises_shares_its_gateway_only_with_the_spokes_that_ask_for_it() {
        Topology azure = ReferenceTopologies.connectHubToOnPremises(ReferenceTopologies.hubAndSpokeWithAppliance());

        assertThat(azure.reach("spoke1-vm", "spoke2-vm").reachable()).as("spoke to spoke, through the appliance")
                .isTrue();
        assertThat(azure.reach(azure.endpoint("spoke1-vm"), onPremises(azure)).reachable()).isFalse();

        azure.peerings().update("hub", "hub-To-spoke1").allowGatewayTransit().apply();
        azure.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways().apply();

        assertThat(azure.reach(azure.endpoint("spoke1-vm"), onPremises(azure)).reachable()).isTrue();
        assertThat(azure.reach(azure.endpoint("spoke2-vm"), onPremises(azure)).reachable()).isFalse();
    }

    // ---------------------------------------------------------------- reading a topology

    /** "a -> b: yes|no" for every ordered pair of distinct VMs, in the order given. */
    private static List<String> reachability(Topology azure, List<String> vms) {
        Function<String, Function<String, String>> pair = a -> b -> a + " -> " + b + ": "
                + (azure.reach(a, b).reachable() ? "yes" : "no");
        return vms.stream().flatMap(a -> vms.stream().filter(b -> !b.equals(a)).map(pair.apply(a))).toList();
    }

    private static Endpoint onPremises(Topology azure) {
        return azure.onPremisesHost("OnPrem", "10.100.0.10").endpoint();
    }

    private static List<String> routes(Topology azure, String routeTable) {
        return azure.routeTables().get(routeTable).routes().stream()
                .map((Route r) -> r.addressPrefix() + " -> " + r.nextHopType() + " "
                        + r.nextHopIp().map(Object::toString).orElse(""))
                .toList();
    }
}
