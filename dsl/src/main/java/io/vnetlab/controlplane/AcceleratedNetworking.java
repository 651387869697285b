package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;
import io.vnetlab.model.ResourceId;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Accelerated networking enabled on network interface {@code networkInterfaceId} ({@code enableAcceleratedNetworking}):
 * recorded and shown as Azure shows it, not simulated, since it changes how fast packets move and not where they go
 * (docs/azure/addressing.md#accelerated-networking). An interface without it has no such record. <b>API.</b>
 *
 * <pre>{@code
 * AcceleratedNetworking.put(batch, nicId, true);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AcceleratedNetworking(ResourceId networkInterfaceId) {

    /** Records whether the interface has it, as a PUT of the interface carries {@code enableAcceleratedNetworking}. */
    public static void put(ResourceBatch batch, ResourceId networkInterfaceId, boolean enabled) {
        if (enabled) {
            batch.putRecord(AcceleratedNetworking.class, networkInterfaceId,
                    new AcceleratedNetworking(networkInterfaceId));
        } else if (batch.state().get(AcceleratedNetworking.class, networkInterfaceId).isPresent()) {
            batch.removeRecord(AcceleratedNetworking.class, networkInterfaceId);
        }
    }

    /** Whether {@code state} records it for the interface. */
    public static boolean enabled(TopologyState state, ResourceId networkInterfaceId) {
        return state.get(AcceleratedNetworking.class, networkInterfaceId).isPresent();
    }

    public AcceleratedNetworking {
        Arguments.requireGiven(networkInterfaceId, "network interface id");
    }
}
