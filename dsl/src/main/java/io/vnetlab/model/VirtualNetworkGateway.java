package io.vnetlab.model;

import io.vnetlab.address.IpAddress;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A VPN or ExpressRoute gateway, deployed in the subnet named {@code GatewaySubnet} of its network
 * (docs/azure/gateways.md#gateway-transit). A network has at most one gateway of each type.
 *
 * @param vpnType route- or policy-based for a VPN gateway; {@code null} for an ExpressRoute gateway
 * @param sku the SKU name, such as {@code VpnGw1} or {@code Standard}
 * @param bgpAsn the gateway's BGP autonomous system number, or {@code null} when BGP is off
 * @param ipAddress the address the gateway's routes show as next hop (vnetlab: the first usable address of
 *                  {@code GatewaySubnet}, as active-active gateways show private addresses,
 *                  docs/azure/gateways.md#gateway-routes)
 * @param publicIpAddressIds the public IP addresses of its IP configurations, in order; recorded and shown, not
 *                           simulated (its tunnels are its connections, docs/azure/gateways.md#public-ip-addresses)
 */
@API(status = MAINTAINED, since = "0.1")
public record VirtualNetworkGateway(ResourceId id, String name, Region region, ResourceId subnetId,
                                    GatewayType gatewayType, VpnType vpnType, String sku, Long bgpAsn,
                                    IpAddress ipAddress, List<ResourceId> publicIpAddressIds) {

    public VirtualNetworkGateway {
        publicIpAddressIds = publicIpAddressIds == null ? List.of() : List.copyOf(publicIpAddressIds);
    }

    /** A gateway whose public IP addresses are not known (a template's gateway, say). */
    public VirtualNetworkGateway(ResourceId id, String name, Region region, ResourceId subnetId,
                                 GatewayType gatewayType, VpnType vpnType, String sku, Long bgpAsn,
                                 IpAddress ipAddress) {
        this(id, name, region, subnetId, gatewayType, vpnType, sku, bgpAsn, ipAddress, List.of());
    }

    /** The network whose {@code GatewaySubnet} holds the gateway. */
    public ResourceId networkId() {
        return subnetId.parent().orElseThrow();
    }

    public Optional<Long> bgp() {
        return Optional.ofNullable(bgpAsn);
    }

    /**
     * Whether this gateway can be the next hop of a user route: a route-based VPN gateway
     * (docs/azure/gateways.md#gateway-as-next-hop, docs/azure/routing.md#user-route-next-hops).
     */
    public boolean isRouteBasedVpn() {
        return gatewayType == GatewayType.Vpn && vpnType == VpnType.RouteBased;
    }

    @Override
    public String toString() {
        return "gateway '" + name + "' (" + gatewayType + (vpnType == null ? "" : " " + vpnType) + ", "
                + networkId().name() + ")";
    }
}
