package io.vnetlab.dataplane;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which gateways a network uses and which prefixes they learn and advertise (docs/azure/gateways.md#gateway-transit,
 * #gateway-routes, #advertised-prefixes): a network uses its own gateways, or — through gateway transit — those of the
 * one peered network whose peering back allows transit, over regional or global peering
 * (docs/azure/peering.md#transit-over-global-peering).
 */
final class GatewayRouting {

    /** The SKU that gives no gateway transit (docs/azure/gateways.md#transit-skus). */
    static final String BASIC = "Basic";

    private final TopologyState state;
    private final Map<ResourceId, List<VirtualNetwork>> spokesByHub = new ConcurrentHashMap<>();

    GatewayRouting(TopologyState state) {
        this.state = state;
    }

    /** The gateways deployed in {@code networkId}'s GatewaySubnet (while that subnet exists). */
    List<VirtualNetworkGateway> gatewaysIn(ResourceId networkId) {
        return state.all(VirtualNetworkGateway.class).stream().filter(g -> g.networkId().equals(networkId))
                .filter(g -> state.subnet(g.subnetId()).isPresent()).collect(Collectors.toList());
    }

    /**
     * The gateways of {@code hubId} that peered networks may use: every SKU but Basic
     * (docs/azure/gateways.md#transit-skus).
     */
    private List<VirtualNetworkGateway> shareable(ResourceId hubId) {
        return gatewaysIn(hubId).stream().filter(g -> !BASIC.equalsIgnoreCase(g.sku())).collect(Collectors.toList());
    }

    /**
     * The peering through which {@code networkId} uses a remote gateway, when transit is fully set up
     * (docs/azure/gateways.md#gateway-transit).
     */
    Optional<Peering> transitPeering(ResourceId networkId) {
        for (Peering p : state.peeringsOf(networkId)) {
            if (p.useRemoteGateways() && p.isConnected()) {
                Optional<Peering> back = state.counterpart(p);
                if (back.isPresent() && back.get().isConnected() && back.get().allowGatewayTransit()
                        && !shareable(p.remoteNetworkId()).isEmpty()) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /** The gateways whose routes {@code networkId} gets: its own, else its transit hub's. */
    List<VirtualNetworkGateway> gatewaysServing(ResourceId networkId) {
        List<VirtualNetworkGateway> own = gatewaysIn(networkId);
        if (!own.isEmpty()) {
            return own;
        }
        return transitPeering(networkId).map(p -> shareable(p.remoteNetworkId())).orElse(List.of());
    }

    /**
     * The networks that use the gateways of {@code hubId} through transit (docs/azure/gateways.md#advertised-prefixes).
     */
    List<VirtualNetwork> transitSpokes(ResourceId hubId) {
        return spokesByHub.computeIfAbsent(hubId, this::findTransitSpokes);
    }

    private List<VirtualNetwork> findTransitSpokes(ResourceId hubId) {
        List<VirtualNetwork> result = new ArrayList<>();
        for (Peering p : state.peerings()) {
            if (p.remoteNetworkId().equals(hubId) && transitPeering(p.localNetworkId()).map(x -> x.id().equals(p.id()))
                    .orElse(false)) {
                state.network(p.localNetworkId()).ifPresent(result::add);
            }
        }
        return result;
    }

    List<GatewayConnection> connectionsOf(ResourceId gatewayId) {
        return state.all(GatewayConnection.class).stream().filter(c -> c.involves(gatewayId))
                .collect(Collectors.toList());
    }

    /** The prefixes a gateway learns: its sites' prefixes, and the networks behind the far end of Vnet2Vnet. */
    List<Cidr> learnt(VirtualNetworkGateway gateway) {
        Set<Cidr> prefixes = new LinkedHashSet<>();
        for (GatewayConnection c : connectionsOf(gateway.id())) {
            if (c.connectionType() == ConnectionType.Vnet2Vnet) {
                ResourceId far = c.virtualNetworkGateway1Id().equals(gateway.id()) ? c.virtualNetworkGateway2Id()
                        : c.virtualNetworkGateway1Id();
                state.get(VirtualNetworkGateway.class, far).ifPresent(g -> prefixes.addAll(advertised(g)));
            } else {
                c.site().flatMap(id -> state.get(LocalNetworkGateway.class, id))
                        .ifPresent(site -> prefixes.addAll(site.addressPrefixes()));
            }
        }
        return new ArrayList<>(prefixes);
    }

    /**
     * What a gateway advertises to its sites and far gateways: its network and the spokes using it
     * (docs/azure/gateways.md#advertised-prefixes).
     */
    List<Cidr> advertised(VirtualNetworkGateway gateway) {
        Set<Cidr> prefixes = new LinkedHashSet<>();
        state.network(gateway.networkId()).ifPresent(n -> prefixes.addAll(n.addressSpace()));
        for (VirtualNetwork spoke : transitSpokes(gateway.networkId())) {
            prefixes.addAll(spoke.addressSpace());
        }
        return new ArrayList<>(prefixes);
    }

    /** The connection of {@code gateway} to a site that holds {@code address}, if any. */
    Optional<GatewayConnection> siteConnectionFor(VirtualNetworkGateway gateway, IpAddress address) {
        for (GatewayConnection c : connectionsOf(gateway.id())) {
            if (c.connectionType() != ConnectionType.Vnet2Vnet && c.site()
                    .flatMap(id -> state.get(LocalNetworkGateway.class, id)).map(s -> s.contains(address)).orElse(false)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The far gateway of a Vnet2Vnet connection of {@code gateway} that advertises {@code address}, if any. */
    Optional<VirtualNetworkGateway> farGatewayFor(VirtualNetworkGateway gateway, IpAddress address) {
        for (GatewayConnection c : connectionsOf(gateway.id())) {
            if (c.connectionType() == ConnectionType.Vnet2Vnet) {
                ResourceId far = c.virtualNetworkGateway1Id().equals(gateway.id()) ? c.virtualNetworkGateway2Id()
                        : c.virtualNetworkGateway1Id();
                Optional<VirtualNetworkGateway> g = state.get(VirtualNetworkGateway.class, far);
                if (g.isPresent() && advertised(g.get()).stream().anyMatch(p -> p.contains(address))) {
                    return g;
                }
            }
        }
        return Optional.empty();
    }
}
