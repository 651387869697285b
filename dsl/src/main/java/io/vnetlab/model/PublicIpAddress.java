package io.vnetlab.model;

import io.vnetlab.address.IpAddress;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A public IP address resource with a static address, which a network interface's IP configuration can use. Inbound
 * traffic to it is translated to the interface's private address before NSGs see it
 * (docs/azure/network-security-groups.md#translated-addresses).
 */
@API(status = MAINTAINED, since = "0.1")
public record PublicIpAddress(ResourceId id, String name, Region region, IpAddress ipAddress, PublicIpAddressSku sku) {

    /** {@code IPv4} or {@code IPv6}, as ARM's {@code publicIPAddressVersion} names it. */
    public String version() {
        return ipAddress.isIPv6() ? "IPv6" : "IPv4";
    }

    public String resourceGroup() {
        return id.resourceGroup();
    }

    @Override
    public String toString() {
        return "public IP '" + name + "' " + ipAddress + " (" + sku + ")";
    }
}
