package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** The PUT of a local network gateway (an on-premises site); the BGP values may be {@code null}. <b>API.</b> */
@API(status = MAINTAINED, since = "0.1")
public record LocalNetworkGatewayRequest(ResourceId id, Region region, String gatewayIpAddress,
                                         List<String> addressPrefixes, Long bgpAsn, String bgpPeeringAddress) {
    public LocalNetworkGatewayRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        addressPrefixes = Arguments.requireList(addressPrefixes, "address prefixes");
    }
}
