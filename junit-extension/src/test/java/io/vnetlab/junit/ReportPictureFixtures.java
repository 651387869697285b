package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.fail;

/** Fixtures for the pictures in the failure report: topologies too large to draw or to tabulate. */
final class ReportPictureFixtures {

    private ReportPictureFixtures() {
    }

    @Fixture
    @VnetlabTest
    static class ManyNetworks {
        @TestTopology
        static Topology azure = networks(Diagnostics.MAX_DRAWN_NETWORKS + 1, 0);

        @Test
        void fails(Topology fork) {
            fail("on purpose");
        }
    }

    @Fixture
    @VnetlabTest
    static class ManyVms {
        @TestTopology
        static Topology azure = networks(1, Diagnostics.MAX_MATRIX_VMS + 1);

        @Test
        void fails(Topology fork) {
            fail("on purpose");
        }
    }

    /** {@code count} networks 10.n.0.0/16, the first with {@code vms} VMs. */
    private static Topology networks(int count, int vms) {
        Topology azure = Topology.create();
        for (int n = 0; n < count; n++) {
            azure.networks().define("vnet" + n).withRegion(Region.WEST_EUROPE).withAddressSpace("10." + n + ".0.0/16")
                    .withSubnet("default", "10." + n + ".0.0/24").create();
        }
        for (int v = 0; v < vms; v++) {
            azure.virtualMachines().define("vm" + v).withExistingPrimaryNetwork("vnet0").withSubnet("default").create();
        }
        return azure;
    }
}
