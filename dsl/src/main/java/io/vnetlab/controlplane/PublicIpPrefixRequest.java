package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The PUT of an IPv4 public IP prefix of {@code prefixLength} (28 to 31); a new one gets the next free block of the
 * simulated prefix pool, an existing one keeps its block (docs/azure/outbound-access.md#public-ip-prefixes). <b>API.</b>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PublicIpPrefixRequest(ResourceId id, Region region, int prefixLength) {
    public PublicIpPrefixRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
    }
}
