package io.vnetlab.diff;

import io.vnetlab.Topology;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Differential: a diff that skips the class pairs whose path before the change avoids every changed network finds
 * exactly the changes a diff that walks every pair again finds.
 */
class SkippedPathsTest {

    static Stream<Arguments> changes() {
        return Stream.of(
                change("useRemoteGateways off on one spoke", ReferenceTopologies::hubAndSpokeWithGatewayTransit,
                        t -> t.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(false).apply()),
                change("useRemoteGateways on for a spoke whose flows to the site stopped at the gateway",
                        () -> {
                            Topology t = ReferenceTopologies.hubAndSpokeWithGatewayTransit();
                            t.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(false).apply();
                            return t;
                        },
                        t -> t.peerings().update("spoke1", "spoke1-To-hub").useRemoteGateways(true).apply()),
                change("gateway transit off on the hub", ReferenceTopologies::hubAndSpokeWithGatewayTransit,
                        t -> t.peerings().update("hub", "hub-To-spoke2").allowGatewayTransit(false).apply()),
                change("forwarded traffic refused by one spoke", ReferenceTopologies::hubAndSpokeWithAppliance,
                        t -> t.peerings().update("spoke2", "spoke2-To-hub").allowForwardedTraffic(false).apply()),
                change("a peering deleted", ReferenceTopologies::hubAndSpokeWithAppliance,
                        t -> t.peerings().delete("hub", "hub-To-spoke1")),
                change("IP forwarding off on the appliance", ReferenceTopologies::hubAndSpokeWithAppliance,
                        t -> t.networkInterfaces().updateIpForwarding(t.state().virtualMachines().stream()
                                .filter(vm -> vm.name().equals("nva")).findFirst().orElseThrow()
                                .primaryNetworkInterfaceId().toString(), false)),
                change("a deny rule on a subnet's NSG", SkippedPathsTest::learnModuleWithDataNsg,
                        t -> t.networkSecurityGroups().update("data-nsg").defineRule("deny-admin").denyInbound()
                                .fromAnyAddress().fromAnyPort().toAnyAddress().toPortRanges("22", "3389")
                                .withProtocol(Protocol.Tcp).withPriority(100).attach().apply()));
    }

    static Topology learnModuleWithDataNsg() {
        Topology azure = ReferenceTopologies.learnModule();
        azure.networkSecurityGroups().define("data-nsg")
                .withExistingResourceGroup(ReferenceTopologies.LEARN_MODULE_RESOURCE_GROUP)
                .withRegion(Region.WEST_EUROPE).create();
        azure.networkSecurityGroups().associateWithSubnet("data-nsg", "ResearchVNet", "Data");
        return azure;
    }

    static Arguments change(String name, Supplier<Topology> topology, Consumer<Topology> change) {
        return Arguments.of(name, topology, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void skipping_unchanged_paths_finds_the_same_flow_changes(String name, Supplier<Topology> topology,
                                                              Consumer<Topology> change) {
        Topology before = topology.get();
        Topology after = before.fork();
        change.accept(after);

        List<String> skipping = lines(ReachabilityDiff.between(before.dataPlane(), after.dataPlane(), true));
        List<String> walkingAll = lines(ReachabilityDiff.between(before.dataPlane(), after.dataPlane(), false));

        assertThat(skipping).isEqualTo(walkingAll);
    }

    private static List<String> lines(ReachabilityDiff diff) {
        return diff.flows().stream().map(f -> f.direction() + " " + f.source() + " -> " + f.destination() + " "
                + f.protocol() + " " + f.ports() + " " + f.before().reachable() + "/" + f.after().reachable()).toList();
    }
}
