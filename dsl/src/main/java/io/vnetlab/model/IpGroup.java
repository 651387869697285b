package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * An IP group: a named list of addresses, prefixes and ranges that Azure Firewall rules use as sources or
 * destinations (docs/azure/azure-firewall.md#ip-groups).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record IpGroup(ResourceId id, String name, Region region, List<String> ipAddresses) {

    public IpGroup {
        ipAddresses = List.copyOf(ipAddresses);
    }

    @Override
    public String toString() {
        return "IP group '" + name + "'";
    }
}
