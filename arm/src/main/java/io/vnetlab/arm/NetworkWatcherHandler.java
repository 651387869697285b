package io.vnetlab.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.NetworkWatcherInstance;

/**
 * {@code Microsoft.Network/networkWatchers}: Network Watcher enabled in a region, one instance per region of a
 * subscription (docs/azure/cli-and-network-watcher.md#automatic-enablement). Re-deploying the instance Azure made
 * ({@code NetworkWatcher_<region>} in {@code NetworkWatcherRG}) updates it; another one in that region is refused
 * with {@code NetworkWatcherCountLimitReached}, as in Azure.
 */
final class NetworkWatcherHandler implements ResourceHandler {

    @Override
    public String type() {
        return ResourceJson.NETWORK_WATCHER;
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        r.batch().apply(s -> ResourceManager.putNetworkWatcher(s, r.id(), r.region(), PutMode.CREATE_OR_UPDATE));
        NetworkWatcherInstance watcher = r.batch().state().get(NetworkWatcherInstance.class, r.id()).orElseThrow();
        return (ObjectNode) ResourceJson.networkWatcher(watcher).get("properties");
    }
}
