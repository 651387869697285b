package io.vnetlab.benchmarks;

import io.vnetlab.Topology;
import io.vnetlab.model.Peering;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TopologyGeneratorTest {

    @Test
    void a_hub_with_500_spokes_is_within_azures_peering_limit_and_fully_connected() {
        Topology hub = TopologyGenerator.hubAndSpoke(500, 1, true);
        assertThat(hub.state().networks()).hasSize(501);
        assertThat(hub.peerings().list("hub")).hasSize(500).allMatch(Peering::isConnected);
        assertThat(hub.peerings().list()).filteredOn(Peering::global).hasSize(750);
        assertThat(hub.reach("spoke-499-vm0", "hub-vm").reachable()).isTrue();
        assertThat(hub.reach("spoke-499-vm0", "spoke-000-vm0").reachable()).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> TopologyGenerator.hubAndSpoke(501, 1, false));
    }

    @Test
    void a_mesh_peers_every_pair() {
        Topology mesh = TopologyGenerator.mesh(10);
        assertThat(mesh.peerings().list()).hasSize(90).allMatch(Peering::isConnected);
        assertThat(mesh.reachabilityMatrix().blocked()).isEmpty();
    }

    @Test
    void the_same_seed_gives_the_same_topology() {
        assertThat(TopologyGenerator.random(42).state().peerings().toString())
                .isEqualTo(TopologyGenerator.random(42).state().peerings().toString());
    }
}
