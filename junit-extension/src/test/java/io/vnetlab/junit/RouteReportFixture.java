package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A failing test whose spoke-to-spoke verdict stops at a hub appliance without IP forwarding, for the report. */
@Fixture
@VnetlabTest
class RouteReportFixture {

    @TestTopology
    static Topology azure = hubWithoutForwarding();

    static Topology hubWithoutForwarding() {
        Topology t = Topology.create();
        t.networks().define("Hub").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("Nva", "10.0.1.0/24").create();
        t.networks().define("Spoke1").withRegion(Region.WEST_EUROPE).withAddressSpace("10.11.0.0/16")
                .withSubnet("Workload", "10.11.1.0/24").create();
        t.networks().define("Spoke2").withRegion(Region.WEST_EUROPE).withAddressSpace("10.12.0.0/16")
                .withSubnet("Workload", "10.12.1.0/24").create();
        t.virtualMachines().define("HubNVA").withExistingPrimaryNetwork("Hub").withSubnet("Nva")
                .withPrimaryPrivateIPAddressStatic("10.0.1.4").create();
        t.virtualMachines().define("Spoke1VM").withExistingPrimaryNetwork("Spoke1").withSubnet("Workload").create();
        t.virtualMachines().define("Spoke2VM").withExistingPrimaryNetwork("Spoke2").withSubnet("Workload").create();
        t.peer("Spoke1").with("Hub").allowForwardedTraffic().create();
        t.peer("Spoke2").with("Hub").allowForwardedTraffic().create();
        t.routeTables().define("Spoke1-rt").withRegion(Region.WEST_EUROPE)
                .withRouteViaVirtualAppliance("10.12.0.0/16", "10.0.1.4").create();
        t.routeTables().associate("Spoke1-rt", "Spoke1", "Workload");
        return t;
    }

    @Test
    void fails_at_the_appliance(Topology fork) {
        assertThat(fork.reach("Spoke1VM", "Spoke2VM").reachable()).as("Spoke1VM reaches Spoke2VM").isTrue();
    }
}
