package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * An application security group: a name that network interfaces join and security rules name as a source or a
 * destination, instead of addresses (docs/azure/network-security-groups.md#rules).
 */
@API(status = MAINTAINED, since = "0.1")
public record ApplicationSecurityGroup(ResourceId id, String name, Region region) {

    public String resourceGroup() {
        return id.resourceGroup();
    }

    @Override
    public String toString() {
        return "application security group '" + name + "'";
    }
}
