package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A NAT gateway (docs/azure/outbound-access.md#nat-gateway): Standard SKU, with the public IP addresses and public IP
 * prefixes it translates outbound flows to, and the subnets (of one virtual network) that name it. It takes
 * precedence over every other outbound method of those subnets' machines
 * (docs/azure/outbound-access.md#precedence).
 *
 * @param publicIpAddressIds its public IP addresses, the first one the source of the flows vnetlab reports
 * @param publicIpPrefixIds its public IP prefixes, used after the addresses
 * @param idleTimeoutInMinutes how long an idle flow keeps its SNAT port, 4 to 120
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NatGateway(ResourceId id, String name, Region region, List<ResourceId> publicIpAddressIds,
                         List<ResourceId> publicIpPrefixIds, int idleTimeoutInMinutes) {

    public NatGateway {
        publicIpAddressIds = List.copyOf(publicIpAddressIds);
        publicIpPrefixIds = List.copyOf(publicIpPrefixIds);
    }

    public String resourceGroup() {
        return id.resourceGroup();
    }

    @Override
    public String toString() {
        return "NAT gateway '" + name + "'";
    }
}
