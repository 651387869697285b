package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;


/**
 * The PUT of a public IP address; a new one gets the next free simulated address (from 20.0.0.4, or for an IPv6
 * address from 2001:db8:ffff::4, docs/azure/ipv6.md#public-ip-addresses), an existing one keeps its address. <b>API.</b>
 */
@API(status = MAINTAINED, since = "0.1")
public record PublicIpAddressRequest(ResourceId id, Region region, PublicIpAddressSku sku, boolean ipv6) {
    public PublicIpAddressRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        Arguments.requireGiven(sku, "public IP address SKU");
    }

    /** An IPv4 public IP address. */
    public PublicIpAddressRequest(ResourceId id, Region region, PublicIpAddressSku sku) {
        this(id, region, sku, false);
    }
}
