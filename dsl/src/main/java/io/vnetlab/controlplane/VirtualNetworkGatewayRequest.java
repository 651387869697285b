package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.GatewayType;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VpnType;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;


/**
 * The PUT of a virtual network gateway in {@code subnetId}, which must be its network's {@code GatewaySubnet} and in
 * its region; the
 * VPN type is ignored for ExpressRoute, the BGP ASN is {@code null} when BGP is off; the public IP addresses, which
 * must exist, are recorded (docs/azure/gateways.md#public-ip-addresses). <b>API.</b>
 */
@API(status = MAINTAINED, since = "0.1")
public record VirtualNetworkGatewayRequest(ResourceId id, Region region, ResourceId subnetId, GatewayType type, VpnType vpnType,
                                           String sku, Long bgpAsn, List<ResourceId> publicIpAddressIds) {
    public VirtualNetworkGatewayRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        Arguments.requireGiven(subnetId, "subnet id");
        Arguments.requireGiven(type, "gateway type");
        publicIpAddressIds = publicIpAddressIds == null ? List.of() : List.copyOf(publicIpAddressIds);
    }

    /** A gateway that names no public IP address. */
    public VirtualNetworkGatewayRequest(ResourceId id, Region region, ResourceId subnetId, GatewayType type,
                                        VpnType vpnType, String sku, Long bgpAsn) {
        this(id, region, subnetId, type, vpnType, sku, bgpAsn, List.of());
    }
}
