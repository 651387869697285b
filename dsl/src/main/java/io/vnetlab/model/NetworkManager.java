package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * An Azure Virtual Network Manager instance (docs/azure/virtual-network-manager.md#network-manager): its region, the
 * subscriptions whose virtual networks it may manage (its scope) and the kinds of configuration it may deploy (its
 * scope accesses, {@code Connectivity} and {@code SecurityAdmin}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NetworkManager(ResourceId id, String name, Region region, List<String> scopeSubscriptions,
                             List<ConfigurationType> scopeAccesses, String description) {

    public NetworkManager {
        scopeSubscriptions = List.copyOf(scopeSubscriptions);
        scopeAccesses = List.copyOf(scopeAccesses);
    }

    /** Whether the network {@code networkId} is in this manager's scope. */
    public boolean inScope(ResourceId networkId) {
        return scopeSubscriptions.stream().anyMatch(s -> s.equalsIgnoreCase(networkId.subscriptionId()));
    }
}
