package io.vnetlab.model;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;

import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One user-defined route of a route table (docs/azure/routing.md#route-resource): a destination prefix and a next hop.
 *
 * @param nextHopIpAddress the appliance's address, only (and always) for {@link RouteNextHopType#VirtualAppliance}
 */
@API(status = MAINTAINED, since = "0.1")
public record Route(ResourceId id, String name, Cidr addressPrefix, RouteNextHopType nextHopType,
                    IpAddress nextHopIpAddress) {

    public Optional<IpAddress> nextHopIp() {
        return Optional.ofNullable(nextHopIpAddress);
    }

    @Override
    public String toString() {
        return "route '" + name + "' " + addressPrefix + " -> " + nextHopType
                + (nextHopIpAddress == null ? "" : " " + nextHopIpAddress);
    }
}
