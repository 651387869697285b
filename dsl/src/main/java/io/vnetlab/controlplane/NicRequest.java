package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.IpAllocationMethod;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * The PUT of a network interface: a {@code null} static address means dynamic allocation; the network security
 * group and public IP address may be {@code null}, the application security groups empty. {@code owner} says
 * whose interface it is (a virtual machine's, unless an Azure Firewall's); an existing interface keeps its owner.
 * <b>API.</b>
 */
public record NicRequest(ResourceId id, Region region, ResourceId subnetId, String staticAddress,
                         boolean ipForwarding, ResourceId networkSecurityGroupId,
                         List<ResourceId> applicationSecurityGroupIds, ResourceId publicIpAddressId,
                         InterfaceOwner owner) {
    public NicRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        Arguments.requireGiven(subnetId, "subnet id");
        Arguments.requireGiven(owner, "network interface owner");
        applicationSecurityGroupIds = Arguments.requireList(applicationSecurityGroupIds, "application security group ids");
    }

    /** A virtual machine's interface. */
    public NicRequest(ResourceId id, Region region, ResourceId subnetId, String staticAddress, boolean ipForwarding,
                      ResourceId networkSecurityGroupId, List<ResourceId> applicationSecurityGroupIds,
                      ResourceId publicIpAddressId) {
        this(id, region, subnetId, staticAddress, ipForwarding, networkSecurityGroupId, applicationSecurityGroupIds,
                publicIpAddressId, InterfaceOwner.VirtualMachine);
    }

    /** An interface with no security group, application security group or public IP address. */
    public NicRequest(ResourceId id, Region region, ResourceId subnetId, String staticAddress, boolean ipForwarding) {
        this(id, region, subnetId, staticAddress, ipForwarding, null, List.of(), null);
    }

    /** The request that would PUT {@code nic} as it is, to change one thing of it. */
    public static NicRequest of(NetworkInterface nic) {
        String fixed = nic.allocationMethod() == IpAllocationMethod.Static ? nic.privateIpAddress().toString() : null;
        return new NicRequest(nic.id(), nic.region(), nic.subnetId(), fixed, nic.ipForwarding(),
                nic.networkSecurityGroupId(), nic.applicationSecurityGroupIds(), nic.publicIpAddressId(), nic.owner());
    }

    public NicRequest withNetworkSecurityGroup(ResourceId groupId) {
        return new NicRequest(id, region, subnetId, staticAddress, ipForwarding, groupId, applicationSecurityGroupIds,
                publicIpAddressId, owner);
    }

    public NicRequest withApplicationSecurityGroups(List<ResourceId> groupIds) {
        return new NicRequest(id, region, subnetId, staticAddress, ipForwarding, networkSecurityGroupId, groupIds,
                publicIpAddressId, owner);
    }

    public NicRequest withPublicIpAddress(ResourceId publicIpId) {
        return new NicRequest(id, region, subnetId, staticAddress, ipForwarding, networkSecurityGroupId,
                applicationSecurityGroupIds, publicIpId, owner);
    }

    public NicRequest withIpForwarding(boolean enabled) {
        return new NicRequest(id, region, subnetId, staticAddress, enabled, networkSecurityGroupId,
                applicationSecurityGroupIds, publicIpAddressId, owner);
    }
}
