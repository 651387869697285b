package io.vnetlab.assertj.error;

import io.vnetlab.model.AzureException;
import org.apiguardian.api.API;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * An Azure error whose message should name resources and does not name some of them:
 * <pre>
 * Expecting the message of:
 *   (VnetAddressSpacesOverlap) Cannot create or update peering ...
 * to name:
 *   ["SalesVNet", "OverlapVNet"]
 * but it does not name:
 *   ["OverlapVNet"]
 * </pre>
 */
@API(status = INTERNAL, since = "0.1")
public class ShouldNameResources extends BasicErrorMessageFactory {

    public static ErrorMessageFactory shouldNameResources(AzureException actual, List<String> expected,
                                                          List<String> missing) {
        return new ShouldNameResources(actual, expected, missing);
    }

    private ShouldNameResources(AzureException actual, List<String> expected, List<String> missing) {
        super("%nExpecting the message of:%n  %s%nto name:%n  %s%nbut it does not name:%n  %s%n",
                unquotedString(Texts.failure(actual)), expected, missing);
    }
}
