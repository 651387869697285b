package io.vnetlab.controlplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.IpAllocationMethod;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PeeringSyncLevel;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.Subscription;
import io.vnetlab.model.Tenant;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.vnetlab.controlplane.NetworkOperations.*;
import static io.vnetlab.controlplane.PeeringOperations.*;
import static io.vnetlab.controlplane.ControlPlane.*;

/** Network interfaces and virtual machines: PUT and DELETE with Azure's validation. */
final class InterfaceOperations {

    private InterfaceOperations() {
    }

    // ------------------------------------------------------------------ network interfaces and VMs

    static TopologyState putNetworkInterface(TopologyState s, NicRequest spec, ResourceId vmId, PutMode mode) {
        if (spec.owner() != InterfaceOwner.PrivateEndpoint) {
            // the name Azure makes for a private endpoint's interface, <endpoint>.nic.<guid>, may pass the limit of
            // the names users give (docs/azure/decisions.md#private-endpoint-interface-names)
            Names.require(NamingRule.NETWORK_INTERFACE, spec.id());
        }
        requireResourceGroup(s, spec.id());
        Optional<NetworkInterface> existing = s.networkInterface(spec.id());
        SecurityOperations.requireNetworkInterfaceReferences(s, spec);
        OutboundOperations.requireInterfaceFitsNatGateway(s, spec);
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw alreadyExists("Network interface", spec.id().name(), "resource group '"
                    + spec.id().resourceGroup() + "'", spec.id());
        }
        ResourceId networkId = spec.subnetId().parent().orElseThrow();
        VirtualNetwork network = s.network(networkId).orElseThrow(() -> new AzureException(
                AzureErrorCode.InvalidResourceReference, "Resource " + spec.subnetId() + " referenced by resource "
                + spec.id() + " was not found. Please make sure that the referenced resource exists, and that both"
                + " resources are in the same region.", spec.subnetId(), spec.id()));
        Subnet subnet = network.subnet(spec.subnetId().name()).orElseThrow(() -> new AzureException(
                AzureErrorCode.InvalidResourceReference, "Resource " + spec.subnetId() + " referenced by resource "
                + spec.id() + " was not found. Please make sure that the referenced resource exists, and that both"
                + " resources are in the same region.", spec.subnetId(), spec.id()));
        if (!network.region().name().equals(spec.region().name())) {
            throw new AzureException(AzureErrorCode.InvalidResourceReference, "Resource " + subnet.id()
                    + " referenced by resource " + spec.id() + " was not found. Please make sure that the referenced"
                    + " resource exists, and that both resources are in the same region. The network interface is"
                    + " in " + spec.region().name() + " and virtual network " + network.name() + " in "
                    + network.region().name() + ".", subnet.id(), spec.id());
        }
        Set<IpAddress> taken = new HashSet<>();
        Map<IpAddress, NetworkInterface> owners = new HashMap<>();
        for (NetworkInterface nic : s.networkInterfacesIn(subnet.id())) {
            if (!nic.id().equals(spec.id())) {
                taken.add(nic.privateIpAddress());
                owners.put(nic.privateIpAddress(), nic);
            }
            // secondary configurations hold their addresses too, the interface's own ones included
            for (IpAddress secondary : nic.secondaryAddresses()) {
                taken.add(secondary);
                owners.put(secondary, nic);
            }
        }
        // a load balancer's private frontend holds its address as an interface would
        Map<IpAddress, ResourceId> frontends = LoadBalancerOperations.frontendAddressesIn(s, subnet.id());
        taken.addAll(frontends.keySet());
        IpAddress address;
        IpAllocationMethod method;
        if (spec.staticAddress() != null) {
            address = staticAddress(spec, subnet, owners);
            if (frontends.containsKey(address)) {
                throw new AzureException(AzureErrorCode.PrivateIPAddressIsAllocated, "IP configuration "
                        + ipConfigurationId(spec) + " is using the private IP address " + address
                        + " which is already allocated to resource " + frontends.get(address) + ".", spec.id(),
                        frontends.get(address));
            }
            method = IpAllocationMethod.Static;
        } else if (existing.isPresent() && existing.get().subnetId().equals(subnet.id())
                && existing.get().allocationMethod() == IpAllocationMethod.Dynamic) {
            address = existing.get().privateIpAddress();    // a dynamic address is kept while the NIC lives (docs/azure/addressing.md#address-lifetime)
            method = IpAllocationMethod.Dynamic;
        } else {
            address = firstFree(subnet, taken, spec.id());
            method = IpAllocationMethod.Dynamic;
        }
        ResourceId attachedVm = vmId != null ? vmId : existing.map(NetworkInterface::virtualMachineId).orElse(null);
        IpAddress ipv6 = spec.ipv6() ? ipv6Address(s, spec, subnet, existing) : null;
        NetworkInterface nic = new NetworkInterface(existing.map(NetworkInterface::id).orElse(spec.id()),
                existing.map(NetworkInterface::name).orElse(spec.id().name()), spec.region(), subnet.id(), address,
                method, spec.ipForwarding(), attachedVm, spec.networkSecurityGroupId(),
                spec.applicationSecurityGroupIds(), spec.publicIpAddressId(),
                existing.map(NetworkInterface::owner).orElse(spec.owner()), ipv6,    // an interface keeps its owner
                spec.ipConfigurationName() != null ? spec.ipConfigurationName()
                        : existing.map(NetworkInterface::ipConfigurationName).orElse(null), List.of());
        // a PUT of the interface keeps its secondary configurations while it stays in their subnet
        if (existing.isPresent() && existing.get().subnetId().equals(subnet.id())) {
            nic = nic.withSecondaryIpConfigurations(existing.get().secondaryIpConfigurations());
        }
        // ... and the name of its IPv6 configuration while it keeps one
        if (ipv6 != null) {
            nic = nic.withIpv6ConfigurationName(existing.map(NetworkInterface::ipv6ConfigurationName).orElse(null));
        }
        return s.withNetworkInterface(nic);
    }

    /**
     * PUT of a secondary IPv4 configuration of an existing interface, in the interface's subnet: a static address
     * that is free there, or the first free one; an existing configuration of that name is replaced, keeping its
     * dynamic address (docs/azure/addressing.md#secondary-ip-configurations).
     */
    static TopologyState putIpConfiguration(TopologyState s, ResourceId nicId, String name, ResourceId subnetId,
                                            String staticAddress, ResourceId publicIpId) {
        NetworkInterface nic = s.networkInterface(nicId).orElseThrow(() -> notFound(
                "Microsoft.Network/networkInterfaces", nicId.name(), nicId));
        ResourceId configId = nicId.child("ipConfigurations", name);
        Names.require(NamingRule.NETWORK_INTERFACE, name, configId);
        requireInInterfaceSubnet(nic, configId, subnetId);
        if (nic.ipv6IpConfigurationName().filter(name::equalsIgnoreCase).isPresent()) {
            throw new AzureException(AzureErrorCode.IpConfigurationVersionCannotChange, "IP configuration "
                    + configId + " is the IPv6 IP configuration of network interface " + nic.name() + "; its private"
                    + " IP address version cannot change to IPv4. Give the IPv4 configuration another name.",
                    configId, nicId);
        }
        if (publicIpId != null && s.get(io.vnetlab.model.PublicIpAddress.class, publicIpId).isEmpty()) {
            throw new AzureException(AzureErrorCode.InvalidResourceReference, "Resource " + publicIpId
                    + " referenced by resource " + configId + " was not found. Please make sure that the referenced"
                    + " resource exists, and that both resources are in the same region.", publicIpId, configId);
        }
        Subnet subnet = s.subnet(nic.subnetId()).orElseThrow();
        Optional<io.vnetlab.model.IpConfiguration> previous = nic.secondaryIpConfiguration(name);
        Set<IpAddress> taken = new HashSet<>(LoadBalancerOperations.frontendAddressesIn(s, subnet.id()).keySet());
        Map<IpAddress, NetworkInterface> owners = new HashMap<>();
        for (NetworkInterface other : s.networkInterfacesIn(subnet.id())) {
            owners.put(other.privateIpAddress(), other);
            other.secondaryIpConfigurations().stream()
                    .filter(c -> !(other.id().equals(nicId) && c.name().equalsIgnoreCase(name)))
                    .forEach(c -> owners.put(c.privateIpAddress(), other));
        }
        taken.addAll(owners.keySet());
        IpAddress address;
        IpAllocationMethod method;
        if (staticAddress != null) {
            address = staticAddress(new NicRequest(nicId, nic.region(), subnet.id(), staticAddress, false, null,
                    List.of(), null), configId, subnet, owners);
            method = IpAllocationMethod.Static;
        } else if (previous.isPresent() && previous.get().allocationMethod() == IpAllocationMethod.Dynamic) {
            address = previous.get().privateIpAddress();
            method = IpAllocationMethod.Dynamic;
        } else {
            address = firstFree(subnet, taken, nicId);
            method = IpAllocationMethod.Dynamic;
        }
        String kept = previous.map(io.vnetlab.model.IpConfiguration::name).orElse(name);
        List<io.vnetlab.model.IpConfiguration> configurations = new ArrayList<>();
        for (io.vnetlab.model.IpConfiguration c : nic.secondaryIpConfigurations()) {
            configurations.add(c.name().equalsIgnoreCase(name)
                    ? new io.vnetlab.model.IpConfiguration(kept, address, method, publicIpId) : c);
        }
        if (previous.isEmpty()) {
            configurations.add(new io.vnetlab.model.IpConfiguration(kept, address, method, publicIpId));
        }
        return s.withNetworkInterface(nic.withSecondaryIpConfigurations(configurations));
    }

    /**
     * PUT of the IPv6 IP configuration of an existing interface, named {@code name}, in the interface's subnet, which
     * must have an IPv6 prefix: a dynamic address from it (docs/azure/ipv6.md#network-interfaces). vnetlab models one
     * IPv6 configuration per interface: a second one of another name is refused
     * (docs/azure/ipv6.md#one-ipv6-configuration), as is a name one of its IPv4 configurations has.
     */
    static TopologyState putIpv6Configuration(TopologyState s, ResourceId nicId, String name, ResourceId subnetId) {
        NetworkInterface nic = s.networkInterface(nicId).orElseThrow(() -> notFound(
                "Microsoft.Network/networkInterfaces", nicId.name(), nicId));
        ResourceId configId = nicId.child("ipConfigurations", name);
        Names.require(NamingRule.NETWORK_INTERFACE, name, configId);
        requireInInterfaceSubnet(nic, configId, subnetId);
        Optional<String> current = nic.ipv6IpConfigurationName();
        if (current.isPresent() && !current.get().equalsIgnoreCase(name)) {
            throw new AzureException(AzureErrorCode.OnlyOneIPv6IpConfigurationPerInterface, "IP configuration "
                    + configId + " asks for an IPv6 address, but network interface " + nic.name() + " already has"
                    + " the IPv6 IP configuration " + current.get() + "; vnetlab models one IPv6 IP configuration per"
                    + " interface. Update or delete " + current.get() + " instead.", configId, nicId);
        }
        if (nic.primaryIpConfigurationName().equalsIgnoreCase(name) || nic.secondaryIpConfiguration(name).isPresent()) {
            throw new AzureException(AzureErrorCode.IpConfigurationVersionCannotChange, "IP configuration "
                    + configId + " is an IPv4 IP configuration of network interface " + nic.name() + "; its private"
                    + " IP address version cannot change to IPv6. Give the IPv6 configuration another name.",
                    configId, nicId);
        }
        TopologyState next = putNetworkInterface(s, NicRequest.of(nic).withIpv6(true), null, PutMode.CREATE_OR_UPDATE);
        NetworkInterface put = next.networkInterface(nicId).orElseThrow();
        String kept = current.orElse(name);
        return next.withNetworkInterface(put.withIpv6ConfigurationName(kept));
    }

    private static void requireInInterfaceSubnet(NetworkInterface nic, ResourceId configId, ResourceId subnetId) {
        if (subnetId != null && !subnetId.equals(nic.subnetId())) {
            throw new AzureException(AzureErrorCode.IpConfigurationMustBeInInterfaceSubnet, "IP configuration "
                    + configId + " is in subnet " + subnetId + ", but network interface " + nic.name() + " is in "
                    + nic.subnetId() + ": vnetlab places every IP configuration of an interface in the interface's"
                    + " subnet. Leave --subnet out, or name " + nic.subnetId().name() + ".", configId, subnetId);
        }
    }

    /**
     * Deletes a secondary IP configuration; the primary one stays as long as its interface
     * (docs/azure/addressing.md#secondary-ip-configurations).
     */
    static TopologyState deleteIpConfiguration(TopologyState s, ResourceId nicId, String name, boolean primary) {
        NetworkInterface nic = s.networkInterface(nicId).orElseThrow(() -> notFound(
                "Microsoft.Network/networkInterfaces", nicId.name(), nicId));
        if (primary) {
            throw new AzureException(AzureErrorCode.PrimaryIpConfigurationCannotBeDeleted, "IP configuration "
                    + nicId.child("ipConfigurations", name) + " is the primary IP configuration of network interface "
                    + nic.name() + " and cannot be deleted; an interface always has one. Delete the interface, or"
                    + " another configuration.", nicId);
        }
        if (nic.ipv6IpConfigurationName().filter(name::equalsIgnoreCase).isPresent()) {
            return putNetworkInterface(s, NicRequest.of(nic).withIpv6(false), null, PutMode.CREATE_OR_UPDATE);
        }
        return s.withNetworkInterface(nic.withSecondaryIpConfigurations(nic.secondaryIpConfigurations().stream()
                .filter(c -> !c.name().equalsIgnoreCase(name)).toList()));
    }

    /**
     * The dynamic IPv6 address of an interface's IPv6 IP configuration: kept while it stays in its subnet, else the
     * first free one after the four the subnet's IPv6 prefix reserves (docs/azure/ipv6.md#network-interfaces).
     */
    private static IpAddress ipv6Address(TopologyState s, NicRequest spec, Subnet subnet,
                                         Optional<NetworkInterface> existing) {
        if (subnet.ipv6AddressPrefix() == null) {
            throw new AzureException(AzureErrorCode.SubnetHasNoIPv6AddressPrefix, "Network interface " + spec.id()
                    + " asks for an IPv6 IP configuration, but subnet " + subnet.id() + " has no IPv6 address"
                    + " prefix. Add one (a /64 of the network's IPv6 range) to the subnet first.", spec.id(),
                    subnet.id());
        }
        if (existing.isPresent() && existing.get().subnetId().equals(subnet.id())
                && existing.get().privateIpv6Address() != null) {
            return existing.get().privateIpv6Address();
        }
        Set<IpAddress> taken = new HashSet<>();
        for (NetworkInterface nic : s.networkInterfacesIn(subnet.id())) {
            if (!nic.id().equals(spec.id()) && nic.privateIpv6Address() != null) {
                taken.add(nic.privateIpv6Address());
            }
        }
        IpAddress candidate = subnet.ipv6AddressPrefix().firstAddress().plus(4);
        while (taken.contains(candidate)) {
            candidate = candidate.plus(1);
        }
        return candidate;
    }

    private static IpAddress staticAddress(NicRequest spec, Subnet subnet, Map<IpAddress, NetworkInterface> owners) {
        return staticAddress(spec, ipConfigurationId(spec), subnet, owners);
    }

    /** {@code configId}: the IP configuration that asks for the address, as Azure's messages name it. */
    private static IpAddress staticAddress(NicRequest spec, ResourceId configId, Subnet subnet,
                                           Map<IpAddress, NetworkInterface> owners) {
        IpAddress address;
        try {
            address = IpAddress.parse(spec.staticAddress());
        } catch (IllegalArgumentException e) {
            throw new AzureException(AzureErrorCode.PrivateIPAddressNotInSubnet, "Private static IP address "
                    + spec.staticAddress() + " of " + spec.id() + " is not an IPv4 address; it should look like "
                    + subnet.addressPrefix().firstAddress().plus(4) + ".", spec.id());
        }
        if (!subnet.addressPrefix().contains(address)) {
            throw new AzureException(AzureErrorCode.PrivateIPAddressNotInSubnet, "IP configuration "
                    + configId + " references the private IP address " + address
                    + " which does not belong to the range of subnet prefix " + subnet.addressPrefix() + " of subnet "
                    + subnet.id() + ".", spec.id(), subnet.id());
        }
        if (subnet.isReserved(address)) {
            throw new AzureException(AzureErrorCode.PrivateIPAddressInReservedRange, "Private static IP address "
                    + address + " falls within reserved IP range of subnet prefix " + subnet.addressPrefix()
                    + ". Azure reserves " + subnet.reservedAddresses().stream().map(Object::toString)
                    .collect(Collectors.joining(", ")) + "; the first usable address is "
                    + subnet.addressPrefix().firstAddress().plus(4) + ".", spec.id(), subnet.id());
        }
        NetworkInterface owner = owners.get(address);
        if (owner != null) {
            throw new AzureException(AzureErrorCode.PrivateIPAddressIsAllocated, "IP configuration "
                    + configId + " is using the private IP address " + address
                    + " which is already allocated to resource " + holdingConfiguration(owner, address) + ".", spec.id(),
                    owner.id());
        }
        return address;
    }

    /** The IP configuration of {@code owner} that holds {@code address}: a secondary one, or its primary. */
    private static ResourceId holdingConfiguration(NetworkInterface owner, IpAddress address) {
        return owner.secondaryIpConfigurations().stream().filter(c -> c.privateIpAddress().equals(address))
                .map(c -> owner.id().child("ipConfigurations", c.name())).findFirst()
                .orElse(ipConfiguration(owner));
    }

    private static ResourceId ipConfigurationId(NicRequest spec) {
        return spec.id().child("ipConfigurations", spec.ipConfigurationName() != null ? spec.ipConfigurationName()
                : "ipconfig1");
    }

    /**
     * Azure's dynamic allocation: the first address that is neither reserved nor assigned, from .4 up
     * (docs/azure/addressing.md#private-ip-allocation).
     */
    private static IpAddress firstFree(Subnet subnet, Set<IpAddress> taken, ResourceId nicId) {
        IpAddress candidate = subnet.addressPrefix().firstAddress().plus(4);
        IpAddress last = subnet.addressPrefix().lastAddress();
        while (candidate.compareTo(last) < 0) {
            if (!taken.contains(candidate)) {
                return candidate;
            }
            candidate = candidate.plus(1);
        }
        throw new AzureException(AzureErrorCode.SubnetIsFull, "Subnet " + subnet.name() + " with address prefix "
                + subnet.addressPrefix() + " does not have enough capacity for 1 IP addresses. Use a larger subnet"
                + " or another one.", subnet.id(), nicId);
    }

    static TopologyState deleteNetworkInterface(TopologyState s, ResourceId nicId) {
        NetworkInterface nic = s.networkInterface(nicId).orElseThrow(() -> notFound(
                "Microsoft.Network/networkInterfaces", nicId.name(), nicId));
        if (nic.virtualMachineId() != null && s.virtualMachine(nic.virtualMachineId()).isPresent()) {
            throw new AzureException(AzureErrorCode.InUseSubnetCannotBeDeleted, "Network interface " + nicId
                    + " is used by virtual machine " + nic.virtualMachineId() + " and cannot be deleted. Delete the"
                    + " virtual machine first.", nicId, nic.virtualMachineId());
        }
        return s.withoutNetworkInterface(nicId);
    }

    /**
     * A virtual machine with a network interface made for it, as {@code az vm create} and the Java DSL make one:
     * the VM's own checks come first, so that a second create of the same VM names the VM, not its interface.
     */
    static TopologyState createVirtualMachine(TopologyState s, VirtualMachineRequest vm, NicRequest nic, PutMode mode) {
        requireVirtualMachinePlace(s, vm, mode);
        TopologyState withNic = putNetworkInterface(s, nic, vm.id(), mode);
        return putVirtualMachine(withNic, vm, PutMode.CREATE_OR_UPDATE);
    }

    private static void requireVirtualMachinePlace(TopologyState s, VirtualMachineRequest vm, PutMode mode) {
        Names.require(NamingRule.VIRTUAL_MACHINE, vm.id());
        requireResourceGroup(s, vm.id());
        if (mode == PutMode.CREATE && s.virtualMachine(vm.id()).isPresent()) {
            throw alreadyExists("Virtual machine", vm.id().name(), "resource group '" + vm.id().resourceGroup() + "'",
                    vm.id());
        }
    }

    /**
     * PUT of a virtual machine attached to existing network interfaces, the first one primary. Each interface must
     * exist, be in the VM's region, and not be attached to another VM; interfaces it no longer lists are detached.
     */
    static TopologyState putVirtualMachine(TopologyState s, VirtualMachineRequest vm, PutMode mode) {
        requireVirtualMachinePlace(s, vm, mode);
        ResourceId id = vm.id();
        Region region = vm.region();
        if (vm.networkInterfaceIds().isEmpty()) {
            throw new AzureException(AzureErrorCode.InvalidResourceReference, "Virtual machine " + id
                    + " has no network interface. Give its networkProfile at least one.", id);
        }
        Optional<VirtualMachine> existing = s.virtualMachine(id);
        TopologyState next = s;
        List<ResourceId> attached = new ArrayList<>();
        for (ResourceId nicId : vm.networkInterfaceIds()) {
            NetworkInterface nic = next.networkInterface(nicId).orElseThrow(() -> new AzureException(
                    AzureErrorCode.InvalidResourceReference, "Resource " + nicId + " referenced by resource " + id
                    + " was not found. Please make sure that the referenced resource exists, and that both resources"
                    + " are in the same region.", nicId, id));
            if (!nic.region().name().equals(region.name())) {
                throw new AzureException(AzureErrorCode.InvalidResourceReference, "Resource " + nic.id()
                        + " referenced by resource " + id + " was not found. Please make sure that the referenced"
                        + " resource exists, and that both resources are in the same region. The network interface"
                        + " is in " + nic.region().name() + " and the virtual machine in " + region.name() + ".",
                        nic.id(), id);
            }
            if (nic.virtualMachineId() != null && !nic.virtualMachineId().equals(id)
                    && next.virtualMachine(nic.virtualMachineId()).isPresent()) {
                throw new AzureException(AzureErrorCode.NicInUse, "Network interface " + nic.id() + " is used by"
                        + " existing resource " + nic.virtualMachineId() + ". A network interface can be attached"
                        + " to one virtual machine only; give " + id.name() + " its own.", nic.id(),
                        nic.virtualMachineId(), id);
            }
            next = next.withNetworkInterface(attached(nic, id));
            attached.add(nic.id());
        }
        if (existing.isPresent()) {
            for (ResourceId old : existing.get().networkInterfaceIds()) {
                if (!attached.contains(old)) {
                    Optional<NetworkInterface> nic = next.networkInterface(old);
                    if (nic.isPresent()) {
                        next = next.withNetworkInterface(attached(nic.get(), null));
                    }
                }
            }
        }
        return next.withVirtualMachine(new VirtualMachine(existing.map(VirtualMachine::id).orElse(id),
                existing.map(VirtualMachine::name).orElse(id.name()), region, attached));
    }

    private static NetworkInterface attached(NetworkInterface n, ResourceId vmId) {
        return n.withVirtualMachine(vmId);
    }

    static TopologyState deleteVirtualMachine(TopologyState s, ResourceId vmId, boolean deleteNetworkInterfaces) {
        VirtualMachine vm = s.virtualMachine(vmId).orElseThrow(() -> notFound("Microsoft.Compute/virtualMachines",
                vmId.name(), vmId));
        TopologyState next = s.withoutVirtualMachine(vm.id());
        for (ResourceId nicId : vm.networkInterfaceIds()) {
            Optional<NetworkInterface> nic = next.networkInterface(nicId);
            if (nic.isEmpty()) {
                continue;
            }
            NetworkInterface n = nic.get();
            next = deleteNetworkInterfaces ? next.withoutNetworkInterface(nicId)
                    : next.withNetworkInterface(attached(n, null));
        }
        return next;
    }

}
