package io.vnetlab;

import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.dataplane.DataPlane;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.Region;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.render.Tables;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * A data plane recompiled from its predecessor after each change (reusing indexes and route tables whose inputs
 * did not change, and a verdict cache) answers exactly what a data plane compiled from scratch answers: every
 * verdict and every effective route table, after every operation of random sequences (QuickTheories, fixed seed).
 */
class IncrementalRecompileTest {

    private static final long SEED = Long.getLong("QT_SEED", 20261123L);

    @Test
    void a_recompiled_data_plane_answers_what_a_fresh_one_answers() {
        int[] compared = new int[1];
        qt().withFixedSeed(SEED).withExamples(60)
                .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 40))
                .checkAssert(ops -> {
                    Topology topology = ReferenceTopologies.learnModule();   // VMs from the start, so that flows exist
                    for (int op : ops) {
                        try {
                            if (op % 13 == 12) {
                                routeOrSecurityChange(topology, op);
                            } else {
                                ControlPlanePropertiesTest.apply(topology, op);
                            }
                        } catch (AzureException | IllegalArgumentException | IllegalStateException refused) {
                            // refused operations change nothing
                        }
                        compared[0] += compare(topology);
                    }
                });
        assertThat(compared[0]).as("verdicts compared").isGreaterThan(1_000);
    }

    /** Route tables and NSGs on the first subnet, so that reuse across those changes is checked too. */
    private static void routeOrSecurityChange(Topology t, int op) {
        List<VirtualNetwork> networks = new ArrayList<>(t.state().networks());
        if (networks.isEmpty()) {
            return;
        }
        VirtualNetwork n = networks.get((op / 13) % networks.size());
        Subnet s = n.subnets().get(0);
        switch ((op / 100) % 3) {
            case 0: {
                String name = "rt" + (op % 1000);
                t.routeTables().define(name).withRegion(n.region())
                        .withRouteViaVirtualAppliance("10.9.0.0/16", s.addressPrefix().firstAddress().plus(4).toString())
                        .create();
                t.routeTables().associate(name, n.name(), s.name());
                break;
            }
            case 1: {
                String name = "nsg" + (op % 1000);
                t.networkSecurityGroups().define(name).withRegion(n.region()).defineRule("deny-22").denyInbound()
                        .fromAnyAddress().fromAnyPort().toAnyAddress().toPort(22).withProtocol(Protocol.Tcp)
                        .withPriority(100).attach().create();
                t.networkSecurityGroups().associateWithSubnet(name, n.name(), s.name());
                break;
            }
            default:
                t.networks().update(n.name()).withAddressSpace("10.7." + (op % 200) + ".0/24").apply();
        }
    }

    private static int compare(Topology topology) {
        DataPlane recompiled = topology.dataPlane();
        DataPlane fresh = DataPlane.compile(topology.state());
        List<NetworkInterface> nics = new ArrayList<>(topology.state().networkInterfaces());
        int n = 0;
        for (NetworkInterface from : nics) {
            assertThat(Tables.effectiveRoutes(recompiled.effectiveRoutes(from))).isEqualTo(Tables.effectiveRoutes(fresh.effectiveRoutes(from)));
            for (NetworkInterface to : nics) {
                for (Flow flow : List.of(Flow.from(recompiled.endpoint(from)).to(recompiled.endpoint(to)),
                        Flow.from(recompiled.endpoint(from)).to(recompiled.endpoint(to)).on(Protocol.Tcp, 22))) {
                    assertThat(VerdictRenderer.render(recompiled.evaluate(flow))).isEqualTo(VerdictRenderer.render(fresh.evaluate(flow)));
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void a_peering_flag_change_reuses_the_route_tables_it_does_not_touch() {
        Topology t = Topology.create();
        t.networks().define("hub").withRegion(Region.WEST_EUROPE).withAddressSpace("10.0.0.0/16")
                .withSubnet("s", "10.0.0.0/24").create();
        for (int i = 1; i <= 3; i++) {
            t.networks().define("spoke" + i).withRegion(Region.WEST_EUROPE).withAddressSpace("10." + i + ".0.0/16")
                    .withSubnet("s", "10." + i + ".0.0/24").create();
            t.virtualMachines().define("vm" + i).withExistingPrimaryNetwork("spoke" + i).withSubnet("s").create();
            t.peer("spoke" + i).with("hub").create();
        }
        t.virtualMachines().define("hubVm").withExistingPrimaryNetwork("hub").withSubnet("s").create();
        var hubRoutes = t.effectiveRoutes("hubVm");
        var spoke1Routes = t.effectiveRoutes("vm1");
        var spoke2Routes = t.effectiveRoutes("vm2");
        t.peerings().update("spoke2", "spoke2-To-hub").allowForwardedTraffic().apply();
        assertThat(t.effectiveRoutes("hubVm")).as("the hub's peerings are the same records").isSameAs(hubRoutes);
        assertThat(t.effectiveRoutes("vm1")).isSameAs(spoke1Routes);
        assertThat(t.effectiveRoutes("vm2")).as("spoke2's own peering changed").isNotSameAs(spoke2Routes);
        assertThat(Tables.effectiveRoutes(t.effectiveRoutes("vm2"))).isEqualTo(Tables.effectiveRoutes(spoke2Routes));
    }
}
