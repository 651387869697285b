package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code VirtualNetworkGateway} next hop of a walk: which gateway the route leads to, out to the on-premises site
 * that owns the destination, or relayed inside Azure (docs/azure/gateways.md#gateway-routes).
 */
final class GatewayNextHop {

    private final DataPlane plane;
    private final WalkRecord record;
    private final DropDiagnosis diagnosis;
    private ResourceId siteReached;

    GatewayNextHop(DataPlane plane, WalkRecord record, DropDiagnosis diagnosis) {
        this.plane = plane;
        this.record = record;
        this.diagnosis = diagnosis;
    }

    /** The on-premises site the packet left Azure for, if it did. */
    Optional<ResourceId> siteReached() {
        return Optional.ofNullable(siteReached);
    }

    /**
     * The gateway a VirtualNetworkGateway route leads to: the gateway a gateway route came from, or — for a user
     * route — the route-based VPN gateway the network uses, its own or by transit
     * (docs/azure/gateways.md#gateway-as-next-hop).
     */
    Optional<VirtualNetworkGateway> gatewayOf(EffectiveRoute route, VirtualNetwork network, Place here) {
        if (route.source() == RouteSource.VirtualNetworkGateway) {
            return plane.state().get(VirtualNetworkGateway.class, route.origin());
        }
        List<VirtualNetworkGateway> serving = plane.gateways().gatewaysServing(network.id());
        Optional<VirtualNetworkGateway> vpn = serving.stream().filter(VirtualNetworkGateway::isRouteBasedVpn).findFirst();
        if (vpn.isEmpty()) {
            record.drop(Hop.Kind.ROUTE, here, route);
            if (serving.isEmpty()) {
                record.block(Blocker.of(Blocker.Kind.NO_GATEWAY, List.of(network.id()), route.addressPrefix()));
                record.fix(Fix.of(Fix.Kind.CREATE_GATEWAY, List.of(network.id())));
            } else {
                record.block(Blocker.of(Blocker.Kind.GATEWAY_NOT_ROUTE_BASED, List.of(serving.get(0).id(),
                        network.id()), route.addressPrefix()));
            }
        }
        return vpn;
    }

    /**
     * The packet leaves Azure through {@code gateway} for an on-premises site, which must also route the replies
     * back (docs/azure/gateways.md#advertised-prefixes). Returns whether the site takes it.
     */
    boolean exitToSite(VirtualNetworkGateway gateway, GatewayConnection connection, Place here, EffectiveRoute route,
                       Packet packet) {
        record.add(record.hop(Hop.Kind.GATEWAY, here, Place.gateway(gateway), route, null, HopOutcome.FORWARDED));
        LocalNetworkGateway site = plane.state().get(LocalNetworkGateway.class, connection.localNetworkGatewayId())
                .orElseThrow();
        Place at = Place.gateway(gateway);
        if (!plane.gateways().advertised(gateway).stream().anyMatch(p -> p.contains(packet.source()))) {
            record.drop(Hop.Kind.SITE, at, null, new HopDetail.NoRouteBack(site.id(), packet.source()));
            record.block(Blocker.of(Blocker.Kind.SITE_HAS_NO_ROUTE_BACK, List.of(site.id(), gateway.id(),
                    gateway.networkId()), packet.source()));
            diagnosis.explainTransit(packet.source(), gateway);
            return false;
        }
        Cidr prefix = site.addressPrefixes().stream().filter(p -> p.contains(packet.destination())).findFirst()
                .orElse(null);
        record.add(record.hop(Hop.Kind.SITE, at, Place.site(site.id()), null, null, HopOutcome.DELIVERED,
                new HopDetail.Connection(connection.id(), connection.connectionType()),
                new HopDetail.InSitePrefix(packet.destination(), prefix)));
        siteReached = site.id();
        return true;
    }

    /**
     * Through the site-to-site tunnel of {@code connection} to {@code far}, the VPN gateway its site stands for
     * (docs/azure/gateways.md#site-to-site-between-networks). Returns the gateway the packet goes on from; a gateway
     * passed twice is a loop and drops it.
     */
    Optional<VirtualNetworkGateway> throughTunnel(VirtualNetworkGateway gateway, GatewayConnection connection,
                                                  VirtualNetworkGateway far, Place here, EffectiveRoute route,
                                                  IpAddress destination, Set<ResourceId> gatewaysPassed) {
        if (!gatewaysPassed.add(far.id())) {
            record.drop(Hop.Kind.ROUTE, here, route);
            record.block(Blocker.of(Blocker.Kind.GATEWAY_ROUTING_LOOP, List.of(far.id()), destination));
            return Optional.empty();
        }
        record.add(record.hop(Hop.Kind.GATEWAY, here, Place.gateway(far), route, null, HopOutcome.FORWARDED,
                new HopDetail.Relayed(gateway.id(), far.id()),
                new HopDetail.Connection(connection.id(), connection.connectionType())));
        return Optional.of(far);
    }

    /**
     * Relayed inside Azure: to the far end of a Vnet2Vnet connection, or back into the gateway's own network (a hub
     * VPN gateway can carry spoke-to-spoke traffic, docs/azure/gateways.md#gateway-as-next-hop). Returns the gateway
     * the packet goes on from; a gateway passed twice is a loop and drops it.
     */
    Optional<VirtualNetworkGateway> relay(VirtualNetworkGateway gateway, Place here, EffectiveRoute route,
                                          IpAddress destination, Set<ResourceId> gatewaysPassed) {
        VirtualNetworkGateway relay = plane.gateways().farGatewayFor(gateway, destination).orElse(gateway);
        if (!gatewaysPassed.add(relay.id())) {
            record.drop(Hop.Kind.ROUTE, here, route);
            record.block(Blocker.of(Blocker.Kind.GATEWAY_ROUTING_LOOP, List.of(relay.id()), destination));
            return Optional.empty();
        }
        record.add(relay.equals(gateway)
                ? record.hop(Hop.Kind.GATEWAY, here, Place.gateway(relay), route, null, HopOutcome.FORWARDED)
                : record.hop(Hop.Kind.GATEWAY, here, Place.gateway(relay), route, null, HopOutcome.FORWARDED,
                new HopDetail.Relayed(gateway.id(), relay.id())));
        return Optional.of(relay);
    }
}
