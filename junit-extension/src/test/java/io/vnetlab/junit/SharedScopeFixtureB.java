package io.vnetlab.junit;

import io.vnetlab.Topology;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

@Fixture
@VnetlabTest
class SharedScopeFixtureB {

    static final List<Topology> FIELD_VALUES = new CopyOnWriteArrayList<>();

    @TestTopology(factory = ExpensiveSharedTopology.class, shared = true)
    static Topology hub;

    @Test
    void deletes_a_peering_on_its_fork(Topology azure) {
        FIELD_VALUES.add(hub);
        assertThat(azure.peerings().list()).hasSize(4);
        azure.peerings().delete("MarketingVNet", "MarketingVNet-To-ResearchVNet");
        assertThat(azure.peerings().list()).hasSize(3);
    }
}
