package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.PeeringRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.model.AzureException;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The peerings of a topology: each direction is one resource of its local network
 * (docs/azure/peering.md#resource-shape). For the common case of both directions at once, use
 * {@link Topology#peer(String)}.
 *
 * <pre>{@code
 * topology.peerings().define("SalesVNet-To-MarketingVNet")
 *         .onNetwork("SalesVNet").withRemoteNetwork("MarketingVNet")
 *         .create();                                   // Initiated until the other side exists
 * topology.peerings().update("SalesVNet", "SalesVNet-To-MarketingVNet").allowForwardedTraffic().apply();
 * topology.peerings().sync("MarketingVNet", "MarketingVNet-To-SalesVNet");
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class Peerings {

    private final Topology topology;

    Peerings(Topology topology) {
        this.topology = topology;
    }

    /** Starts one direction of a peering; finish with {@code onNetwork(..).withRemoteNetwork(..).create()}. */
    public Definition define(String name) {
        Arguments.requireText(name, "peering name");
        return new Definition(topology, name);
    }

    /** Starts a change to the flags of an existing peering. */
    public Update update(String network, String name) {
        return new Update(topology, get(network, name));
    }

    /** The peering {@code name} of {@code network}. */
    public Peering get(String network, String name) {
        VirtualNetwork local = topology.network(network);
        Arguments.requireText(name, "peering name");
        return topology.state().peering(local.id().child("virtualNetworkPeerings", name)).orElseThrow(() ->
                new IllegalArgumentException("Virtual network '" + local.name() + "' has no peering named '" + name
                        + "'. Its peerings: " + topology.state().peeringsOf(local.id()).stream().map(Peering::name)
                        .reduce((a, b) -> a + ", " + b).orElse("none") + "."));
    }

    /** The peerings of {@code network}, in creation order. */
    public List<Peering> list(String network) {
        return topology.state().peeringsOf(topology.network(network).id());
    }

    /** Every peering of the topology. */
    public List<Peering> list() {
        return List.copyOf(topology.state().peerings());
    }

    /** Deletes one direction; the other becomes {@code Disconnected} (docs/azure/peering.md#peering-state). */
    public void delete(String network, String name) {
        ResourceId id = get(network, name).id();
        topology.applyState(s -> ResourceManager.deletePeering(s, id));
    }

    /**
     * Syncs the peering with its remote network's current address space, as {@code az network vnet peering sync}
     * does (docs/azure/peering.md#syncing).
     */
    public Peering sync(String network, String name) {
        ResourceId id = get(network, name).id();
        return topology.apply(s -> {
            TopologyState next = ResourceManager.syncPeering(s, id);
            return new Operation.Result<>(next, next.peering(id).orElseThrow());
        });
    }

    /** One new direction of a peering; single use. */
    public static final class Definition extends PeeringSettings<Definition> {
        private final Topology topology;
        private String name;
        private String local;
        private String remote;
        private boolean created;

        Definition(Topology topology, String name) {
            this.topology = topology;
            this.name = name;
        }

        /** The network the peering belongs to (its local network). */
        public Definition onNetwork(String networkNameOrId) {
            Arguments.requireText(networkNameOrId, "virtual network");
            this.local = networkNameOrId;
            return this;
        }

        /**
         * The remote network, by name or by full resource id (another subscription or tenant,
         * docs/azure/peering.md#across-subscriptions-and-tenants).
         */
        public Definition withRemoteNetwork(String networkNameOrId) {
            Arguments.requireText(networkNameOrId, "remote virtual network");
            this.remote = networkNameOrId;
            return this;
        }

        Definition named(String peeringName) {
            this.name = peeringName;
            return this;
        }

        /**
         * Creates this direction: {@code Initiated} if the remote network has no peering back, else both
         * {@code Connected}.
         *
         * @throws AzureException with Azure's code if Azure would refuse it; nothing is changed then
         */
        public Peering create() {
            if (created) {
                throw new IllegalStateException("Definition of peering '" + name + "' was already created; start a"
                        + " new one with peerings().define(...).");
            }
            if (local == null || remote == null) {
                throw new IllegalStateException("Peering '" + name + "' needs both networks: call"
                        + " onNetwork(\"...\").withRemoteNetwork(\"...\").");
            }
            Peering peering = topology.apply(s -> {
                PeeringRequest spec = spec(s);
                TopologyState next = ResourceManager.putPeering(s, spec, PutMode.CREATE);
                return new Operation.Result<>(next, next.peering(spec.id()).orElseThrow());
            });
            created = true;
            return peering;
        }

        PeeringRequest spec(TopologyState s) {
            VirtualNetwork localNetwork = Resolver.network(s, local);
            ResourceId remoteId = Resolver.remoteNetworkId(s, localNetwork, remote);
            return new PeeringRequest(localNetwork.id(), name, remoteId, allowVirtualNetworkAccess,
                    allowForwardedTraffic, allowGatewayTransit, useRemoteGateways, false, scope);
        }
    }

    /** A change to the flags of one peering direction; single use. */
    public static final class Update extends PeeringSettings<Update> {
        private final Topology topology;
        private final Peering original;
        private boolean sync;
        private boolean applied;

        Update(Topology topology, Peering original) {
            this.topology = topology;
            this.original = original;
            this.allowVirtualNetworkAccess = original.allowVirtualNetworkAccess();
            this.allowForwardedTraffic = original.allowForwardedTraffic();
            this.allowGatewayTransit = original.allowGatewayTransit();
            this.useRemoteGateways = original.useRemoteGateways();
            this.scope = original.scope();
        }

        /** Also syncs the remote address space, as {@code --sync-remote true} does (docs/azure/peering.md#syncing). */
        public Update syncRemoteAddressSpace() {
            this.sync = true;
            return this;
        }

        /**
         * Applies the change (a re-PUT): this also brings a {@code Disconnected} peering back to {@code Initiated}
         * (docs/azure/peering.md#reconnecting).
         */
        public Peering apply() {
            if (applied) {
                throw new IllegalStateException("Update of peering '" + original.name() + "' was already applied;"
                        + " start a new one with peerings().update(...).");
            }
            Peering peering = topology.apply(s -> {
                Peering current = ResourceManager.requirePeering(s, original.id());
                PeeringRequest spec = new PeeringRequest(current.localNetworkId(), current.name(),
                        current.remoteNetworkId(), allowVirtualNetworkAccess, allowForwardedTraffic,
                        allowGatewayTransit, useRemoteGateways, sync, scope);
                TopologyState next = ResourceManager.putPeering(s, spec, PutMode.CREATE_OR_UPDATE);
                return new Operation.Result<>(next, next.peering(current.id()).orElseThrow());
            });
            applied = true;
            return peering;
        }
    }
}
