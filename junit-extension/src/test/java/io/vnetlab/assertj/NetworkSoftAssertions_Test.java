package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.reference.ReferenceTopologies;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.util.List;

import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.NetworkAssertions.assertThatOperation;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

class NetworkSoftAssertions_Test {

    @Test
    void should_collect_three_failures_in_one_test_and_report_all_three() {
        // GIVEN
        Topology azure = ReferenceTopologies.learnModule();
        Topology fresh = ReferenceTopologies.learnModule();   // the third operation below succeeds and changes azure
        NetworkSoftAssertions softly = new NetworkSoftAssertions();
        // WHEN
        softly.assertThat(azure).vm("SalesVM").canReach("ResearchVM");                    // fails
        softly.assertThat(azure).vm("SalesVM").canReach("MarketingVM");                   // passes
        softly.assertThat(azure).network("SalesVNet").isPeeredWith("ResearchVNet");       // fails
        softly.assertThatOperation(() -> azure.peer("SalesVNet").with("ResearchVNet").create())
                .failsWith(AzureErrorCode.VnetAddressSpacesOverlap);                        // fails
        softly.assertThat("plain AssertJ still works").startsWith("plain");               // passes
        Throwable reported = catchThrowable(softly::assertAll);
        // THEN
        then(softly.errorsCollected()).hasSize(3);   // each message then gets AssertJ's "at Class.method(line)" added
        then(softly.errorsCollected().get(0)).hasMessageStartingWith(message(() -> assertThat(fresh).vm("SalesVM")
                .canReach("ResearchVM")));
        then(softly.errorsCollected().get(1)).hasMessageStartingWith(message(() -> assertThat(fresh).network("SalesVNet")
                .isPeeredWith("ResearchVNet")));
        then(softly.errorsCollected().get(2)).hasMessageStartingWith(message(() -> assertThatOperation(() -> fresh
                .peer("SalesVNet").with("ResearchVNet").create()).failsWith(AzureErrorCode.VnetAddressSpacesOverlap)));
        then(reported).hasMessageContaining("Multiple Failures (3 failures)")
                .hasMessageContaining("to reach:")
                .hasMessageContaining("to be peered with:")
                .hasMessageContaining("Expecting the operation to fail with Azure error:");
    }

    @Test
    void should_collect_a_failed_name_resolution_and_go_on() {
        Topology azure = ReferenceTopologies.learnModule();
        NetworkSoftAssertions softly = new NetworkSoftAssertions();
        softly.assertThat(azure.vm("SalesVM")).resolves("MarketingVM").to("10.1.1.4");          // fails: no such host
        softly.assertThat(azure).vm("SalesVM").resolves("www.contoso.com").to("10.1.1.4");     // fails: public
        softly.assertThat(azure).vm("SalesVM").resolves("www.contoso.com").asPublicName();     // passes
        then(softly.errorsCollected()).hasSize(2);
    }

    @Test
    void should_keep_collecting_after_a_failure_in_one_chain() {
        Topology azure = ReferenceTopologies.learnModule();
        NetworkSoftAssertions softly = new NetworkSoftAssertions();
        softly.assertThat(azure).vm("SalesVM").canReach("ResearchVM").cannotReach("MarketingVM")
                .canReach("MarketingVM");
        softly.assertThat(azure.peering("SalesVNet", "SalesVNet-To-MarketingVNet")).isGlobal().isConnected();
        softly.assertThat(azure).vmsIn("SalesVNet").cannotReachAnyVmIn("MarketingVNet");
        then(softly.errorsCollected()).hasSize(4);
    }

    @Test
    void should_collect_a_wrong_name_as_a_failure_listing_the_known_names_and_keep_collecting() {
        // GIVEN
        Topology azure = ReferenceTopologies.learnModule();
        NetworkSoftAssertions softly = new NetworkSoftAssertions();
        // WHEN
        softly.assertThat(azure).vm("SalesVM").canReach("ResearchVM");                             // fails
        softly.assertThat(azure).vm("SalesVm1").canReach("MarketingVM").cannotReach("ResearchVM"); // wrong name
        softly.assertThat(azure).as("the Learn module").network("SalesVnet1").isPeeredWith("x");   // wrong name
        softly.assertThat(azure).network("SalesVNet").isPeeredWith("ResearchVNet");                // fails
        softly.assertThat(azure).vm("MarketingVM").canReach("ResearchVM");                         // passes
        // THEN
        List<Throwable> errors = softly.errorsCollected();
        then(errors).hasSize(4);
        then(errors.get(0)).hasMessageContaining("to reach:");
        then(withoutLocation(errors.get(1))).isEqualTo("No virtual machine named 'SalesVm1' in this topology."
                + " Known: SalesVM, MarketingVM, ResearchVM.");
        then(withoutLocation(errors.get(2))).isEqualTo("[the Learn module] No virtual network named 'SalesVnet1' in"
                + " this topology. Known: SalesVNet, MarketingVNet, ResearchVNet.");
        then(errors.get(3)).hasMessageContaining("to be peered with:");
        then(catchThrowable(softly::assertAll)).hasMessageContaining("Multiple Failures (4 failures)")
                .hasMessageContaining("No virtual machine named 'SalesVm1'");
    }

    @Test
    void should_throw_for_a_wrong_name_outside_soft_assertions() {
        Topology azure = ReferenceTopologies.learnModule();

        then(catchThrowable(() -> assertThat(azure).vm("SalesVm1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No virtual machine named 'SalesVm1' in this topology. Known: SalesVM, MarketingVM,"
                        + " ResearchVM.");
    }

    /** The message without the "at Class.method(line)" that AssertJ adds to each collected error. */
    private static String withoutLocation(Throwable error) {
        String message = error.getMessage();
        int at = message.lastIndexOf(String.format("%nat "));
        return at < 0 ? message : message.substring(0, at);
    }

    @Test
    void should_report_all_three_failures_through_assertjs_junit_extension() {
        // WHEN the fixture runs on the JUnit platform with SoftAssertionsExtension
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(SoftlyInjected.class)).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        // THEN
        TestExecutionSummary summary = listener.getSummary();
        then(summary.getTestsSucceededCount()).isEqualTo(1);
        then(summary.getTestsFailedCount()).isEqualTo(1);
        List<TestExecutionSummary.Failure> failures = summary.getFailures();
        then(failures.get(0).getException()).hasMessageContaining("Multiple Failures (3 failures)")
                .hasMessageContaining("to reach:")
                .hasMessageContaining("to be peered with:")
                .hasMessageContaining("to have peeringState:");
    }

    /** Run only by the test above (a nested static class, so neither Surefire nor Jupiter picks it up alone). */
    @ExtendWith(SoftAssertionsExtension.class)
    static class SoftlyInjected {

        @InjectSoftAssertions
        NetworkSoftAssertions softly;

        @Test
        void three_failures() {
            Topology azure = ReferenceTopologies.learnModuleUnpeered();
            azure.peer("SalesVNet").to("MarketingVNet").create();
            softly.assertThat(azure).vm("SalesVM").canReach("MarketingVM");
            softly.assertThat(azure).network("SalesVNet").isPeeredWith("MarketingVNet");
            softly.assertThat(azure).peering("SalesVNet", "SalesVNet-To-MarketingVNet").isConnected();
        }

        @Test
        void no_failure() {
            softly.assertThat(ReferenceTopologies.learnModule()).vm("SalesVM").canReach("MarketingVM");
        }
    }

    private static String message(org.assertj.core.api.ThrowableAssert.ThrowingCallable assertion) {
        return Failures.expectAssertionError(assertion).getMessage();
    }
}
