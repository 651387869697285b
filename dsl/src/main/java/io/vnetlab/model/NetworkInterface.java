package io.vnetlab.model;

import io.vnetlab.address.IpAddress;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A network interface with one private IPv4 address in a subnet (docs/azure/addressing.md#private-ip-allocation). IP
 * forwarding lets it forward packets not addressed to it (docs/azure/routing.md#ip-forwarding).
 *
 * @param virtualMachineId the VM it is attached to, or {@code null} for a detached interface
 * @param networkSecurityGroupId the NSG associated with the interface, or {@code null} (docs/azure/network-security-groups.md#associations)
 * @param applicationSecurityGroupIds the application security groups the interface belongs to
 * @param publicIpAddressId the public IP address resource of its IP configuration, or {@code null}
 * @param owner what the interface belongs to: a virtual machine's interface, or an Azure Firewall's
 * @param privateIpv6Address the address of its IPv6 IP configuration in a dual-stack subnet, or {@code null}
 *                           (docs/azure/ipv6.md#network-interfaces)
 * @param ipConfigurationName the name its creator gave its primary IP configuration, or {@code null} for the name
 *                            the creating command chooses (see {@link #primaryIpConfigurationName()})
 * @param secondaryIpConfigurations its IPv4 IP configurations after the primary one, in its subnet
 *                                  (docs/azure/addressing.md#secondary-ip-configurations)
 * @param ipv6ConfigurationName the name its creator gave its IPv6 IP configuration, or {@code null} for
 *                              {@code ipconfig-v6} (see {@link #ipv6IpConfigurationName()})
 */
@API(status = MAINTAINED, since = "0.1")
public record NetworkInterface(ResourceId id, String name, Region region, ResourceId subnetId,
                               IpAddress privateIpAddress, IpAllocationMethod allocationMethod,
                               boolean ipForwarding, ResourceId virtualMachineId,
                               ResourceId networkSecurityGroupId, List<ResourceId> applicationSecurityGroupIds,
                               ResourceId publicIpAddressId, InterfaceOwner owner, IpAddress privateIpv6Address,
                               String ipConfigurationName, List<IpConfiguration> secondaryIpConfigurations,
                               String ipv6ConfigurationName) {

    /** The name of an IPv6 IP configuration whose creator gave none, as templates commonly name it. */
    public static final String DEFAULT_IPV6_CONFIGURATION_NAME = "ipconfig-v6";

    public NetworkInterface {
        applicationSecurityGroupIds = List.copyOf(applicationSecurityGroupIds);
        secondaryIpConfigurations = List.copyOf(secondaryIpConfigurations);
        java.util.Objects.requireNonNull(owner, "owner");
        // on a VM's interface named as az vm create names it, the name az vm create gives its configuration is
        // that default, whichever surface gave it (az, a template, an import of the CLI's output): one record
        if (ipConfigurationName != null && virtualMachineId != null
                && name.equalsIgnoreCase(virtualMachineId.name() + "VMNic")
                && ipConfigurationName.equals(chosenName(name, virtualMachineId))) {
            ipConfigurationName = null;
        }
    }

    private static String chosenName(String name, ResourceId virtualMachineId) {
        return virtualMachineId != null && name.equalsIgnoreCase(virtualMachineId.name() + "VMNic")
                ? "ipconfig" + virtualMachineId.name() : "ipconfig1";
    }

    /** An interface whose IPv6 configuration, if it has one, has the default name. */
    public NetworkInterface(ResourceId id, String name, Region region, ResourceId subnetId,
                            IpAddress privateIpAddress, IpAllocationMethod allocationMethod,
                            boolean ipForwarding, ResourceId virtualMachineId,
                            ResourceId networkSecurityGroupId, List<ResourceId> applicationSecurityGroupIds,
                            ResourceId publicIpAddressId, InterfaceOwner owner, IpAddress privateIpv6Address,
                            String ipConfigurationName, List<IpConfiguration> secondaryIpConfigurations) {
        this(id, name, region, subnetId, privateIpAddress, allocationMethod, ipForwarding, virtualMachineId,
                networkSecurityGroupId, applicationSecurityGroupIds, publicIpAddressId, owner, privateIpv6Address,
                ipConfigurationName, secondaryIpConfigurations, null);
    }

    /**
     * The name of its IPv6 IP configuration, when it has one: the name its creator gave ({@code az network nic
     * ip-config create --name}, a template's), else {@code ipconfig-v6} (docs/azure/ipv6.md#network-interfaces).
     */
    public Optional<String> ipv6IpConfigurationName() {
        return ipv6Address().map(a -> ipv6ConfigurationName != null ? ipv6ConfigurationName
                : DEFAULT_IPV6_CONFIGURATION_NAME);
    }

    /** This interface with its IPv6 configuration named {@code configurationName} ({@code null}: the default). */
    public NetworkInterface withIpv6ConfigurationName(String configurationName) {
        return new NetworkInterface(id, name, region, subnetId, privateIpAddress, allocationMethod, ipForwarding,
                virtualMachineId, networkSecurityGroupId, applicationSecurityGroupIds, publicIpAddressId, owner,
                privateIpv6Address, ipConfigurationName, secondaryIpConfigurations, configurationName);
    }

    /** An interface with its primary configurations only (IPv4, and IPv6 when {@code privateIpv6Address} is set). */
    public NetworkInterface(ResourceId id, String name, Region region, ResourceId subnetId, IpAddress privateIpAddress,
                            IpAllocationMethod allocationMethod, boolean ipForwarding, ResourceId virtualMachineId,
                            ResourceId networkSecurityGroupId, List<ResourceId> applicationSecurityGroupIds,
                            ResourceId publicIpAddressId, InterfaceOwner owner, IpAddress privateIpv6Address) {
        this(id, name, region, subnetId, privateIpAddress, allocationMethod, ipForwarding, virtualMachineId,
                networkSecurityGroupId, applicationSecurityGroupIds, publicIpAddressId, owner, privateIpv6Address,
                null, List.of());
    }

    /**
     * The name of its primary IP configuration: the one its creator gave (a template's or {@code az network nic
     * create --ip-config-name}), else what {@code az vm create} names it ({@code ipconfig<vm>} for the interface
     * {@code <vm>VMNic}), else {@code ipconfig1}, the name {@code az network nic create} and the docs' templates use.
     * Azure keeps a given name as it is (docs/azure/addressing.md#ip-configuration-names).
     */
    public String primaryIpConfigurationName() {
        return ipConfigurationName != null ? ipConfigurationName : chosenName(name, virtualMachineId);
    }

    /** Its secondary IPv4 addresses, in the order of its configurations. */
    public List<IpAddress> secondaryAddresses() {
        return secondaryIpConfigurations.stream().map(IpConfiguration::privateIpAddress).toList();
    }

    /** The secondary configuration of that name (names are matched as Azure does, ignoring case). */
    public Optional<IpConfiguration> secondaryIpConfiguration(String configurationName) {
        return secondaryIpConfigurations.stream().filter(c -> c.name().equalsIgnoreCase(configurationName))
                .findFirst();
    }

    /** This interface with {@code configurations} as its secondary IP configurations. */
    public NetworkInterface withSecondaryIpConfigurations(List<IpConfiguration> configurations) {
        return new NetworkInterface(id, name, region, subnetId, privateIpAddress, allocationMethod, ipForwarding,
                virtualMachineId, networkSecurityGroupId, applicationSecurityGroupIds, publicIpAddressId, owner,
                privateIpv6Address, ipConfigurationName, configurations, ipv6ConfigurationName);
    }

    /** An IPv4-only interface. */
    public NetworkInterface(ResourceId id, String name, Region region, ResourceId subnetId, IpAddress privateIpAddress,
                            IpAllocationMethod allocationMethod, boolean ipForwarding, ResourceId virtualMachineId,
                            ResourceId networkSecurityGroupId, List<ResourceId> applicationSecurityGroupIds,
                            ResourceId publicIpAddressId, InterfaceOwner owner) {
        this(id, name, region, subnetId, privateIpAddress, allocationMethod, ipForwarding, virtualMachineId,
                networkSecurityGroupId, applicationSecurityGroupIds, publicIpAddressId, owner, null);
    }

    public Optional<IpAddress> ipv6Address() {
        return Optional.ofNullable(privateIpv6Address);
    }

    /** Its private address of the family of {@code peer}: the IPv6 one (if any) for an IPv6 peer, else the IPv4 one. */
    public Optional<IpAddress> privateAddressFor(IpAddress peer) {
        return peer.isIPv6() ? ipv6Address() : Optional.of(privateIpAddress);
    }

    /** Whether one of its private addresses is {@code address}. */
    public boolean holds(IpAddress address) {
        return privateIpAddress.equals(address) || address.equals(privateIpv6Address)
                || (!secondaryIpConfigurations.isEmpty() && secondaryAddresses().contains(address));
    }

    /** A virtual machine's interface (attached or not). */
    public NetworkInterface(ResourceId id, String name, Region region, ResourceId subnetId, IpAddress privateIpAddress,
                            IpAllocationMethod allocationMethod, boolean ipForwarding, ResourceId virtualMachineId,
                            ResourceId networkSecurityGroupId, List<ResourceId> applicationSecurityGroupIds,
                            ResourceId publicIpAddressId) {
        this(id, name, region, subnetId, privateIpAddress, allocationMethod, ipForwarding, virtualMachineId,
                networkSecurityGroupId, applicationSecurityGroupIds, publicIpAddressId, InterfaceOwner.VirtualMachine);
    }

    /** An interface with no NSG, no application security group and no public IP. */
    public NetworkInterface(ResourceId id, String name, Region region, ResourceId subnetId, IpAddress privateIpAddress,
                            IpAllocationMethod allocationMethod, boolean ipForwarding, ResourceId virtualMachineId) {
        this(id, name, region, subnetId, privateIpAddress, allocationMethod, ipForwarding, virtualMachineId, null,
                List.of(), null, InterfaceOwner.VirtualMachine);
    }

    /** This interface attached to {@code vmId} ({@code null}: detached). */
    public NetworkInterface withVirtualMachine(ResourceId vmId) {
        return new NetworkInterface(id, name, region, subnetId, privateIpAddress, allocationMethod, ipForwarding, vmId,
                networkSecurityGroupId, applicationSecurityGroupIds, publicIpAddressId, owner, privateIpv6Address,
                ipConfigurationName, secondaryIpConfigurations, ipv6ConfigurationName);
    }

    public Optional<ResourceId> networkSecurityGroup() {
        return Optional.ofNullable(networkSecurityGroupId);
    }

    public Optional<ResourceId> publicIpAddress() {
        return Optional.ofNullable(publicIpAddressId);
    }

    public String resourceGroup() {
        return id.resourceGroup();
    }

    /** The network this interface's subnet belongs to. */
    public ResourceId networkId() {
        return subnetId.parent().orElseThrow();
    }

    public Optional<ResourceId> virtualMachine() {
        return Optional.ofNullable(virtualMachineId);
    }

    @Override
    public String toString() {
        return "nic '" + name + "' " + privateIpAddress + " (" + networkId().name() + "/" + subnetId.name() + ")";
    }
}
