package io.vnetlab;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A topology tells listeners of each change it applies, and goes back to a saved state at once. */
class ChangeListenerAndRestoreTest {

    private final Topology azure = ReferenceTopologies.learnModule();

    @Test
    void a_listener_gets_the_new_state_of_each_applied_change_and_nothing_for_a_refused_one() {
        List<TopologyState> changes = new CopyOnWriteArrayList<>();
        azure.onChange(changes::add);

        azure.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
        assertThat(changes).containsExactly(azure.state());

        assertThatThrownBy(() -> azure.peer("SalesVNet").with("SalesVNet").create())
                .isInstanceOf(AzureException.class);
        assertThat(changes).hasSize(1);
    }

    @Test
    void a_fork_starts_without_the_listeners_of_its_origin() {
        List<TopologyState> changes = new CopyOnWriteArrayList<>();
        azure.onChange(changes::add);

        azure.fork().peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");

        assertThat(changes).isEmpty();
    }

    @Test
    void restore_undoes_every_change_since_the_state_was_saved_and_tells_the_listeners() {
        TopologyState before = azure.state();
        azure.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
        azure.networks().define("ExtraVNet").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.9.0.0/16").create();
        List<TopologyState> changes = new CopyOnWriteArrayList<>();
        azure.onChange(changes::add);

        azure.restore(before);

        assertThat(azure.state()).isSameAs(before);
        assertThat(azure.networks().list()).hasSize(3);
        assertThat(azure.peering("MarketingVNet", "MarketingVNet-To-SalesVNet").state())
                .isEqualTo(PeeringState.Connected);
        assertThat(azure.reach("SalesVM", "MarketingVM").reachable()).isTrue();
        assertThat(changes).containsExactly(before);
    }

    @Test
    void nulls_are_refused_with_what_to_pass() {
        assertThatThrownBy(() -> azure.restore(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'saved' cannot be null: pass a state read with topology.state().");
        assertThatThrownBy(() -> azure.onChange(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'listener' cannot be null: pass the consumer of the new states.");
    }
}
