package io.vnetlab.model;

import io.vnetlab.address.Cidr;

/**
 * A public IP prefix: a contiguous block of Standard public addresses, such as a {@code /28}, that a NAT gateway can
 * use whole (docs/azure/outbound-access.md#nat-gateway).
 */
public record PublicIpPrefix(ResourceId id, String name, Region region, Cidr ipPrefix) {

    public String resourceGroup() {
        return id.resourceGroup();
    }

    @Override
    public String toString() {
        return "public IP prefix '" + name + "' " + ipPrefix;
    }
}
