package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;
import io.vnetlab.model.ResourceId;

/**
 * Accelerated networking enabled on network interface {@code networkInterfaceId} ({@code enableAcceleratedNetworking}):
 * recorded and shown as Azure shows it, not simulated, since it changes how fast packets move and not where they go
 * (docs/azure/addressing.md#accelerated-networking). An interface without it has no such record; the public door is
 * {@link ResourceManager#putAcceleratedNetworking} and {@link ResourceManager#acceleratedNetworking}.
 */
record AcceleratedNetworking(ResourceId networkInterfaceId) {

    /** An interface PUT's setting: on records it, off removes the record. */
    static TopologyState put(TopologyState s, ResourceId networkInterfaceId, boolean enabled) {
        if (enabled) {
            return s.with(AcceleratedNetworking.class, networkInterfaceId, new AcceleratedNetworking(networkInterfaceId));
        }
        return enabled(s, networkInterfaceId) ? s.without(AcceleratedNetworking.class, networkInterfaceId) : s;
    }

    static boolean enabled(TopologyState state, ResourceId networkInterfaceId) {
        return state.get(AcceleratedNetworking.class, networkInterfaceId).isPresent();
    }

    AcceleratedNetworking {
        Arguments.requireGiven(networkInterfaceId, "network interface id");
    }
}
