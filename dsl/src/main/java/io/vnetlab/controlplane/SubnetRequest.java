package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;

/**
 * A subnet as its network's PUT (or its own PUT as a child resource) carries it: name, prefix, and the ids of its
 * network security group and route table, each {@code null} for none. <b>API.</b>
 */
public record SubnetRequest(String name, String addressPrefix, ResourceId networkSecurityGroupId,
                            ResourceId routeTableId) {
    public SubnetRequest {
        Arguments.requireText(name, "subnet name");
        Arguments.requireText(addressPrefix, "address prefix");
    }

    /** A subnet with no network security group and no route table. */
    public SubnetRequest(String name, String addressPrefix) {
        this(name, addressPrefix, null, null);
    }

    /** The request that would PUT {@code subnet} as it is. */
    public static SubnetRequest of(Subnet subnet) {
        return new SubnetRequest(subnet.name(), subnet.addressPrefix().toString(), subnet.networkSecurityGroupId(),
                subnet.routeTableId());
    }

    SubnetRequest withNetworkSecurityGroup(ResourceId groupId) {
        return new SubnetRequest(name, addressPrefix, groupId, routeTableId);
    }

    SubnetRequest withRouteTable(ResourceId tableId) {
        return new SubnetRequest(name, addressPrefix, networkSecurityGroupId, tableId);
    }

    SubnetRequest named(String newName) {
        return new SubnetRequest(newName, addressPrefix, networkSecurityGroupId, routeTableId);
    }
}
