package io.vnetlab.model;

/**
 * An application security group: a name that network interfaces join and security rules name as a source or a
 * destination, instead of addresses (docs/azure/network-security-groups.md#rules).
 */
public record ApplicationSecurityGroup(ResourceId id, String name, Region region) {

    public String resourceGroup() {
        return id.resourceGroup();
    }

    @Override
    public String toString() {
        return "application security group '" + name + "'";
    }
}
