package io.vnetlab.controlplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.GatewayType;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.Peering;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteNextHopType;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;
import io.vnetlab.model.VpnType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The control-plane operations of routing: route tables and their association with subnets, virtual
 * network gateways, local network gateways (on-premises sites), connections, and the gateway-transit rules of
 * peerings. Like {@link ControlPlane}: validate fully, then return a new state, or throw {@link AzureException}.
 */
final class RoutingOperations {

    /** Routes per route table (docs/azure/addressing.md#limits, docs/azure/routing.md#route-tables). */
    static final int MAX_ROUTES_PER_TABLE = 400;
    /** The one subnet name a gateway may live in (docs/azure/gateways.md#gateway-subnet). */
    static final String GATEWAY_SUBNET = "GatewaySubnet";

    private RoutingOperations() {
    }

    // ------------------------------------------------------------------ route tables

    static TopologyState putRouteTable(TopologyState s, ResourceId id, Region region, List<RouteRequest> specs,
                                       boolean disableBgpRoutePropagation, PutMode mode) {
        Names.require(NamingRule.ROUTE_TABLE, id);
        ControlPlane.requireResourceGroup(s, id);
        Optional<RouteTable> existing = s.get(RouteTable.class, id);
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw alreadyExists("Route table", id);
        }
        if (specs.size() > MAX_ROUTES_PER_TABLE) {
            throw new AzureException(AzureErrorCode.RouteTableRouteLimitExceeded, "Route table " + id + " has "
                    + specs.size() + " routes; a route table holds at most " + MAX_ROUTES_PER_TABLE + " routes."
                    + " Summarize prefixes, or split the subnets over several route tables.", id);
        }
        List<Route> routes = new ArrayList<>();
        for (RouteRequest spec : specs) {
            ResourceId routeId = id.child("routes", spec.name());
            Names.require(NamingRule.ROUTE, spec.name(), routeId);
            if (routes.stream().anyMatch(r -> r.name().equalsIgnoreCase(spec.name()))) {
                throw new AzureException(AzureErrorCode.ResourceAlreadyExists, "Route table " + id.name()
                        + " has two routes named '" + spec.name() + "'. Route names must be unique within a route"
                        + " table.", routeId);
            }
            routes.add(validRoute(routeId, spec));
        }
        RouteTable table = new RouteTable(existing.map(RouteTable::id).orElse(id),
                existing.map(RouteTable::name).orElse(id.name()), region, routes, disableBgpRoutePropagation);
        FirewallOperations.requireDirectInternet(s, table, null);
        return s.with(RouteTable.class, table.id(), table);
    }

    /** PUT of one route of an existing table: replaces the route of that name, or adds it. */
    static TopologyState putRoute(TopologyState s, ResourceId tableId, RouteRequest route) {
        RouteTable table = s.get(RouteTable.class, tableId).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/routeTables", tableId.name(), tableId));
        List<RouteRequest> routes = new ArrayList<>();
        boolean replaced = false;
        for (Route existing : table.routes()) {
            if (existing.name().equalsIgnoreCase(route.name())) {
                routes.add(route.named(existing.name()));
                replaced = true;
            } else {
                routes.add(RouteRequest.of(existing));
            }
        }
        if (!replaced) {
            routes.add(route);
        }
        return putRouteTable(s, table.id(), table.region(), routes, table.disableBgpRoutePropagation(),
                PutMode.CREATE_OR_UPDATE);
    }

    /**
     * docs/azure/routing.md#user-route-next-hops: the allowed next hop types, and a next hop IP exactly with
     * VirtualAppliance.
     */
    private static Route validRoute(ResourceId routeId, RouteRequest spec) {
        Cidr prefix = ControlPlane.prefix(spec.addressPrefix(), routeId);
        RouteNextHopType type = RouteNextHopType.fromName(spec.nextHopType() == null ? "" : spec.nextHopType())
                .orElseThrow(() -> new AzureException(AzureErrorCode.InvalidRouteNextHopType, "Route "
                        + routeId.name() + " has next hop type '" + spec.nextHopType() + "', which a route table"
                        + " cannot use. Allowed values: " + Arrays.stream(RouteNextHopType.values())
                        .map(Enum::name).collect(Collectors.joining(", ")) + " (peering routes are made by Azure"
                        + " itself).", routeId));
        String ipText = spec.nextHopIpAddress();
        boolean hasIp = ipText != null && !ipText.isBlank();
        if (type == RouteNextHopType.VirtualAppliance && !hasIp) {
            throw new AzureException(AzureErrorCode.NextHopIpAddressRequired, "NextHopIpAddress cannot be Null or"
                    + " Empty in route " + routeId.name() + " when NextHopType is VirtualAppliance. Give the"
                    + " appliance's private IP address.", routeId);
        }
        if (type != RouteNextHopType.VirtualAppliance && hasIp) {
            throw new AzureException(AzureErrorCode.NextHopIpAddressNotAllowed, "Route " + routeId.name()
                    + " has next hop type " + type + " and next hop IP address " + ipText + "; a next hop IP"
                    + " address is only allowed with next hop type VirtualAppliance. Remove it.", routeId);
        }
        IpAddress ip = null;
        if (hasIp) {
            if (!IpAddress.isValid(ipText)) {
                throw new AzureException(AzureErrorCode.NextHopIpAddressRequired, "Next hop IP address '" + ipText
                        + "' of route " + routeId.name() + " is not an IPv4 address, such as 10.0.1.4.", routeId);
            }
            ip = IpAddress.parse(ipText);
        }
        return new Route(routeId, spec.name(), prefix, type, ip);
    }

    static TopologyState deleteRouteTable(TopologyState s, ResourceId id) {
        RouteTable table = s.get(RouteTable.class, id).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/routeTables", id.name(), id));
        for (VirtualNetwork network : s.networks()) {
            for (Subnet subnet : network.subnets()) {
                if (table.id().equals(subnet.routeTableId())) {
                    throw new AzureException(AzureErrorCode.InUseRouteTableCannotBeDeleted, "Route table "
                            + table.name() + " is in use and cannot be deleted. It is associated with subnet "
                            + subnet.id() + "; dissociate it from the subnet first.", table.id(), subnet.id());
                }
            }
        }
        return s.without(RouteTable.class, table.id());
    }

    /**
     * Associates {@code routeTableId} (or, when {@code null}, no table) with a subnet
     * (docs/azure/routing.md#route-tables).
     */
    static TopologyState associateRouteTable(TopologyState s, ResourceId subnetId, ResourceId routeTableId) {
        return NetworkOperations.putSubnetOf(s, subnetId, subnet -> subnet.withRouteTable(routeTableId));
    }

    /**
     * The route table a subnet names: it must exist, in the subnet's region ({@code InvalidResourceReference}
     * otherwise).
     */
    static RouteTable requireRouteTableFor(TopologyState s, ResourceId routeTableId, ResourceId subnetId,
                                           Region region) {
        RouteTable table = s.get(RouteTable.class, routeTableId).orElseThrow(() -> new AzureException(
                AzureErrorCode.InvalidResourceReference, "Resource " + routeTableId + " referenced by resource "
                + subnetId + " was not found. Please make sure that the referenced resource exists, and"
                + " that both resources are in the same region.", routeTableId, subnetId));
        if (!table.region().name().equals(region.name())) {
            String network = subnetId.parent().map(ResourceId::name).orElse("?");
            throw new AzureException(AzureErrorCode.InvalidResourceReference, "Resource " + table.id()
                    + " referenced by resource " + subnetId + " was not found. Please make sure that the"
                    + " referenced resource exists, and that both resources are in the same region. The route"
                    + " table is in " + table.region().name() + " and virtual network " + network
                    + " in " + region.name() + ".", table.id(), subnetId);
        }
        return table;
    }

    // ------------------------------------------------------------------ virtual network gateways

    static TopologyState putVirtualNetworkGateway(TopologyState s, ResourceId id, Region region, ResourceId subnetId,
                                                  GatewayType type, VpnType vpnType, String sku, Long bgpAsn,
                                                  List<ResourceId> publicIpAddressIds, PutMode mode) {
        Names.require(NamingRule.VIRTUAL_NETWORK_GATEWAY, id);
        AutonomousSystemNumbers.requireUsableByGateway(bgpAsn, id);
        ControlPlane.requireResourceGroup(s, id);
        for (ResourceId publicIp : publicIpAddressIds) {
            if (s.get(io.vnetlab.model.PublicIpAddress.class, publicIp).isEmpty()) {
                throw new AzureException(AzureErrorCode.InvalidResourceReference, "Resource " + publicIp
                        + " referenced by resource " + id + " was not found. Please make sure that the referenced"
                        + " resource exists, and that both resources are in the same region.", publicIp, id);
            }
        }
        Optional<VirtualNetworkGateway> existing = s.get(VirtualNetworkGateway.class, id);
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw alreadyExists("Virtual network gateway", id);
        }
        ResourceId networkId = subnetId.parent().orElseThrow();
        VirtualNetwork network = NetworkOperations.requireNetwork(s, networkId);
        Subnet subnet = network.subnet(subnetId.name()).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/virtualNetworks/subnets", network.name() + "/" + subnetId.name(), subnetId));
        if (!network.region().name().equals(region.name())) {
            throw new AzureException(AzureErrorCode.InvalidResourceReference, "Resource " + subnet.id()
                    + " referenced by resource " + id + " was not found. Please make sure that the referenced"
                    + " resource exists, and that both resources are in the same region. The gateway is in "
                    + region.name() + " and virtual network " + network.name() + " in " + network.region().name()
                    + ".", subnet.id(), id);
        }
        if (!subnet.name().equals(GATEWAY_SUBNET)) {
            throw new AzureException(AzureErrorCode.GatewayMustBeInGatewaySubnet, "Virtual network gateway " + id
                    + " cannot be deployed in subnet '" + subnet.name() + "' of virtual network " + network.name()
                    + ": a gateway goes only in the subnet named exactly 'GatewaySubnet'. Add a subnet named"
                    + " GatewaySubnet (a /27 or larger is recommended) and use it.", id, subnet.id());
        }
        for (VirtualNetworkGateway other : gatewaysIn(s, network.id())) {
            if (!other.id().equals(id) && other.gatewayType() == type) {
                throw new AzureException(AzureErrorCode.VirtualNetworkAlreadyHasGatewayOfThisType, "Virtual network "
                        + network.name() + " already has " + (type == GatewayType.Vpn ? "a VPN" : "an ExpressRoute")
                        + " gateway, " + other.id() + "; a virtual network has at most one VPN gateway and one"
                        + " ExpressRoute gateway.", id, other.id());
            }
        }
        for (Peering p : s.peeringsOf(network.id())) {
            if (p.useRemoteGateways()) {
                throw new AzureException(AzureErrorCode.VnetWithGatewayCannotUseRemoteGateways, "Cannot create"
                        + " virtual network gateway " + id + ": virtual network " + network.name() + " uses the"
                        + " gateway of " + p.remoteNetworkName() + " through peering " + p.id() + ", and a network"
                        + " that uses remote gateways cannot have a gateway of its own. Turn useRemoteGateways off"
                        + " on that peering first.", id, p.id());
            }
        }
        if (type == GatewayType.Vpn && vpnType == null) {
            throw new IllegalStateException("VPN gateway '" + id.name() + "' needs a VPN type: call"
                    + " withRouteBasedVpn() or withPolicyBasedVpn().");
        }
        long taken = gatewaysIn(s, network.id()).stream().filter(g -> !g.id().equals(id)).count();
        IpAddress address = existing.map(VirtualNetworkGateway::ipAddress)
                .orElse(subnet.addressPrefix().firstAddress().plus(4 + taken));
        VirtualNetworkGateway gateway = new VirtualNetworkGateway(existing.map(VirtualNetworkGateway::id).orElse(id),
                existing.map(VirtualNetworkGateway::name).orElse(id.name()), network.region(), subnet.id(), type,
                type == GatewayType.Vpn ? vpnType : null, sku, bgpAsn, address, publicIpAddressIds);
        return s.with(VirtualNetworkGateway.class, gateway.id(), gateway);
    }

    /** A subnet that holds a gateway cannot be deleted, nor its network (like a subnet with interfaces). */
    static void requireNoGatewayIn(TopologyState s, Subnet subnet) {
        for (VirtualNetworkGateway gateway : s.all(VirtualNetworkGateway.class)) {
            if (gateway.subnetId().equals(subnet.id())) {
                throw new AzureException(AzureErrorCode.InUseSubnetCannotBeDeleted, "Subnet " + subnet.name()
                        + " is in use by virtual network gateway " + gateway.id() + " and cannot be deleted. Delete"
                        + " the gateway first.", subnet.id(), gateway.id());
            }
        }
    }

    /**
     * A subnet's new prefix must still hold the address of every gateway in it, as a subnet's prefix cannot move away
     * from what uses it (docs/azure/gateways.md#gateway-subnet).
     */
    static void requireGatewaysStayIn(TopologyState s, Subnet old, Subnet changed) {
        for (VirtualNetworkGateway gateway : s.all(VirtualNetworkGateway.class)) {
            if (gateway.subnetId().equals(old.id()) && gateway.ipAddress() != null
                    && !changed.addressPrefix().contains(gateway.ipAddress())) {
                throw new AzureException(AzureErrorCode.InUseSubnetCannotBeUpdated, "Subnet " + old.name()
                        + " is in use by virtual network gateway " + gateway.id() + " and its address prefix cannot be"
                        + " changed from " + old.addressPrefix() + " to " + changed.addressPrefix() + ", which does"
                        + " not hold the gateway's address " + gateway.ipAddress() + ". Delete the gateway first.",
                        old.id(), gateway.id());
            }
        }
    }

    /** Deleting a resource group deletes its connections, gateways, sites and route tables. */
    static TopologyState deleteRoutingResourcesIn(TopologyState s, io.vnetlab.model.ResourceGroup group) {
        TopologyState next = s;
        for (GatewayConnection c : s.all(GatewayConnection.class)) {
            if (inGroup(c.id(), group) || inGroup(c.virtualNetworkGateway1Id(), group)
                    || (c.virtualNetworkGateway2Id() != null && inGroup(c.virtualNetworkGateway2Id(), group))
                    || (c.localNetworkGatewayId() != null && inGroup(c.localNetworkGatewayId(), group))) {
                next = next.without(GatewayConnection.class, c.id());
            }
        }
        for (VirtualNetworkGateway g : s.all(VirtualNetworkGateway.class)) {
            if (inGroup(g.id(), group) || inGroup(g.networkId(), group)) {
                next = next.without(VirtualNetworkGateway.class, g.id());
            }
        }
        for (LocalNetworkGateway site : s.all(LocalNetworkGateway.class)) {
            if (inGroup(site.id(), group)) {
                next = next.without(LocalNetworkGateway.class, site.id());
            }
        }
        for (RouteTable table : s.all(RouteTable.class)) {
            if (inGroup(table.id(), group)) {
                next = next.without(RouteTable.class, table.id());
            }
        }
        return next;
    }

    private static boolean inGroup(ResourceId id, io.vnetlab.model.ResourceGroup group) {
        return id.subscriptionId().equalsIgnoreCase(group.subscriptionId())
                && id.resourceGroup().equalsIgnoreCase(group.name());
    }

    /** The gateways whose GatewaySubnet is in {@code networkId}. */
    static List<VirtualNetworkGateway> gatewaysIn(TopologyState s, ResourceId networkId) {
        return s.all(VirtualNetworkGateway.class).stream().filter(g -> g.networkId().equals(networkId))
                .collect(Collectors.toList());
    }

    // ------------------------------------------------------------------ local network gateways and connections

    static TopologyState putLocalNetworkGateway(TopologyState s, ResourceId id, Region region, String gatewayIp,
                                                List<String> prefixes, Long bgpAsn, String bgpPeeringAddress,
                                                PutMode mode) {
        Names.require(NamingRule.LOCAL_NETWORK_GATEWAY, id);
        AutonomousSystemNumbers.requireUsableBySite(bgpAsn, id);
        ControlPlane.requireResourceGroup(s, id);
        Optional<LocalNetworkGateway> existing = s.get(LocalNetworkGateway.class, id);
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw alreadyExists("Local network gateway", id);
        }
        if (gatewayIp == null || !IpAddress.isValid(gatewayIp)) {
            throw new AzureException(AzureErrorCode.InvalidAddressPrefixFormat, "Local network gateway " + id
                    + " needs the public IPv4 address of the on-premises VPN device, such as 203.0.113.10; got '"
                    + gatewayIp + "'.", id);
        }
        List<Cidr> space = new ArrayList<>();
        for (String text : prefixes) {
            space.add(ControlPlane.prefix(text, id));
        }
        IpAddress bgpPeer = bgpPeeringAddress == null ? null : IpAddress.parse(bgpPeeringAddress);
        LocalNetworkGateway site = new LocalNetworkGateway(existing.map(LocalNetworkGateway::id).orElse(id),
                existing.map(LocalNetworkGateway::name).orElse(id.name()), region, IpAddress.parse(gatewayIp), space,
                bgpAsn, bgpPeer);
        return s.with(LocalNetworkGateway.class, site.id(), site);
    }

    static TopologyState putConnection(TopologyState s, ResourceId id, ConnectionType type, ResourceId gateway1Id,
                                       ResourceId gateway2Id, ResourceId siteId, boolean enableBgp,
                                       PutMode mode) {
        Names.require(NamingRule.CONNECTION, id);
        ControlPlane.requireResourceGroup(s, id);
        Optional<GatewayConnection> existing = s.get(GatewayConnection.class, id);
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw alreadyExists("Connection", id);
        }
        if (type != ConnectionType.Vnet2Vnet && siteId == null) {
            throw new AzureException(AzureErrorCode.InvalidConnectionEndpoints, "Connection " + id + " of type "
                    + type + " needs a local network gateway (localNetworkGateway2); vnetlab models an ExpressRoute"
                    + " circuit as a local network gateway too.", id);
        }
        if (type == ConnectionType.Vnet2Vnet && gateway2Id == null) {
            throw new AzureException(AzureErrorCode.InvalidConnectionEndpoints, "Connection " + id + " of type"
                    + " Vnet2Vnet needs a second virtual network gateway (virtualNetworkGateway2).", id);
        }
        VirtualNetworkGateway first = requireGateway(s, gateway1Id, id);
        GatewayType wanted = type == ConnectionType.ExpressRoute ? GatewayType.ExpressRoute : GatewayType.Vpn;
        requireType(first, wanted, type, id);
        if (type == ConnectionType.Vnet2Vnet) {
            VirtualNetworkGateway second = requireGateway(s, gateway2Id, id);
            requireType(second, GatewayType.Vpn, type, id);
            if (second.networkId().equals(first.networkId())) {
                throw new AzureException(AzureErrorCode.InvalidConnectionEndpoints, "Connection " + id + " joins two"
                        + " gateways of the same virtual network " + first.networkId().name() + "; a Vnet2Vnet"
                        + " connection joins two different networks.", id);
            }
            siteId = null;
        } else {
            ResourceId wantedSite = siteId;
            s.get(LocalNetworkGateway.class, siteId).orElseThrow(() -> new AzureException(
                    AzureErrorCode.InvalidResourceReference, "Resource " + wantedSite + " referenced by resource "
                    + id + " was not found. Please make sure that the referenced resource exists.", wantedSite, id));
            gateway2Id = null;
        }
        GatewayConnection connection = new GatewayConnection(existing.map(GatewayConnection::id).orElse(id),
                existing.map(GatewayConnection::name).orElse(id.name()), first.region(), type, first.id(),
                gateway2Id, siteId, enableBgp);
        return s.with(GatewayConnection.class, connection.id(), connection);
    }

    private static VirtualNetworkGateway requireGateway(TopologyState s, ResourceId gatewayId, ResourceId by) {
        return s.get(VirtualNetworkGateway.class, gatewayId).orElseThrow(() -> new AzureException(
                AzureErrorCode.InvalidResourceReference, "Resource " + gatewayId + " referenced by resource " + by
                + " was not found. Please make sure that the referenced resource exists.", gatewayId, by));
    }

    private static void requireType(VirtualNetworkGateway gateway, GatewayType wanted, ConnectionType type,
                                    ResourceId id) {
        if (gateway.gatewayType() != wanted) {
            throw new AzureException(AzureErrorCode.InvalidConnectionEndpoints, "Connection " + id + " of type "
                    + type + " needs " + (wanted == GatewayType.Vpn ? "a VPN" : "an ExpressRoute") + " gateway, but "
                    + gateway.id() + " is of type " + gateway.gatewayType() + ".", id, gateway.id());
        }
    }

    /** The connections with {@code gatewayId} at either end. */
    static List<GatewayConnection> connectionsOf(TopologyState s, ResourceId gatewayId) {
        return s.all(GatewayConnection.class).stream().filter(c -> c.involves(gatewayId)).collect(Collectors.toList());
    }

    // ---- gateway transit (docs/azure/peering.md#remote-has-no-gateway, #use-remote-gateways-conflicts, docs/azure/gateways.md#transit-preconditions)

    /**
     * The preconditions of {@code useRemoteGateways} (docs/azure/peering.md#use-remote-gateways,
     * docs/azure/gateways.md#transit-preconditions): the remote network has a gateway ({@code RemoteVnetHasNoGateways},
     * docs/azure/peering.md#remote-has-no-gateway); the local network has none of its own; no other peering of the
     * local network uses remote gateways; and the remote peering back, if it exists, allows gateway transit (Azure
     * answers "cannot have UseRemoteGateways flag set to true, because corresponding remote peering has
     * AllowGatewayTransit flag set to false", hashicorp/terraform-provider-azurerm#2872; its code is not documented).
     * While the remote peering does not exist yet the link is only Initiated, and transit is checked again when it is
     * created. {@code allowGatewayTransit} needs no gateway through the API (Azure/Enterprise-Scale#728 shows it
     * accepted on spokes without one); the portal's refusal is not simulated.
     */
    static void requireGatewayTransitPreconditions(TopologyState s, ResourceId peeringId, VirtualNetwork local,
                                                   VirtualNetwork remote, Optional<Peering> counterpart) {
        if (gatewaysIn(s, remote.id()).isEmpty()) {
            throw new AzureException(AzureErrorCode.RemoteVnetHasNoGateways, "Peering " + peeringId + " cannot have"
                    + " UseRemoteGateway flag set to true because remote virtual network " + remote.id()
                    + " referenced by the peering does not have any gateways.", peeringId, remote.id());
        }
        List<VirtualNetworkGateway> own = gatewaysIn(s, local.id());
        if (!own.isEmpty()) {
            throw new AzureException(AzureErrorCode.VnetWithGatewayCannotUseRemoteGateways, "Peering " + peeringId
                    + " cannot have UseRemoteGateways flag set to true because its virtual network " + local.name()
                    + " has a gateway of its own, " + own.get(0).id() + ". Use that gateway, or delete it to use"
                    + " the gateway of " + remote.name() + ".", peeringId, own.get(0).id());
        }
        for (Peering other : s.peeringsOf(local.id())) {
            if (!other.id().equals(peeringId) && other.useRemoteGateways()) {
                throw new AzureException(AzureErrorCode.AnotherPeeringAlreadyUsesRemoteGateways, "Peering "
                        + peeringId + " cannot have UseRemoteGateways flag set to true because peering "
                        + other.id() + " of virtual network " + local.name() + " already uses the gateway of "
                        + other.remoteNetworkName() + "; only one peering of a virtual network may use remote"
                        + " gateways.", peeringId, other.id());
            }
        }
        if (counterpart.isPresent() && !counterpart.get().allowGatewayTransit()) {
            throw new AzureException(AzureErrorCode.RemotePeeringDoesNotAllowGatewayTransit, "Peering " + peeringId
                    + " cannot have UseRemoteGateways flag set to true, because corresponding remote peering "
                    + counterpart.get().id() + " has AllowGatewayTransit flag set to false. Set allowGatewayTransit"
                    + " on the remote peering first.", peeringId, counterpart.get().id());
        }
    }

    private static AzureException alreadyExists(String kind, ResourceId id) {
        return new AzureException(AzureErrorCode.ResourceAlreadyExists, kind + " '" + id.name() + "' already"
                + " exists in resource group '" + id.resourceGroup() + "' (" + id + "). Choose another name.", id);
    }
}
