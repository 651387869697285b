package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;

/** The PUT of a local network gateway (an on-premises site); the BGP values may be {@code null}. <b>API.</b> */
public record LocalNetworkGatewayRequest(ResourceId id, Region region, String gatewayIpAddress,
                                         List<String> addressPrefixes, Long bgpAsn, String bgpPeeringAddress) {
    public LocalNetworkGatewayRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        addressPrefixes = Arguments.requireList(addressPrefixes, "address prefixes");
    }
}
