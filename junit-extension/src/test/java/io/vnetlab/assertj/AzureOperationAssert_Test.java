package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.Region;
import io.vnetlab.reference.ReferenceTopologies;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.vnetlab.assertj.Failures.expectAssertionError;
import static io.vnetlab.assertj.NetworkAssertions.assertThat;
import static io.vnetlab.assertj.NetworkAssertions.assertThatOperation;
import static io.vnetlab.assertj.error.ShouldFailWithAzureError.shouldFailWith;
import static io.vnetlab.assertj.error.ShouldNameResources.shouldNameResources;
import static io.vnetlab.assertj.error.ShouldSucceed.shouldSucceed;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

class AzureOperationAssert_Test {

    private final Topology azure = withOverlap(ReferenceTopologies.learnModule());

    private static Topology withOverlap(Topology azure) {
        azure.networks().define("OverlapVNet").withRegion(Region.NORTH_EUROPE).withAddressSpace("10.1.0.0/16")
                .create();
        return azure;
    }

    // docs/azure/peering.md#overlapping-address-spaces
    @Test
    void should_pass_when_peering_overlapping_networks_is_rejected() {
        assertThatOperation(() -> azure.peer("SalesVNet").with("OverlapVNet").create())
                .failsWith(AzureErrorCode.VnetAddressSpacesOverlap)
                .failsWith(AzureErrorCode.VnetAddressSpacesOverlap, "salesvnet", "OverlapVNet");
    }

    @Test
    void should_pass_when_a_valid_operation_succeeds() {
        assertThatOperation(() -> azure.peer("SalesVNet").with("ResearchVNet").create()).succeeds();
    }

    @Test
    void should_fail_when_the_expected_azure_error_did_not_occur() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThatOperation(() -> azure.peer("SalesVNet")
                .with("ResearchVNet").create()).failsWith(AzureErrorCode.VnetAddressSpacesOverlap));
        // THEN
        then(error).hasMessage(String.format("%n"
                + "Expecting the operation to fail with Azure error:%n"
                + "  VnetAddressSpacesOverlap%n"
                + "but it succeeded.%n"));
    }

    @Test
    void should_fail_when_another_azure_error_occurred() {
        // GIVEN
        AzureException thrown = catchThrowableOfType(AzureException.class,
                () -> withOverlap(ReferenceTopologies.learnModule()).peer("SalesVNet").with("OverlapVNet").create());
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThatOperation(() -> azure.peer("SalesVNet")
                .with("OverlapVNet").create()).failsWith(AzureErrorCode.PeeringWithSelfNotAllowed));
        // THEN
        then(error).hasMessage(shouldFailWith(AzureErrorCode.PeeringWithSelfNotAllowed, thrown).create());
        then(error.getMessage()).contains("but it failed with:\n  (VnetAddressSpacesOverlap) ");
    }

    @Test
    void should_fail_when_something_other_than_an_azure_error_was_thrown() {
        IllegalStateException bug = new IllegalStateException("not Azure");
        AssertionError error = expectAssertionError(() -> assertThatOperation(() -> {
            throw bug;
        }).failsWith(AzureErrorCode.ResourceNotFound));
        then(error).hasMessage(shouldFailWith(AzureErrorCode.ResourceNotFound, bug).create());
    }

    @Test
    void should_fail_when_the_message_does_not_name_a_resource() {
        // GIVEN
        AzureException thrown = catchThrowableOfType(AzureException.class,
                () -> withOverlap(ReferenceTopologies.learnModule()).peer("SalesVNet").with("OverlapVNet").create());
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThatOperation(() -> azure.peer("SalesVNet")
                .with("OverlapVNet").create()).failsWith(AzureErrorCode.VnetAddressSpacesOverlap, "SalesVNet",
                "ResearchVNet"));
        // THEN
        then(error).hasMessage(shouldNameResources(thrown, List.of("SalesVNet", "ResearchVNet"),
                List.of("ResearchVNet")).create());
    }

    @Test
    void should_fail_when_an_operation_expected_to_succeed_is_rejected() {
        AzureException thrown = catchThrowableOfType(AzureException.class,
                () -> withOverlap(ReferenceTopologies.learnModule()).peer("SalesVNet").with("OverlapVNet").create());
        AssertionError error = expectAssertionError(() -> assertThatOperation(() -> azure.peer("SalesVNet")
                .with("OverlapVNet").create()).succeeds());
        then(error).hasMessage(shouldSucceed(thrown).create());
    }

    @Test
    void should_assert_on_a_caught_azure_exception() {
        AzureException thrown = catchThrowableOfType(AzureException.class,
                () -> azure.peer("SalesVNet").with("OverlapVNet").create());
        assertThat(thrown).hasCode(AzureErrorCode.VnetAddressSpacesOverlap).hasMessageNaming("SalesVNet");
        then(expectAssertionError(() -> assertThat(thrown).hasCode(AzureErrorCode.ResourceNotFound)))
                .hasMessage(shouldFailWith(AzureErrorCode.ResourceNotFound, thrown).create());
        then(expectAssertionError(() -> assertThat(thrown).hasMessageNaming("NoSuchVNet")))
                .hasMessage(shouldNameResources(thrown, List.of("NoSuchVNet"), List.of("NoSuchVNet")).create());
    }
}
