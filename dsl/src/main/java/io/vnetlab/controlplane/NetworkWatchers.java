package io.vnetlab.controlplane;

import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.NetworkWatcherInstance;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;

import java.util.Optional;

/**
 * Network Watcher instances: at most one per region of a subscription, and the one Azure enables by itself when a
 * virtual network of a region is created or updated (docs/azure/cli-and-network-watcher.md#automatic-enablement).
 */
final class NetworkWatchers {

    /** The group Azure makes the automatic instances in. */
    static final String GROUP = "NetworkWatcherRG";

    private static final String TYPE = "networkWatchers";

    private NetworkWatchers() {
    }

    /**
     * Network Watcher enabled in {@code region} of the subscription, as Azure enables it when a virtual network of
     * that region is created or updated: nothing changes when the region has an instance already; otherwise
     * {@code NetworkWatcher_<region>} is made in {@code NetworkWatcherRG}, and the group too, in that region, when
     * it does not exist.
     */
    static TopologyState enableFor(TopologyState s, String subscriptionId, Region region) {
        if (inRegion(s, subscriptionId, region).isPresent()) {
            return s;
        }
        ResourceId groupId = ResourceId.resourceGroup(subscriptionId, GROUP);
        TopologyState next = s.resourceGroup(groupId).isPresent() ? s
                : s.withResourceGroup(new ResourceGroup(groupId, GROUP, region));
        ResourceId id = ResourceId.resource(subscriptionId, next.resourceGroup(groupId).orElseThrow().name(),
                ResourceId.NETWORK, TYPE, "NetworkWatcher_" + region.name());
        return next.with(NetworkWatcherInstance.class, id, new NetworkWatcherInstance(id, id.name(), region));
    }

    /** PUT of an instance; {@code NetworkWatcherCountLimitReached} when its region has another one. */
    static TopologyState put(TopologyState s, ResourceId id, Region region, PutMode mode) {
        Names.require(NamingRule.NETWORK_WATCHER, id);
        ControlPlane.requireResourceGroup(s, id);
        Optional<NetworkWatcherInstance> existing = s.get(NetworkWatcherInstance.class, id);
        if (existing.isPresent()) {
            if (mode == PutMode.CREATE) {
                throw ControlPlane.alreadyExists("Network Watcher", id.name(), "resource group '" + id.resourceGroup()
                        + "'", id);
            }
            if (!existing.get().region().name().equals(region.name())) {
                throw new AzureException(AzureErrorCode.InvalidResourceLocation, "The resource '" + id.name()
                        + "' already exists in location '" + existing.get().region().name() + "' in resource group '"
                        + id.resourceGroup() + "'. A resource with the same name cannot be created in location '"
                        + region.name() + "'. Please select a new resource name.", id);
            }
            return s;
        }
        Optional<NetworkWatcherInstance> other = inRegion(s, id.subscriptionId(), region);
        if (other.isPresent()) {
            throw new AzureException(AzureErrorCode.NetworkWatcherCountLimitReached, "Cannot create more than 1"
                    + " network watchers for this subscription in this region. Network Watcher '"
                    + other.get().name() + "' (" + other.get().id() + ") is enabled in region '" + region.name()
                    + "'.", id, other.get().id());
        }
        return s.with(NetworkWatcherInstance.class, id, new NetworkWatcherInstance(id, id.name(), region));
    }

    static TopologyState delete(TopologyState s, ResourceId id) {
        if (s.get(NetworkWatcherInstance.class, id).isEmpty()) {
            throw ControlPlane.notFound("Microsoft.Network/networkWatchers", id.name(), id);
        }
        return s.without(NetworkWatcherInstance.class, id);
    }

    static TopologyState deleteIn(TopologyState s, ResourceGroup group) {
        TopologyState next = s;
        for (NetworkWatcherInstance watcher : s.all(NetworkWatcherInstance.class)) {
            if (ControlPlane.inGroup(watcher.id(), group)) {
                next = next.without(NetworkWatcherInstance.class, watcher.id());
            }
        }
        return next;
    }

    private static Optional<NetworkWatcherInstance> inRegion(TopologyState s, String subscriptionId, Region region) {
        for (NetworkWatcherInstance watcher : s.all(NetworkWatcherInstance.class)) {
            if (watcher.id().subscriptionId().equalsIgnoreCase(subscriptionId)
                    && watcher.region().name().equals(region.name())) {
                return Optional.of(watcher);
            }
        }
        return Optional.empty();
    }
}
