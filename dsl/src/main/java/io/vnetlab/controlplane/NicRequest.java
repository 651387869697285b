package io.vnetlab.controlplane;

import io.vnetlab.model.Arguments;

import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.IpAllocationMethod;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The PUT of a network interface: a {@code null} static address means dynamic allocation; the network security
 * group and public IP address may be {@code null}, the application security groups empty. {@code owner} says
 * whose interface it is (a virtual machine's, unless an Azure Firewall's); an existing interface keeps its owner.
 * {@code ipv6} asks for a second IP configuration with a dynamic IPv6 address from the subnet's IPv6 prefix
 * (docs/azure/ipv6.md#network-interfaces). {@code ipConfigurationName} names its primary IP configuration
 * ({@code null}: the name the creating command chooses; an existing interface keeps the one it has). <b>API.</b>
 */
@API(status = MAINTAINED, since = "0.1")
public record NicRequest(ResourceId id, Region region, ResourceId subnetId, String staticAddress,
                         boolean ipForwarding, ResourceId networkSecurityGroupId,
                         List<ResourceId> applicationSecurityGroupIds, ResourceId publicIpAddressId,
                         InterfaceOwner owner, boolean ipv6, String ipConfigurationName) {
    public NicRequest {
        Arguments.requireGiven(id, "resource id");
        Arguments.requireGiven(region, "region");
        Arguments.requireGiven(subnetId, "subnet id");
        Arguments.requireGiven(owner, "network interface owner");
        applicationSecurityGroupIds = Arguments.requireList(applicationSecurityGroupIds, "application security group ids");
    }

    /** An interface whose primary IP configuration has the name the creating command chooses. */
    public NicRequest(ResourceId id, Region region, ResourceId subnetId, String staticAddress, boolean ipForwarding,
                      ResourceId networkSecurityGroupId, List<ResourceId> applicationSecurityGroupIds,
                      ResourceId publicIpAddressId, InterfaceOwner owner, boolean ipv6) {
        this(id, region, subnetId, staticAddress, ipForwarding, networkSecurityGroupId, applicationSecurityGroupIds,
                publicIpAddressId, owner, ipv6, null);
    }

    /** This request with its primary IP configuration named {@code name}. */
    public NicRequest withIpConfigurationName(String name) {
        return new NicRequest(id, region, subnetId, staticAddress, ipForwarding, networkSecurityGroupId,
                applicationSecurityGroupIds, publicIpAddressId, owner, ipv6, name);
    }

    /** An IPv4-only interface. */
    public NicRequest(ResourceId id, Region region, ResourceId subnetId, String staticAddress, boolean ipForwarding,
                      ResourceId networkSecurityGroupId, List<ResourceId> applicationSecurityGroupIds,
                      ResourceId publicIpAddressId, InterfaceOwner owner) {
        this(id, region, subnetId, staticAddress, ipForwarding, networkSecurityGroupId, applicationSecurityGroupIds,
                publicIpAddressId, owner, false);
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
                nic.networkSecurityGroupId(), nic.applicationSecurityGroupIds(), nic.publicIpAddressId(), nic.owner(),
                nic.privateIpv6Address() != null, nic.ipConfigurationName());
    }

    public NicRequest withNetworkSecurityGroup(ResourceId groupId) {
        return new NicRequest(id, region, subnetId, staticAddress, ipForwarding, groupId, applicationSecurityGroupIds,
                publicIpAddressId, owner, ipv6, ipConfigurationName);
    }

    public NicRequest withApplicationSecurityGroups(List<ResourceId> groupIds) {
        return new NicRequest(id, region, subnetId, staticAddress, ipForwarding, networkSecurityGroupId, groupIds,
                publicIpAddressId, owner, ipv6, ipConfigurationName);
    }

    public NicRequest withPublicIpAddress(ResourceId publicIpId) {
        return new NicRequest(id, region, subnetId, staticAddress, ipForwarding, networkSecurityGroupId,
                applicationSecurityGroupIds, publicIpId, owner, ipv6, ipConfigurationName);
    }

    /** The same interface with (or without) an IPv6 IP configuration. */
    public NicRequest withIpv6(boolean withIpv6) {
        return new NicRequest(id, region, subnetId, staticAddress, ipForwarding, networkSecurityGroupId,
                applicationSecurityGroupIds, publicIpAddressId, owner, withIpv6, ipConfigurationName);
    }

    public NicRequest withIpForwarding(boolean enabled) {
        return new NicRequest(id, region, subnetId, staticAddress, enabled, networkSecurityGroupId,
                applicationSecurityGroupIds, publicIpAddressId, owner, ipv6, ipConfigurationName);
    }
}
