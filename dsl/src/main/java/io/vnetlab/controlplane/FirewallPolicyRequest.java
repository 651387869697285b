package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A firewall policy; its rule collection groups are PUT on their own and kept when the policy is updated.
 * {@code basePolicyId} and {@code snatPrivateRanges} may be {@code null}.
 * <b>API.</b> (docs/azure/azure-firewall.md)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FirewallPolicyRequest(ResourceId id, Region region, ResourceId basePolicyId, String threatIntelMode,
                     List<String> snatPrivateRanges) {
    public FirewallPolicyRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        snatPrivateRanges = snatPrivateRanges == null ? null : List.copyOf(snatPrivateRanges);
    }
}
