package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

@Fixture
@VnetlabTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstanceFieldFixture {

    /** Built once, outside any test: the instance field's initializer returns it, and must not leak changes. */
    static final Topology SHARED_BY_MISTAKE = ReferenceTopologies.learnModule();
    static final List<Topology> SEEN = new CopyOnWriteArrayList<>();

    @TestTopology
    Topology azure = SHARED_BY_MISTAKE;

    Topology inBeforeEach;

    @BeforeEach
    void setUp(Topology azure) {
        inBeforeEach = azure;
    }

    @Test
    @Order(1)
    void the_field_is_the_tests_own_fork_and_the_parameter_is_the_field(Topology parameter) {
        SEEN.add(azure);
        assertThat(azure).isNotSameAs(SHARED_BY_MISTAKE).isSameAs(parameter).isSameAs(inBeforeEach);
        azure.networks().define("ExtraVNet").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.9.0.0/16").create();
        azure.networkInterfaces().updateIpForwarding("SalesVMVMNic", true);
    }

    @Test
    @Order(2)
    void the_next_test_gets_a_fresh_one() {
        SEEN.add(azure);
        assertThat(azure.networks().list()).hasSize(3);
        assertThat(azure.networkInterface("SalesVMVMNic").ipForwarding()).isFalse();
        assertThat(SHARED_BY_MISTAKE.networks().list()).hasSize(3);
    }
}
