package io.vnetlab;

import io.vnetlab.reference.ReferenceTopologies;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.ReachabilityMatrix;
import io.vnetlab.dataplane.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link Topology#onVerdict}: the hook the JUnit extension uses to report what a failing test asked. */
class VerdictListenerTest {

    @Test
    void a_listener_sees_the_verdicts_of_reach_evaluate_and_each_pair_of_the_matrix_that_is_read() {
        Topology azure = ReferenceTopologies.learnModule();
        List<Verdict> seen = new CopyOnWriteArrayList<>();
        azure.onVerdict(seen::add);

        Verdict reach = azure.reach("SalesVM", "ResearchVM");
        Verdict evaluated = azure.evaluate(Flow.from(azure.endpoint("MarketingVM")).to(azure.endpoint("SalesVM")));
        azure.reachabilityMatrix().verdicts().forEach(v -> { });

        assertThat(seen).hasSize(2 + 6);
        assertThat(seen.get(0)).isSameAs(reach);
        assertThat(seen.get(1)).isSameAs(evaluated);
        assertThat(seen.subList(2, 8)).extracting(v -> v.flow().source().shortName() + "->"
                + v.flow().destination().shortName()).containsExactly("SalesVM->MarketingVM", "SalesVM->ResearchVM",
                "MarketingVM->SalesVM", "MarketingVM->ResearchVM", "ResearchVM->SalesVM", "ResearchVM->MarketingVM");
    }

    @Test
    void a_matrix_whose_verdicts_are_not_read_tells_the_listener_nothing() {
        Topology azure = ReferenceTopologies.learnModule();
        List<Verdict> seen = new CopyOnWriteArrayList<>();
        azure.onVerdict(seen::add);

        ReachabilityMatrix matrix = azure.reachabilityMatrix();
        matrix.reachable(0, 2);
        Verdict explained = matrix.verdict(0, 2);

        assertThat(seen).containsExactly(explained);
    }

    @Test
    void a_fork_does_not_inherit_the_listeners_of_its_origin_nor_the_other_way_round() {
        Topology origin = ReferenceTopologies.learnModule();
        List<Verdict> onOrigin = new CopyOnWriteArrayList<>();
        origin.onVerdict(onOrigin::add);
        Topology fork = origin.fork();
        List<Verdict> onFork = new CopyOnWriteArrayList<>();
        fork.onVerdict(onFork::add);

        fork.reach("SalesVM", "MarketingVM");

        assertThat(onOrigin).isEmpty();
        assertThat(onFork).hasSize(1);
    }

    @Test
    void a_null_listener_is_refused_with_the_argument_named() {
        assertThatThrownBy(() -> Topology.create().onVerdict(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'listener' cannot be null: pass the consumer of the verdicts.");
    }
}
