package io.vnetlab.model;

import io.vnetlab.address.Cidr;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A public IP prefix: a contiguous block of Standard public addresses, such as a {@code /28}, that a NAT gateway can
 * use whole (docs/azure/outbound-access.md#nat-gateway).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PublicIpPrefix(ResourceId id, String name, Region region, Cidr ipPrefix) {

    public String resourceGroup() {
        return id.resourceGroup();
    }

    @Override
    public String toString() {
        return "public IP prefix '" + name + "' " + ipPrefix;
    }
}
