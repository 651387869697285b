package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A Network Watcher instance ({@code Microsoft.Network/networkWatchers}): Network Watcher enabled in one region of a
 * subscription. A subscription has at most one per region; Azure makes {@code NetworkWatcher_<region>} in the group
 * {@code NetworkWatcherRG} when a virtual network of that region is created or updated
 * (docs/azure/cli-and-network-watcher.md#automatic-enablement).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NetworkWatcherInstance(ResourceId id, String name, Region region) {

    @Override
    public String toString() {
        return "Network Watcher '" + name + "'";
    }
}
