package com.example;

import io.vnetlab.Topology;
import io.vnetlab.junit.TestTopology;
import io.vnetlab.junit.VnetlabTest;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.Traffic.tcp;

/** The README's failing test: verify.groovy finds its topology report in Surefire's XML report. */
// snippet:failure-report
@VnetlabTest
class ResearchAccessTest {

    @TestTopology
    static Topology azure = ReferenceTopologies.learnModule();

    @Test
    void sales_reaches_research_over_ssh(Topology fork) {   // fails: peering is not transitive
        assertThat(fork).vm("SalesVM").canReach("ResearchVM", tcp(22));
    }
}
// end-snippet
