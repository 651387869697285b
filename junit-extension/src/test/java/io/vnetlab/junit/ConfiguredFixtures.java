package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Fixtures that register the extension programmatically, or through annotations of their own. */
final class ConfiguredFixtures {

    private ConfiguredFixtures() {
    }

    @Fixture
    static class FewVerdicts {
        @RegisterExtension
        static VnetlabExtension vnetlab = VnetlabExtension.builder().withMaxReportedVerdicts(1).build();

        @TestTopology
        static Topology azure = ReferenceTopologies.learnModule();

        @Test
        void asks_six_questions_then_fails(Topology fork) {
            fork.reachabilityMatrix().verdicts().forEach(verdict -> { });
            fail("on purpose");
        }
    }

    @Fixture
    static class PrintedReport {
        static final List<String> PRINTED = new CopyOnWriteArrayList<>();

        @RegisterExtension
        static VnetlabExtension vnetlab = VnetlabExtension.builder().printingReportsTo(PRINTED::add).build();

        @TestTopology
        static Topology azure = ReferenceTopologies.learnModule();

        @Test
        void fails(Topology fork) {
            fork.reach("SalesVM", "ResearchVM");
            fail("on purpose");
        }

        @Test
        void passes(Topology fork) {
            fork.reach("SalesVM", "MarketingVM");
        }
    }

    @Fixture
    static class NoReport {
        @RegisterExtension
        static VnetlabExtension vnetlab = VnetlabExtension.builder().withoutFailureReport().build();

        @TestTopology
        static Topology azure = ReferenceTopologies.learnModule();

        @Test
        void fails(Topology fork) {
            fork.reach("SalesVM", "ResearchVM");
            fail("on purpose");
        }
    }

    @Fixture
    static class RegisteredOnAnInstanceField {
        @RegisterExtension
        VnetlabExtension vnetlab = VnetlabExtension.builder().build();

        @TestTopology(factory = CountingLearnModule.class)
        static Topology azure;

        @Test
        void static_fields_are_built_without_before_all(Topology fork) {
            assertThat(azure).isNotNull().isNotSameAs(fork);
            assertThat(fork.peerings().list()).hasSize(4);
        }
    }

    /** A team's own class annotation, composed of @VnetlabTest. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @VnetlabTest
    @interface NetworkTest {
    }

    /** A team's own field annotation, composed of @TestTopology. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @TestTopology(factory = CountingLearnModule.class)
    @interface LearnModuleTopology {
    }

    @Fixture
    @NetworkTest
    static class MetaAnnotated {
        @LearnModuleTopology
        static Topology azure;

        @Test
        void works_like_the_annotations_it_is_made_of(@AzureResource("SalesVM") VirtualMachine sales) {
            assertThat(azure).isNotNull();
            assertThat(sales.name()).isEqualTo("SalesVM");
        }
    }
}
