package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.Vm;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

/** Handle fields the extension cannot fill. */
class HandleMisconfigurationFixture {

    @Fixture
    @VnetlabTest
    static class StaticHandle {
        @TestTopology
        static Topology azure = ReferenceTopologies.learnModule();

        @AzureResource("SalesVM")
        static Vm sales;

        @Test
        void static_handle() {
        }
    }

    @Fixture
    @VnetlabTest
    static class UnknownName {
        @TestTopology
        static Topology azure = ReferenceTopologies.learnModule();

        @AzureResource("SalesVm1")
        Vm sales;

        @Test
        void unknown_name() {
        }
    }

    @Fixture
    @VnetlabTest
    static class WrongType {
        @TestTopology
        static Topology azure = ReferenceTopologies.learnModule();

        @AzureResource("SalesVM")
        String sales;

        @Test
        void wrong_type() {
        }
    }
}
