package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@Fixture
@VnetlabTest
class ReportFixture {

    @TestTopology
    static Topology azure = ReferenceTopologies.learnModule();

    @Test
    void fails_after_changing_its_fork_and_asking_two_questions(Topology fork) {
        fork.peerings().delete("MarketingVNet", "MarketingVNet-To-ResearchVNet");
        fork.reach("SalesVM", "MarketingVM");
        assertThat(fork.reach("MarketingVM", "ResearchVM").reachable()).as("MarketingVM reaches ResearchVM").isTrue();
    }

    @Test
    void passes(Topology fork) {
        assertThat(fork.reach("SalesVM", "MarketingVM").reachable()).isTrue();
    }
}
