package io.vnetlab.controlplane;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Objects;

/** The PUT of a local network gateway (an on-premises site); the BGP values may be {@code null}. <b>API.</b> */
public record LocalNetworkGatewayRequest(ResourceId id, Region region, String gatewayIpAddress,
                                         List<String> addressPrefixes, Long bgpAsn, String bgpPeeringAddress) {
    public LocalNetworkGatewayRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        addressPrefixes = List.copyOf(addressPrefixes);
    }
}
