package io.vnetlab.dataplane;

import io.vnetlab.Topology;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A walk that only decides — all pairs asks it once per pair of classes, and builds no verdict — decides as the walk
 * that explains: on every ordered pair of endpoints of the reference topologies and of variants that drop traffic in
 * each stage (an NSG, an appliance without IP forwarding, a missing peering, a site, a public address, the
 * Internet, a public address open only to a NAT gateway's), on any protocol and on SSH.
 */
class DecidingWalkTest {

    static Stream<Arguments> topologies() {
        List<Arguments> all = new ArrayList<>();
        add(all, "Learn module", ReferenceTopologies::learnModule);
        add(all, "Learn module, unpeered", ReferenceTopologies::learnModuleUnpeered);
        add(all, "hub and spoke", ReferenceTopologies::hubAndSpoke);
        add(all, "gateway transit", ReferenceTopologies::hubAndSpokeWithGatewayTransit);
        add(all, "HA appliances", ReferenceTopologies::hubAndSpokeWithHaAppliances);
        add(all, "appliance, site, NSGs", () -> {
            Topology azure = ReferenceTopologies.connectHubToOnPremises(ReferenceTopologies.hubAndSpokeWithAppliance());
            azure.networkSecurityGroups().define("nva-nsg").withRegion(Region.WEST_EUROPE)
                    .defineRule("no-ssh-through").denyInbound().fromAnyAddress().fromAnyPort().toAnyAddress()
                    .toPort(22).withProtocol(Protocol.Tcp).withPriority(100).attach().create();
            azure.networkSecurityGroups().associateWithNetworkInterface("nva-nsg", "nvaVMNic");
            azure.networkSecurityGroups().define("spoke2-nsg").withRegion(Region.WEST_EUROPE)
                    .defineRule("deny-all-in").denyInbound().fromAnyAddress().fromAnyPort().toAnyAddress()
                    .toAnyPort().withAnyProtocol().withPriority(200).attach().create();
            azure.networkSecurityGroups().associateWithSubnet("spoke2-nsg", "spoke2", "app");
            return azure;
        });
        add(all, "appliance without IP forwarding, a public address", () -> {
            Topology azure = ReferenceTopologies.hubAndSpokeWithAppliance();
            azure.networkInterfaces().updateIpForwarding("nvaVMNic", false);
            azure.publicIpAddresses().define("web-ip").withRegion(Region.WEST_EUROPE)
                    .withExistingResourceGroup(azure.state().networks().iterator().next().id().resourceGroup()).create();
            azure.publicIpAddresses().associateWithNetworkInterface("web-ip", "spoke1-webVMNic");
            return azure;
        });
        add(all, "a NAT gateway's address let in to another machine's public address", () -> {
            // the inbound decision at the public address depends on the address the sender's outbound method
            // translated to, which the walk learns from the forwarding stage
            Topology azure = Topology.create();
            azure.resourceGroups().define("rg").withRegion(Region.EAST_US).create();
            azure.networks().define("vnet").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                    .withAddressSpace("10.1.0.0/16").withPrivateSubnet("app", "10.1.0.0/24")
                    .withSubnet("web", "10.1.1.0/24").withSubnet("other", "10.1.2.0/24").create();
            azure.virtualMachines().define("app-vm").withExistingPrimaryNetwork("vnet").withSubnet("app").create();
            azure.virtualMachines().define("web-vm").withExistingPrimaryNetwork("vnet").withSubnet("web").create();
            azure.virtualMachines().define("other-vm").withExistingPrimaryNetwork("vnet").withSubnet("other").create();
            azure.publicIpAddresses().define("nat-ip").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                    .create();
            azure.natGateways().define("nat").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                    .withPublicIpAddress("nat-ip").create();
            azure.natGateways().associateWithSubnet("nat", "vnet", "app");
            azure.publicIpAddresses().define("web-ip").withRegion(Region.EAST_US).withExistingResourceGroup("rg")
                    .create();
            azure.publicIpAddresses().associateWithNetworkInterface("web-ip", "web-vmVMNic");
            azure.networkSecurityGroups().define("web-nsg").withRegion(Region.EAST_US)
                    .defineRule("from-nat").allowInbound()
                    .fromAddress(azure.publicIpAddresses().get("nat-ip").ipAddress().toString()).fromAnyPort()
                    .toAnyAddress().toAnyPort().withAnyProtocol().withPriority(100).attach()
                    .defineRule("nothing-else").denyInbound().fromAnyAddress().fromAnyPort().toAnyAddress()
                    .toAnyPort().withAnyProtocol().withPriority(200).attach().create();
            azure.networkSecurityGroups().associateWithSubnet("web-nsg", "vnet", "web");
            return azure;
        });
        return all.stream();
    }

    private static void add(List<Arguments> all, String name, Supplier<Topology> topology) {
        all.add(Arguments.of(name, topology));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("topologies")
    void a_walk_that_only_decides_decides_as_the_walk_that_explains(String name, Supplier<Topology> build) {
        Topology topology = build.get();
        DataPlane plane = topology.dataPlane();
        List<Endpoint> endpoints = new ArrayList<>();
        for (NetworkInterface nic : topology.state().networkInterfaces()) {
            endpoints.add(plane.endpoint(nic));
        }
        topology.state().all(io.vnetlab.model.LocalNetworkGateway.class).forEach(site ->
                endpoints.add(topology.onPremisesHost(site.name(), site.addressPrefixes().get(0).firstAddress()
                        .plus(10).toString()).endpoint()));
        topology.state().all(io.vnetlab.model.PublicIpAddress.class).forEach(ip ->
                endpoints.add(Endpoint.address(ip.ipAddress())));
        endpoints.add(Endpoint.address("203.0.113.50"));
        int walks = 0;
        for (Endpoint from : endpoints) {
            for (Endpoint to : endpoints) {
                if (from == to) {
                    continue;
                }
                for (Flow flow : List.of(Flow.from(from).to(to), Flow.from(from).to(to).on(Protocol.Tcp, 22))) {
                    assertThat(plane.reaches(flow)).as("%s", flow).isEqualTo(plane.walk(flow).reachable());
                    walks++;
                }
            }
        }
        assertThat(walks).isPositive();
    }
}
