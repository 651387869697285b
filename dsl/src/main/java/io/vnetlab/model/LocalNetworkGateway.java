package io.vnetlab.model;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * An on-premises site as Azure knows it (a local network gateway): the public address of its VPN device, the
 * address prefixes behind it, and optionally BGP. An ExpressRoute circuit is modelled as a site too.
 *
 * @param bgpAsn the site's BGP autonomous system number, or {@code null} when BGP is off
 * @param bgpPeeringAddress the site's BGP peer address, or {@code null}
 */
@API(status = MAINTAINED, since = "0.1")
public record LocalNetworkGateway(ResourceId id, String name, Region region, IpAddress gatewayIpAddress,
                                  List<Cidr> addressPrefixes, Long bgpAsn, IpAddress bgpPeeringAddress) {

    public LocalNetworkGateway {
        addressPrefixes = List.copyOf(addressPrefixes);
    }

    /** Whether {@code address} lies behind this site. */
    public boolean contains(IpAddress address) {
        for (Cidr prefix : addressPrefixes) {   // a loop: walks to a site ask, the first one in a JVM too
            if (prefix.contains(address)) {
                return true;
            }
        }
        return false;
    }

    public Optional<Long> bgp() {
        return Optional.ofNullable(bgpAsn);
    }

    @Override
    public String toString() {
        return "site '" + name + "' " + addressPrefixes;
    }
}
