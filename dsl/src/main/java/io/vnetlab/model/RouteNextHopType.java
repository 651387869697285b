package io.vnetlab.model;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The next hop types a user route may have, as Azure's REST {@code RouteNextHopType} names them
 * (docs/azure/routing.md#next-hop-types, #user-route-next-hops). {@code VNetPeering} and
 * {@code VirtualNetworkServiceEndpoint} exist in effective routes but cannot be chosen in a route table.
 */
@API(status = MAINTAINED, since = "0.1")
public enum RouteNextHopType {
    VirtualNetworkGateway,
    VnetLocal,
    Internet,
    VirtualAppliance,
    None;

    /** The type spelled {@code text} (case-insensitively), if a route table may use it. */
    public static Optional<RouteNextHopType> fromName(String text) {
        for (RouteNextHopType type : values()) {
            if (type.name().toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
