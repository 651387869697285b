package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Fixture classes that misconfigure the extension, one mistake each. */
final class Misconfigurations {

    private Misconfigurations() {
    }

    @Fixture
    @VnetlabTest
    static class WrongType {
        @TestTopology
        static String azure = "SalesVNet";

        @Test
        void test() {
        }
    }

    @Fixture
    @VnetlabTest
    static class NullField {
        @TestTopology
        static Topology azure;

        @Test
        void test() {
        }
    }

    @Fixture
    @VnetlabTest
    static class SharedWithoutFactory {
        @TestTopology(shared = true)
        static Topology azure = ReferenceTopologies.learnModule();

        @Test
        void test() {
        }
    }

    @Fixture
    @VnetlabTest
    static class InitializerAndFactory {
        @TestTopology(factory = CountingLearnModule.class)
        static Topology azure = ReferenceTopologies.learnModule();

        @Test
        void test() {
        }
    }

    @Fixture
    @VnetlabTest
    static class FinalStaticWithFactory {
        @TestTopology(factory = CountingLearnModule.class)
        static final Topology azure = null;

        @Test
        void test() {
        }
    }

    /** A factory that cannot build: it fails. */
    static class FailingFactory implements TopologyFactory {
        @Override
        public Topology create() {
            Topology t = ReferenceTopologies.learnModuleUnpeered();
            t.vm("SalesVM2");
            return t;
        }
    }

    @Fixture
    @VnetlabTest
    static class FactoryFails {
        @TestTopology(factory = FailingFactory.class)
        static Topology azure;

        @Test
        void test() {
        }
    }

    @Fixture
    @VnetlabTest
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class InstanceFieldPerClass {
        @TestTopology
        Topology azure = ReferenceTopologies.learnModule();

        @Test
        void test() {
        }
    }

    @Fixture
    @VnetlabTest
    static class TwoFields {
        @TestTopology
        static Topology hub = ReferenceTopologies.learnModule();
        @TestTopology
        static Topology spoke = ReferenceTopologies.learnModuleUnpeered();

        @Test
        void which_one(Topology azure) {
        }

        @Test
        void from_a_field_that_does_not_exist(@FromTopology("hubb") Topology azure) {
        }

        @Test
        void from_a_field_that_exists(@FromTopology("spoke") Topology azure) {
            org.assertj.core.api.Assertions.assertThat(azure.peerings().list()).isEmpty();
        }
    }

    @Fixture
    @VnetlabTest
    static class NoField {
        @Test
        void test(Topology azure) {
        }
    }

    @Fixture
    @VnetlabTest
    static class ResourceOfUnsupportedType {
        @TestTopology
        static Topology azure = ReferenceTopologies.learnModule();

        @Test
        void text(@AzureResource("SalesVM") String vm) {
        }

        @Test
        void topology(@AzureResource("SalesVM") Topology vm) {
        }
    }

    @Fixture
    @VnetlabTest
    static class InBeforeAll {
        @TestTopology
        static Topology azure = ReferenceTopologies.learnModule();

        @BeforeAll
        static void setUp(@AzureResource("SalesVM") VirtualMachine vm) {
        }

        @Test
        void test() {
        }
    }

    @Fixture
    @VnetlabTest
    @org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
    static class ChangesTheStaticField {
        @TestTopology
        static Topology azure = ReferenceTopologies.learnModule();

        @Test
        @org.junit.jupiter.api.Order(1)
        void changes_the_field_instead_of_its_fork(Topology fork) {
            azure.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
        }

        @Test
        @org.junit.jupiter.api.Order(2)
        void is_reported_once(Topology fork) {
        }
    }
}
