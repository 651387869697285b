package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.PeeringRequest;
import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.model.AzureException;
import io.vnetlab.model.ResourceId;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Both directions of a peering, with the same flags on each side unless a gateway setting says otherwise; created
 * in one operation, so either both exist afterwards or neither.
 *
 * <pre>{@code
 * topology.peer("SalesVNet").with("MarketingVNet").create();
 * topology.peer("SpokeVNet").with("HubVNet").allowForwardedTraffic().create();
 * topology.peer("SpokeVNet").with("HubVNet").usingGatewayOf("HubVNet").create();   // gateway transit
 * }</pre>
 */
@API(status = STABLE, since = "0.1")
public final class PeeringPairDefinition extends PeeringSettings<PeeringPairDefinition> {

    private final Topology topology;
    private final String first;
    private final String second;
    private String forwardName;
    private String backName;
    private boolean created;

    PeeringPairDefinition(Topology topology, String first, String second) {
        Arguments.requireText(second, "remote virtual network");
        this.topology = topology;
        this.first = first;
        this.second = second;
    }

    /** Names both directions (the defaults are {@code <A>-To-<B>} and {@code <B>-To-<A>}). */
    public PeeringPairDefinition named(String forward, String back) {
        Arguments.requireText(forward, "name of the peering forward");
        Arguments.requireText(back, "name of the peering back");
        this.forwardName = forward;
        this.backName = back;
        return this;
    }

    // ---- gateway transit on a pair
    private String gatewayOwner;

    /**
     * Gateway transit (docs/azure/gateways.md#gateway-transit): the other network uses the gateway of {@code hub},
     * which must be one of the pair. The hub's direction gets {@code allowGatewayTransit}, the other's
     * {@code useRemoteGateways}; the hub's direction is created first, as Azure needs.
     *
     * <pre>{@code
     * topology.peer("spoke").with("hub").usingGatewayOf("hub").create();
     * }</pre>
     */
    public PeeringPairDefinition usingGatewayOf(String hub) {
        Arguments.requireText(hub, "hub virtual network");
        this.gatewayOwner = hub;
        return this;
    }

    /**
     * Creates both directions.
     *
     * @throws AzureException with Azure's code if Azure would refuse either; nothing is changed then
     */
    public PeeringPair create() {
        if (created) {
            throw new IllegalStateException("Definition of the peering between '" + first + "' and '" + second
                    + "' was already created; start a new one with topology.peer(...).");
        }
        if (allowGatewayTransit || useRemoteGateways) {
            throw new IllegalStateException("Gateway transit is set on one side only: use"
                    + " topology.peer(spoke).with(hub).usingGatewayOf(hub), or topology.peer(...).to(...) for each"
                    + " direction, with allowGatewayTransit() on the hub's and useRemoteGateways() on the spoke's.");
        }
        PeeringPair pair = topology.apply(s -> {
            String a = Resolver.network(s, first).name();
            String b = displayName(s, second);
            // which side, if any, owns the gateway the other uses
            boolean hubFirst = gatewayOwner != null && Resolver.network(s, gatewayOwner).id()
                    .equals(Resolver.network(s, first).id());
            boolean hubSecond = gatewayOwner != null && !hubFirst;
            if (hubSecond && !Resolver.network(s, gatewayOwner).id()
                    .equals(Resolver.remoteNetworkId(s, Resolver.network(s, first), second))) {
                throw new IllegalStateException("usingGatewayOf('" + gatewayOwner + "') names neither '" + first
                        + "' nor '" + second + "'; name the network of the pair that has the gateway.");
            }
            Peerings.Definition forward = topology.peerings().define(forwardName != null ? forwardName : a + "-To-" + b)
                    .onNetwork(first).withRemoteNetwork(second).allowVirtualNetworkAccess(allowVirtualNetworkAccess)
                    .allowForwardedTraffic(allowForwardedTraffic).allowGatewayTransit(hubFirst)
                    .useRemoteGateways(hubSecond);
            forward.scope = scope;
            PeeringRequest forwardSpec = forward.spec(s);
            Peerings.Definition back = topology.peerings().define(backName != null ? backName : b + "-To-" + a)
                    .onNetwork(forwardSpec.remoteNetworkId().toString()).withRemoteNetwork(forwardSpec.localNetworkId().toString())
                    .allowVirtualNetworkAccess(allowVirtualNetworkAccess).allowForwardedTraffic(allowForwardedTraffic)
                    .allowGatewayTransit(hubSecond).useRemoteGateways(hubFirst);
            back.scope = scope.reversed();
            PeeringRequest backSpec = back.spec(s);
            TopologyState next;
            if (hubSecond) {
                next = ResourceManager.putPeering(s, backSpec, PutMode.CREATE);
                next = ResourceManager.putPeering(next, forwardSpec, PutMode.CREATE);
            } else {
                next = ResourceManager.putPeering(s, forwardSpec, PutMode.CREATE);
                next = ResourceManager.putPeering(next, backSpec, PutMode.CREATE);
            }
            return new Operation.Result<>(next, new PeeringPair(next.peering(forwardSpec.id()).orElseThrow(),
                    next.peering(backSpec.id()).orElseThrow()));
        });
        created = true;
        return pair;
    }

    static String displayName(Topology topology, String nameOrId) {
        return displayName(topology.state(), nameOrId);
    }

    static String displayName(TopologyState s, String nameOrId) {
        if (ResourceId.looksLikeId(nameOrId)) {
            return ResourceId.parse(nameOrId).name();
        }
        return s.networks().stream().filter(n -> n.name().equalsIgnoreCase(nameOrId)).findFirst()
                .map(n -> n.name()).orElse(nameOrId);
    }
}
