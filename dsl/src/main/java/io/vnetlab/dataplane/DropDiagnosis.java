package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.ConnectionStatus;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Explains why a walk dropped a packet: the peering that is missing, one-sided or not synced, the gateway transit
 * flags that are off, the site no gateway route leads to, the user route that drops it; and records the blockers and
 * the fixes that would change the answer (docs/azure/reachability.md#verdict). A walk that only decides
 * ({@link WalkRecord#explains()} false) is explained nothing: each entry returns at once.
 */
final class DropDiagnosis {

    private final DataPlane plane;
    private final WalkRecord record;

    DropDiagnosis(DataPlane plane, WalkRecord record) {
        this.plane = plane;
        this.record = record;
    }

    /**
     * The packet arrived at {@code delivered}, not at the {@code wanted} interface the flow names: an address of an
     * overlapping network (never peerable, docs/azure/addressing.md#overlapping-networks) held by another interface
     * that the routes reach first. The arrival becomes the drop.
     */
    void deliveredToAnother(NetworkInterface delivered, NetworkInterface wanted) {
        if (!record.explains()) {
            return;
        }
        Hop arrival = record.removeLastHop();
        VirtualNetwork here = plane.network(delivered.networkId());
        VirtualNetwork there = plane.network(wanted.networkId());
        record.add(arrival.withNext(null).with(new HopDetail.NotTheDestination()).withOutcome(HopOutcome.DROPPED));
        record.block(Blocker.of(Blocker.Kind.OVERLAPPING_ADDRESS, List.of(here.id(), there.id(), delivered.id()),
                delivered.privateIpAddress()));
        record.fix(Fix.of(Fix.Kind.USE_NON_OVERLAPPING_ADDRESS_SPACE, List.of(there.id(), here.id())));
    }

    /** Why {@code network} has no usable route to {@code destination}: which peering is missing or stale. */
    void diagnose(VirtualNetwork network, IpAddress destination, ResourceId intendedNetwork) {
        diagnose(network, null, destination, intendedNetwork);
    }

    /**
     * As {@link #diagnose(VirtualNetwork, IpAddress, ResourceId)}, from subnet {@code fromSubnet} (or {@code null}
     * when unknown), which a subnet peering may leave out.
     */
    void diagnose(VirtualNetwork network, ResourceId fromSubnet, IpAddress destination, ResourceId intendedNetwork) {
        if (!record.explains()) {
            return;
        }
        VirtualNetwork target = intendedNetwork != null ? plane.network(intendedNetwork)
                : otherNetworkContaining(destination, network.id());
        if (target == null) {
            record.block(Blocker.of(Blocker.Kind.NO_NETWORK_HOLDS_ADDRESS, List.of(network.id()), destination));
            return;
        }
        Optional<Peering> a2c = plane.peering(network.id(), target.id());
        Optional<Peering> c2a = plane.peering(target.id(), network.id());
        if (a2c.isEmpty() && c2a.isEmpty()) {
            List<ResourceId> common = commonPeers(network, target);
            List<ResourceId> involved = new ArrayList<>(List.of(network.id(), target.id()));
            involved.addAll(common);
            record.block(Blocker.of(Blocker.Kind.NOT_PEERED, involved));
            record.fix(Fix.of(Fix.Kind.PEER_DIRECTLY, List.of(network.id(), target.id())));
            if (!common.isEmpty()) {
                record.fix(Fix.of(Fix.Kind.ROUTE_THROUGH_SHARED_PEER_APPLIANCE, List.of(network.id(), target.id(),
                        common.get(0)), target.addressSpace()));
            }
            return;
        }
        if (a2c.isPresent() && c2a.isEmpty()) {
            explainOneSided(a2c.get(), target.id());
            return;
        }
        if (a2c.isEmpty()) {
            explainOneSided(c2a.get(), network.id());
            return;
        }
        Peering link = a2c.get();
        if (link.isConnected() && link.isSubnetPeering() && explainsSubnetScope(link, target, fromSubnet, destination)) {
            return;
        }
        if (link.isConnected() && firstContaining(link.remoteAddressSpace(), destination) == null) {
            Cidr prefix = firstContaining(target.addressSpace(), destination);
            record.block(Blocker.of(Blocker.Kind.PEERING_NOT_SYNCED, List.of(link.id(), target.id()), destination,
                    prefix, link.syncLevel()));
            record.fix(Fix.of(Fix.Kind.SYNC_PEERING, List.of(link.id())));
            return;
        }
        record.block(Blocker.of(Blocker.Kind.PEERING_STATES_DIFFER, List.of(link.id(), c2a.get().id()), link.state(),
                c2a.get().state()));
    }

    /**
     * A packet from {@code fromSubnet} to {@code destination} in {@code target} routed through neither peering nor
     * network: if a subnet peering joins the two networks, the subnet it leaves out is why
     * (docs/azure/subnet-peering.md#routes). Records nothing otherwise.
     */
    void subnetOutsidePeering(VirtualNetwork network, ResourceId fromSubnet, IpAddress destination,
                              ResourceId intendedNetwork) {
        if (!record.explains()) {
            return;
        }
        if (intendedNetwork == null || intendedNetwork.equals(network.id())) {
            return;
        }
        Optional<Peering> link = plane.peering(network.id(), intendedNetwork);
        if (link.isPresent() && link.get().isConnected() && link.get().isSubnetPeering()) {
            explainsSubnetScope(link.get(), plane.network(intendedNetwork), fromSubnet, destination);
        }
    }

    /** Which side of subnet peering {@code link} leaves the flow out, if one does. */
    private boolean explainsSubnetScope(Peering link, VirtualNetwork target, ResourceId fromSubnet,
                                        IpAddress destination) {
        if (link.scope().enableOnlyIPv6Peering()) {
            record.block(Blocker.of(Blocker.Kind.IPV6_ONLY_PEERING, List.of(link.id()), destination));
            return true;
        }
        if (fromSubnet != null && !link.scope().includesLocal(fromSubnet.name())) {
            record.block(Blocker.of(Blocker.Kind.SUBNET_NOT_IN_PEERING, List.of(link.id(), fromSubnet),
                    link.scope().localSubnetNames()));
            record.fix(Fix.of(Fix.Kind.ADD_SUBNET_TO_PEERING, List.of(link.id(), fromSubnet)));
            return true;
        }
        Optional<Subnet> there = target.subnetContaining(destination);
        if (there.isPresent() && !link.scope().includesRemote(there.get().name())) {
            record.block(Blocker.of(Blocker.Kind.SUBNET_NOT_IN_PEERING, List.of(link.id(), there.get().id()),
                    link.scope().remoteSubnetNames()));
            record.fix(Fix.of(Fix.Kind.ADD_SUBNET_TO_PEERING, List.of(link.id(), there.get().id())));
            return true;
        }
        return false;
    }

    /** A peering without its counterpart in {@code other}: Disconnected (the other side was deleted) or Initiated. */
    private void explainOneSided(Peering existing, ResourceId other) {
        if (existing.state() == PeeringState.Disconnected) {
            record.block(Blocker.of(Blocker.Kind.PEERING_DISCONNECTED, List.of(existing.id(), other)));
            record.fix(Fix.of(Fix.Kind.RECREATE_PEERING, List.of(existing.id(), other)));
        } else {
            record.block(Blocker.of(Blocker.Kind.PEERING_ONE_SIDED, List.of(existing.id(), other), existing.state()));
            record.fix(Fix.of(Fix.Kind.CREATE_PEERING_BACK, List.of(other, existing.localNetworkId())));
        }
    }

    /**
     * A network other than {@code except} whose address space holds {@code address}, or {@code null}. This class
     * explains the first drop in a JVM, so it is written in loops, not streams: each lambda is linked on first use.
     */
    private VirtualNetwork otherNetworkContaining(IpAddress address, ResourceId except) {
        for (VirtualNetwork n : plane.networksContaining(address)) {
            if (!n.id().equals(except)) {
                return n;
            }
        }
        return null;
    }

    /** The first of {@code prefixes} that holds {@code address}, or {@code null}. */
    private static Cidr firstContaining(List<Cidr> prefixes, IpAddress address) {
        for (Cidr p : prefixes) {
            if (p.contains(address)) {
                return p;
            }
        }
        return null;
    }

    private List<ResourceId> commonPeers(VirtualNetwork a, VirtualNetwork c) {
        Set<ResourceId> ofA = new HashSet<>();
        for (Peering p : plane.peeringsOf(a.id())) {
            if (p.isConnected()) {
                ofA.add(p.remoteNetworkId());
            }
        }
        List<ResourceId> result = new ArrayList<>();
        for (Peering p : plane.peeringsOf(c.id())) {
            if (p.isConnected() && ofA.contains(p.remoteNetworkId())) {
                result.add(p.remoteNetworkId());
            }
        }
        return result;
    }

    /** A user route with next hop None drops the packet (docs/azure/routing.md#user-route-next-hops). */
    void userRouteDrops(EffectiveRoute route, IpAddress destination) {
        if (!record.explains()) {
            return;
        }
        List<ResourceId> table = route.origin() == null ? List.of() : List.of(route.origin());
        record.block(Blocker.of(Blocker.Kind.USER_ROUTE_TO_NONE, table, route.name(), route.addressPrefix(),
                destination));
        record.fix(Fix.of(Fix.Kind.REMOVE_USER_ROUTE, table, route.name()));
    }

    /**
     * Whether {@code c} is a site-to-site tunnel to another gateway of the state that is down because that gateway
     * has no connection back (docs/azure/gateways.md#site-to-site-between-networks); if so, says so and how to fix it.
     */
    private boolean tunnelNotConnected(GatewayConnection c, LocalNetworkGateway site, VirtualNetworkGateway gateway) {
        Optional<VirtualNetworkGateway> far = plane.gateways().gatewayBehind(c);
        if (far.isEmpty() || ResourceManager.connectionStatus(plane.state(), c) == ConnectionStatus.Connected) {
            return false;
        }
        record.block(Blocker.of(Blocker.Kind.TUNNEL_NOT_CONNECTED, List.of(c.id(), site.id(), far.get().id(),
                gateway.id())));
        String siteBack = null;
        for (LocalNetworkGateway candidate : plane.state().all(LocalNetworkGateway.class)) {
            Optional<VirtualNetworkGateway> behind = ResourceManager.gatewayBehindSite(plane.state(), candidate.id());
            if (behind.isPresent() && behind.get().id().equals(gateway.id())) {
                siteBack = candidate.name();
                break;
            }
        }
        record.fix(Fix.of(Fix.Kind.CONNECT_GATEWAY_BACK, List.of(far.get().id(), gateway.id()), siteBack));
        return true;
    }

    /** When the destination is behind an on-premises site: why {@code network} has no gateway route to it. */
    boolean explainsSite(VirtualNetwork network, ResourceId subnetId, Packet packet) {
        if (!record.explains()) {
            return false;
        }
        for (GatewayConnection c : plane.state().all(GatewayConnection.class)) {
            Optional<LocalNetworkGateway> site = c.site().isPresent()
                    ? plane.state().get(LocalNetworkGateway.class, c.site().get()) : Optional.empty();
            Optional<VirtualNetworkGateway> gateway = plane.state().get(VirtualNetworkGateway.class,
                    c.virtualNetworkGateway1Id());
            if (site.isPresent() && gateway.isPresent() && site.get().contains(packet.destination())
                    && tunnelNotConnected(c, site.get(), gateway.get())) {
                return true;
            }
            if (site.isPresent() && gateway.isPresent() && site.get().contains(packet.destination())) {
                record.block(Blocker.of(Blocker.Kind.NO_ROUTE_TO_SITE, List.of(site.get().id(), gateway.get().id(),
                        network.id(), gateway.get().networkId()), packet.destination()));
                Optional<Subnet> subnet = plane.state().subnet(subnetId);
                Optional<ResourceId> tableId = subnet.isPresent() ? subnet.get().routeTable() : Optional.empty();
                Optional<RouteTable> table = tableId.isPresent()
                        ? plane.state().get(RouteTable.class, tableId.get()) : Optional.empty();
                if (table.isPresent() && table.get().disableBgpRoutePropagation()
                        && plane.gateways().gatewaysServing(network.id()).contains(gateway.get())) {
                    record.block(Blocker.of(Blocker.Kind.GATEWAY_ROUTES_NOT_PROPAGATED, List.of(table.get().id(),
                            subnetId, gateway.get().id())));
                    record.fix(Fix.of(Fix.Kind.ENABLE_GATEWAY_ROUTE_PROPAGATION, List.of(table.get().id())));
                    record.fix(Fix.of(Fix.Kind.ADD_GATEWAY_ROUTE, List.of(table.get().id()),
                            site.get().addressPrefixes().get(0)));
                } else {
                    explainTransit(packet.source(), gateway.get());
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Why {@code address}'s network does not use {@code gateway}: the transit flags that are missing
     * (docs/azure/gateways.md#gateway-transit, docs/azure/gateways.md#advertised-prefixes).
     */
    void explainTransit(IpAddress address, VirtualNetworkGateway gateway) {
        if (!record.explains()) {
            return;
        }
        VirtualNetwork hub = plane.network(gateway.networkId());
        Optional<VirtualNetwork> spoke = Optional.ofNullable(otherNetworkContaining(address, hub.id()));
        if (spoke.isEmpty()) {
            return;
        }
        Optional<Peering> up = plane.peering(spoke.get().id(), hub.id());
        Optional<Peering> down = plane.peering(hub.id(), spoke.get().id());
        if (up.isEmpty() || down.isEmpty() || !up.get().isConnected()) {
            record.block(Blocker.of(Blocker.Kind.NOT_PEERED_WITH_HUB, List.of(spoke.get().id(), hub.id())));
            record.fix(Fix.of(Fix.Kind.PEER_USING_REMOTE_GATEWAY, List.of(spoke.get().id(), hub.id())));
            return;
        }
        List<ResourceId> peerings = new ArrayList<>();
        List<Object> settings = new ArrayList<>();
        if (!down.get().allowGatewayTransit()) {
            record.block(Blocker.of(Blocker.Kind.NO_GATEWAY_TRANSIT, List.of(down.get().id())));
            peerings.add(down.get().id());
            settings.add(Fix.PeeringSetting.allowGatewayTransit);
        }
        if (!up.get().useRemoteGateways()) {
            record.block(Blocker.of(Blocker.Kind.NOT_USING_REMOTE_GATEWAYS, List.of(up.get().id(), hub.id())));
            peerings.add(up.get().id());
            settings.add(Fix.PeeringSetting.useRemoteGateways);
        }
        Optional<Subnet> left = spoke.get().subnetContaining(address);
        if (!settings.isEmpty()) {
            record.fix(new Fix(Fix.Kind.SET_PEERING_SETTINGS, peerings, settings));
        } else if (left.isPresent() && !up.get().scope().includesLocal(left.get().name())) {
            // a subnet peering carries transit for its own subnets only (docs/azure/subnet-peering.md#gateway-transit)
            record.block(Blocker.of(Blocker.Kind.SUBNET_NOT_IN_PEERING, List.of(up.get().id(), left.get().id()),
                    up.get().scope().localSubnetNames()));
            record.fix(Fix.of(Fix.Kind.ADD_SUBNET_TO_PEERING, List.of(up.get().id(), left.get().id())));
        } else if (GatewayRouting.BASIC.equalsIgnoreCase(gateway.sku())) {
            record.block(Blocker.of(Blocker.Kind.BASIC_GATEWAY_SKU, List.of(gateway.id())));
            record.fix(Fix.of(Fix.Kind.UPGRADE_BASIC_GATEWAY, List.of(hub.id())));
        }
    }
}
