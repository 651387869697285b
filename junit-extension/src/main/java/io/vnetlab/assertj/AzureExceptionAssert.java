package io.vnetlab.assertj;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Assertions on an {@link AzureException} already caught.
 *
 * <pre>{@code
 * assertThat(exception).hasCode(AzureErrorCode.VnetAddressSpacesOverlap).hasMessageNaming("SalesVNet");
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public class AzureExceptionAssert extends AbstractAssert<AzureExceptionAssert, AzureException> {

    public AzureExceptionAssert(AzureException actual) {
        super(actual, AzureExceptionAssert.class);
    }

    public AzureExceptionAssert hasCode(AzureErrorCode code) {
        isNotNull();
        AzureErrors.hasCode(actual, code).ifPresent(this::throwAssertionError);
        return myself;
    }

    /** The message names each resource, compared case-insensitively. */
    public AzureExceptionAssert hasMessageNaming(String... names) {
        isNotNull();
        AzureErrors.names(actual, names).ifPresent(this::throwAssertionError);
        return myself;
    }
}
