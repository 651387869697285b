package io.vnetlab.junit;

import io.vnetlab.Topology;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test changes the static field itself and stays running until the other tests, started alongside it, have
 * finished (their after-each callbacks included) while the change was there. Run in parallel by
 * {@link StaticFieldChangeTest}: only the test that made the change may be blamed for it.
 */
@Fixture
@ExtendWith(ParallelStaticFieldFixture.CountsFinishedBystanders.class)   // first: its after-each runs last
@VnetlabTest
class ParallelStaticFieldFixture {

    static final int BYSTANDERS = 2;

    @TestTopology
    static Topology azure = ReferenceTopologies.learnModule();

    static volatile CountDownLatch changed;
    static volatile CountDownLatch bystandersFinished;

    static void reset() {
        changed = new CountDownLatch(1);
        bystandersFinished = new CountDownLatch(BYSTANDERS);
    }

    @Test
    void changes_the_static_field() throws InterruptedException {
        azure.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
        changed.countDown();
        assertThat(bystandersFinished.await(30, TimeUnit.SECONDS)).as("the other tests finished").isTrue();
    }

    @RepeatedTest(BYSTANDERS)
    void runs_while_the_static_field_is_changed(Topology fork) throws InterruptedException {
        assertThat(changed.await(30, TimeUnit.SECONDS)).as("the other test changed the field").isTrue();
        assertThat(fork.peerings().list()).hasSize(4);
    }

    /** Counts the bystanders whose after-each callbacks, the extension's included, have all run. */
    static final class CountsFinishedBystanders implements AfterEachCallback {
        @Override
        public void afterEach(ExtensionContext context) {
            if (context.getRequiredTestMethod().getName().equals("runs_while_the_static_field_is_changed")) {
                bystandersFinished.countDown();
            }
        }
    }
}
