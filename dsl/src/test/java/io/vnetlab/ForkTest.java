package io.vnetlab;

import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.model.PeeringState;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A fork is an independent copy (issue: the foundation, item 6). */
class ForkTest {

    @Test
    void a_fork_starts_equal_to_its_origin() {
        Topology origin = ReferenceTopologies.learnModule();
        Topology fork = origin.fork();
        assertThat(fork.state()).isSameAs(origin.state());
        assertThat(fork.reach("SalesVM", "MarketingVM").reachable()).isTrue();
    }

    @Test
    void changes_to_a_fork_never_show_in_its_origin_nor_the_other_way_round() {
        Topology origin = ReferenceTopologies.learnModule();
        Topology fork = origin.fork();
        fork.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
        origin.peer("SalesVNet").with("ResearchVNet").create();

        assertThat(origin.peering("MarketingVNet", "MarketingVNet-To-SalesVNet").state()).isEqualTo(PeeringState.Connected);
        assertThat(fork.peering("MarketingVNet", "MarketingVNet-To-SalesVNet").state()).isEqualTo(PeeringState.Disconnected);
        assertThat(fork.peerings().list("SalesVNet")).isEmpty();
        assertThat(origin.reach("SalesVM", "ResearchVM").reachable()).isTrue();
        assertThat(fork.reach("SalesVM", "ResearchVM").reachable()).isFalse();
        assertThat(fork.reach("SalesVM", "MarketingVM").reachable()).isFalse();
    }

    @Test
    void a_fork_keeps_its_current_subscription_independently() {
        Topology origin = Topology.create();
        origin.subscriptions().add("aaaaaaaa-0000-0000-0000-000000000002", "Second", Topology.DEFAULT_TENANT_ID);
        Topology fork = origin.fork();
        fork.useSubscription("aaaaaaaa-0000-0000-0000-000000000002");
        assertThat(origin.currentSubscriptionId()).isEqualTo(Topology.DEFAULT_SUBSCRIPTION_ID);
        assertThat(fork.currentSubscriptionId()).isEqualTo("aaaaaaaa-0000-0000-0000-000000000002");
    }
}
