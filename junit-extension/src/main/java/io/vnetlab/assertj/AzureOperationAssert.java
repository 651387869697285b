package io.vnetlab.assertj;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

import static io.vnetlab.assertj.error.ShouldFailWithAzureError.shouldFailButSucceeded;
import static io.vnetlab.assertj.error.ShouldSucceed.shouldSucceed;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Assertions on what the simulated Azure Resource Manager answered to an operation: rejected with an Azure error
 * code (and a message naming the resources), or accepted.
 *
 * <pre>{@code
 * assertThatOperation(() -> azure.peer("SalesVNet").with("OverlapVNet").create())
 *         .failsWith(AzureErrorCode.VnetAddressSpacesOverlap, "SalesVNet", "OverlapVNet");
 * assertThatOperation(() -> azure.peer("SalesVNet").with("MarketingVNet").create()).succeeds();
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public class AzureOperationAssert extends AbstractAssert<AzureOperationAssert, AzureOperation> {

    public AzureOperationAssert(AzureOperation actual) {
        super(actual, AzureOperationAssert.class);
    }

    /** The operation threw an {@link AzureException} with {@code code}. */
    public AzureOperationAssert failsWith(AzureErrorCode code) {
        isNotNull();
        if (actual.thrown() == null) {
            throwAssertionError(shouldFailButSucceeded(code));
        }
        AzureErrors.hasCode(actual.thrown(), code).ifPresent(this::throwAssertionError);
        return myself;
    }

    /** The operation threw an {@link AzureException} with {@code code}, whose message names each resource. */
    public AzureOperationAssert failsWith(AzureErrorCode code, String... namedResources) {
        failsWith(code);
        AzureErrors.names((AzureException) actual.thrown(), namedResources).ifPresent(this::throwAssertionError);
        return myself;
    }

    /** The operation threw nothing. */
    public AzureOperationAssert succeeds() {
        isNotNull();
        if (actual.thrown() != null) {
            throwAssertionError(shouldSucceed(actual.thrown()));
        }
        return myself;
    }
}
