package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/** An IP group: addresses, prefixes or ranges ({@code 10.0.0.1-10.0.0.9}). <b>API.</b> (docs/azure/azure-firewall.md)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record IpGroupRequest(ResourceId id, Region region, List<String> ipAddresses) {
    public IpGroupRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        ipAddresses = Arguments.requireList(ipAddresses, "IP addresses");
    }
}
