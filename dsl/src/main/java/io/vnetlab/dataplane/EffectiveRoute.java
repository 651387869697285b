package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One row of a NIC's effective route table (docs/azure/cli-and-network-watcher.md#effective-route-table): source,
 * state, prefix, next hop type and next hop IP. {@code origin} names the resource that put the route there — the
 * peering of a peering route, the route table of a user route — so that explanations can point at it; Azure does not
 * print it.
 *
 * @param name the route's name (user routes); {@code null} for default routes, as Azure lists them
 * @param origin the resource the route comes from, or {@code null} for Azure's own default routes
 */
@API(status = MAINTAINED, since = "0.1")
public record EffectiveRoute(RouteSource source, RouteState state, Cidr addressPrefix, NextHopType nextHopType,
                             List<IpAddress> nextHopIpAddresses, String name, ResourceId origin) {

    public EffectiveRoute {
        nextHopIpAddresses = List.copyOf(nextHopIpAddresses);
    }

    static EffectiveRoute system(Cidr prefix, NextHopType type, ResourceId origin) {
        return new EffectiveRoute(RouteSource.Default, RouteState.Active, prefix, type, List.of(), null, origin);
    }

    public boolean isActive() {
        return state == RouteState.Active;
    }

    public Optional<ResourceId> originId() {
        return Optional.ofNullable(origin);
    }

    /** {@code 10.0.0.0/8 -> None (Default)}. */
    public String describe() {
        StringBuilder text = new StringBuilder().append(addressPrefix).append(" -> ").append(nextHopType);
        if (!nextHopIpAddresses.isEmpty()) {
            text.append(' ').append(nextHopIpAddresses.get(0));
        }
        return text.append(" (").append(source).append(')').toString();
    }

    @Override
    public String toString() {
        return "route " + describe();
    }
}
