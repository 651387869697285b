package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.NetworkWatcherInstance;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code az network watcher list|configure}: the regions Network Watcher is enabled in, which a virtual network's
 * creation or update enables by itself (docs/azure/cli-and-network-watcher.md#automatic-enablement).
 */
final class WatcherInstanceCommands {

    private WatcherInstanceCommands() {
    }

    /** The subscription's instances, as the CLI lists them (no {@code -g}: the list is the subscription's). */
    private static ArrayNode list(Session s) {
        ArrayNode list = Json.array();
        for (NetworkWatcherInstance watcher : s.topology().state().all(NetworkWatcherInstance.class)) {
            if (watcher.id().subscriptionId().equalsIgnoreCase(s.subscriptionId())) {
                list.add(Shapes.cli(ResourceJson.networkWatcher(watcher)));
            }
        }
        return list;
    }

    static final class ListWatchers implements AzCommand {
        public String name() {
            return "network watcher list";
        }

        public List<Param> params() {
            return List.of();
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return list(s);
        }
    }

    /**
     * {@code az network watcher configure --locations --enabled [--resource-group]}, as the CLI's
     * {@code configure_network_watcher} does it: {@code --enabled true} creates {@code NetworkWatcher_<region>} in
     * the group for each listed region without an instance, {@code false} deletes the listed regions' instances
     * with a warning each, and without {@code --enabled} nothing changes but warnings; it prints the list.
     */
    static final class Configure implements AzCommand {
        public String name() {
            return "network watcher configure";
        }

        public List<Param> params() {
            return List.of(Param.list("locations", "--locations", "-l").mandatory(),
                    Commands.optionalGroupParam(), Param.bool("enabled", "--enabled"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            Map<String, Region> regions = new LinkedHashMap<>();
            for (String location : a.list("locations")) {
                Region region = Session.region(location, "networkWatchers");
                regions.put(region.name(), region);
            }
            Optional<String> group = a.value("resource_group");
            Optional<Boolean> enabled = a.bool("enabled");
            List<NetworkWatcherInstance> existing = new ArrayList<>();
            for (NetworkWatcherInstance w : s.topology().state().all(NetworkWatcherInstance.class)) {
                if (w.id().subscriptionId().equalsIgnoreCase(s.subscriptionId()) && regions.containsKey(w.region().name())) {
                    existing.add(w);
                }
            }
            List<Region> notEnabled = new ArrayList<>(regions.values());
            existing.forEach(w -> notEnabled.removeIf(r -> r.name().equals(w.region().name())));
            if (enabled.isEmpty()) {
                group.ifPresent(g -> s.warn("Resource group '" + g + "' is only used when enabling new regions and will"
                        + " be ignored."));
                notEnabled.forEach(r -> s.warn("Region '" + r.name() + "' is not enabled for Network Watcher and will"
                        + " be ignored."));
            } else if (enabled.get()) {
                if (!notEnabled.isEmpty()) {
                    String name = group.orElseThrow(() -> AzError.usage("usage error: '--resource-group' required"
                            + " when enabling new regions"));
                    s.group(name);
                    Session.call(() -> s.topology().batch(b -> {
                        for (Region region : notEnabled) {
                            ResourceId id = s.id(name, ResourceId.NETWORK, "networkWatchers",
                                    "NetworkWatcher_" + region.name().toLowerCase(Locale.ROOT));
                            b.apply(state -> ResourceManager.putNetworkWatcher(state, id, region, PutMode.CREATE_OR_UPDATE));
                        }
                        return null;
                    }));
                }
            } else {
                for (NetworkWatcherInstance w : existing) {
                    s.warn("Disabling Network Watcher for region '" + w.region().name() + "' by deleting resource '"
                            + w.id() + "'");
                }
                Session.call(() -> s.topology().batch(b -> {
                    for (NetworkWatcherInstance w : existing) {
                        b.apply((TopologyState state) -> ResourceManager.deleteNetworkWatcher(state, w.id()));
                    }
                    return null;
                }));
            }
            return list(s);
        }
    }
}
