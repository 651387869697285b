package io.vnetlab;

import io.vnetlab.model.AzureException;
import io.vnetlab.model.ResourceId;

/**
 * Both directions of a peering, with the same flags on each side unless a gateway setting says otherwise; created
 * in one operation, so either both exist afterwards or neither.
 *
 * <pre>{@code
 * topology.peer("SalesVNet").with("MarketingVNet").create();
 * topology.peer("SpokeVNet").with("HubVNet").allowForwardedTraffic().create();
 * }</pre>
 */
public final class PeeringPairDefinition extends PeeringSettings<PeeringPairDefinition> {

    private final Topology topology;
    private final String first;
    private final String second;
    private String forwardName;
    private String backName;
    private boolean created;

    PeeringPairDefinition(Topology topology, String first, String second) {
        Names.requireArgument(second, "remoteNetwork");
        this.topology = topology;
        this.first = first;
        this.second = second;
    }

    /** Names both directions (the defaults are {@code <A>-To-<B>} and {@code <B>-To-<A>}). */
    public PeeringPairDefinition named(String forward, String back) {
        Names.requireArgument(forward, "forward");
        Names.requireArgument(back, "back");
        this.forwardName = forward;
        this.backName = back;
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
                    + " topology.peer(...).to(...) for each direction, with allowGatewayTransit() on the hub's and"
                    + " useRemoteGateways() on the spoke's.");
        }
        PeeringPair pair = topology.apply(s -> {
            String a = Resolver.network(s, first).name();
            String b = displayName(s, second);
            Peerings.Definition forward = topology.peerings().define(forwardName != null ? forwardName : a + "-To-" + b)
                    .onNetwork(first).withRemoteNetwork(second).allowVirtualNetworkAccess(allowVirtualNetworkAccess)
                    .allowForwardedTraffic(allowForwardedTraffic);
            ControlPlane.PeeringSpec forwardSpec = forward.spec(s);
            Peerings.Definition back = topology.peerings().define(backName != null ? backName : b + "-To-" + a)
                    .onNetwork(forwardSpec.remoteNetworkId().toString()).withRemoteNetwork(forwardSpec.localNetworkId().toString())
                    .allowVirtualNetworkAccess(allowVirtualNetworkAccess).allowForwardedTraffic(allowForwardedTraffic);
            TopologyState afterForward = ControlPlane.putPeering(s, forwardSpec, ControlPlane.Mode.CREATE);
            ControlPlane.PeeringSpec backSpec = back.spec(afterForward);
            TopologyState next = ControlPlane.putPeering(afterForward, backSpec, ControlPlane.Mode.CREATE);
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
