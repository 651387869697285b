package com.example;

import io.vnetlab.Topology;
import io.vnetlab.junit.TestTopology;
import io.vnetlab.junit.VnetlabTest;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.NetworkAssertions.assertThat;

@VnetlabTest
class LearnModuleTest {

    @TestTopology
    static Topology azure = ReferenceTopologies.learnModule();

    @Test
    void peering_is_not_transitive(Topology fork) {
        assertThat(fork).vm("SalesVM").canReach("MarketingVM").cannotReach("ResearchVM");
    }
}
