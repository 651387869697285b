package io.vnetlab.controlplane;

import io.vnetlab.model.ConnectivityConfiguration;
import io.vnetlab.model.ConnectivityConfiguration.ConnectivityGroup;
import io.vnetlab.model.ConnectivityConfiguration.ConnectivityTopology;
import io.vnetlab.model.NetworkManager;
import io.vnetlab.model.Peering;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The peerings a hub-and-spoke deployment creates in one region (docs/azure/virtual-network-manager.md#hub-and-spoke):
 * between the hub and each spoke of the region, in both directions, with VNet access and forwarded traffic on, and
 * gateway transit when the group uses the hub as gateway and the hub has a gateway. They are ordinary peerings, named
 * {@code ANM_<hash>} (docs/azure/decisions.md#managed-peering-names), shown and routed as any other; the deployment
 * remembers them so that a later commit removes those it no longer wants.
 */
final class ManagedPeerings {

    private ManagedPeerings() {
    }

    /** The state after the deployment, and the peerings it now manages. */
    record Result(TopologyState state, List<ResourceId> managedPeerings) {
    }

    static Result deploy(TopologyState s, NetworkManager manager, Region region,
                         List<ConnectivityConfiguration> configurations, List<ResourceId> managedBefore) {
        Map<ResourceId, Wanted> wanted = new LinkedHashMap<>();
        for (ConnectivityConfiguration c : configurations) {
            if (c.topology() != ConnectivityTopology.HubAndSpoke) {
                continue;
            }
            Optional<VirtualNetwork> hub = s.network(c.hub());
            if (hub.isEmpty()) {
                continue;
            }
            boolean hubHasGateway = s.all(VirtualNetworkGateway.class).stream()
                    .anyMatch(g -> g.networkId().equals(hub.get().id()));
            for (ConnectivityGroup item : c.appliesToGroups()) {
                for (VirtualNetwork spoke : NetworkGroupMembers.of(s, item.networkGroupId())) {
                    if (!spoke.region().equals(region) || spoke.id().equals(hub.get().id())) {
                        continue;
                    }
                    boolean gateway = item.useHubGateway() && hubHasGateway;
                    // the hub's side first: a spoke may use the hub's gateway only once the hub allows transit
                    add(wanted, manager, hub.get().id(), spoke.id(), gateway, false, c.deleteExistingPeering());
                    add(wanted, manager, spoke.id(), hub.get().id(), false, gateway, c.deleteExistingPeering());
                }
            }
        }
        TopologyState next = s;
        for (ResourceId old : managedBefore) {
            if (!wanted.containsKey(old) && next.peering(old).isPresent()) {
                next = PeeringOperations.deletePeering(next, old);
            }
        }
        List<ResourceId> managed = new ArrayList<>();
        for (Wanted w : wanted.values()) {
            Optional<Peering> other = next.peeringBetween(w.request().localNetworkId(), w.request().remoteNetworkId())
                    .filter(p -> !p.id().equals(w.request().id()));
            if (other.isPresent()) {
                if (!w.deleteExistingPeering()) {
                    continue;   // the network's own peering to the hub already joins them
                }
                next = PeeringOperations.deletePeering(next, other.get().id());
            }
            next = PeeringOperations.putPeering(next, w.request(), PutMode.CREATE_OR_UPDATE);
            managed.add(w.request().id());
        }
        return new Result(next, managed);
    }

    private record Wanted(PeeringRequest request, boolean deleteExistingPeering) {
    }

    private static void add(Map<ResourceId, Wanted> wanted, NetworkManager manager, ResourceId local,
                            ResourceId remote, boolean allowGatewayTransit, boolean useRemoteGateways,
                            boolean deleteExisting) {
        PeeringRequest request = new PeeringRequest(local, name(manager, remote), remote, true, true,
                allowGatewayTransit, useRemoteGateways, true);
        wanted.putIfAbsent(request.id(), new Wanted(request, deleteExisting));
    }

    /** {@code ANM_} and a hash of the manager and the remote network: stable, so a recommit finds its peerings. */
    static String name(NetworkManager manager, ResourceId remote) {
        String key = (manager.id() + "|" + remote).toLowerCase(Locale.ROOT);
        return "ANM_" + NameBasedUuid.of(key.getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
    }
}
