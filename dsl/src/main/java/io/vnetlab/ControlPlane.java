package io.vnetlab;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.IpAllocationMethod;
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

/**
 * The simulated Azure Resource Manager: every operation validates the way Azure does, then returns a new state,
 * or throws an {@link AzureException} and changes nothing (the old state is untouched, being immutable).
 * Section numbers refer to AZURE-SEMANTICS.md.
 */
final class ControlPlane {

    /** Ranges that can never be part of an address space (§1.2.1). */
    static final List<Cidr> NEVER_IN_ADDRESS_SPACE = List.of(
            Cidr.parse("224.0.0.0/4"), Cidr.parse("255.255.255.255/32"), Cidr.parse("127.0.0.0/8"),
            Cidr.parse("169.254.0.0/16"), Cidr.parse("168.63.129.16/32"));

    /** Peerings per virtual network (§1.5.3). */
    static final int MAX_PEERINGS_PER_NETWORK = 500;
    /** Smallest and largest IPv4 subnet (§1.3.3). */
    static final int SMALLEST_SUBNET = 29;
    static final int LARGEST_SUBNET = 2;

    enum Mode { CREATE, CREATE_OR_UPDATE }

    private ControlPlane() {
    }

    // ------------------------------------------------------------------ tenants, subscriptions, groups

    static TopologyState addTenant(TopologyState s, String id, String name) {
        if (s.tenant(id).isPresent()) {
            throw new AzureException(AzureErrorCode.ResourceAlreadyExists, "Tenant '" + id + "' already exists.");
        }
        return s.withTenant(new Tenant(id, name));
    }

    static TopologyState addSubscription(TopologyState s, String id, String name, String tenantId) {
        if (s.tenant(tenantId).isEmpty()) {
            throw new AzureException(AzureErrorCode.ResourceNotFound, "Tenant '" + tenantId + "' was not found."
                    + " Add it first with topology.tenants().add(id, name).");
        }
        if (s.subscription(id).isPresent()) {
            throw new AzureException(AzureErrorCode.ResourceAlreadyExists, "Subscription '" + id + "' already exists.",
                    ResourceId.subscription(id));
        }
        return s.withSubscription(new Subscription(id, name, tenantId));
    }

    static TopologyState putResourceGroup(TopologyState s, String subscriptionId, String name, Region region, Mode mode) {
        Subscription subscription = requireSubscription(s, subscriptionId);
        ResourceId id = ResourceId.resourceGroup(subscription.id(), name);
        Names.requireResourceGroupName(name, id);
        Optional<ResourceGroup> existing = s.resourceGroup(id);
        if (existing.isPresent()) {
            if (mode == Mode.CREATE) {
                throw alreadyExists("Resource group", name, "subscription '" + subscription.name() + "'", id);
            }
            if (!existing.get().region().name().equals(region.name())) {
                throw new AzureException(AzureErrorCode.InvalidResourceLocation, "Invalid resource group location '"
                        + region.name() + "'. The Resource group already exists in location '"
                        + existing.get().region().name() + "'.", id);
            }
            return s;
        }
        return s.withResourceGroup(new ResourceGroup(existing.map(ResourceGroup::id).orElse(id), name, region));
    }

    static TopologyState deleteResourceGroup(TopologyState s, ResourceId groupId) {
        ResourceGroup group = s.resourceGroup(groupId).orElseThrow(() -> new AzureException(
                AzureErrorCode.ResourceGroupNotFound, "Resource group '" + groupId.resourceGroup()
                + "' could not be found.", groupId));
        TopologyState next = s;
        for (VirtualMachine vm : s.virtualMachines()) {
            if (inGroup(vm.id(), group)) {
                next = next.withoutVirtualMachine(vm.id());
            }
        }
        for (NetworkInterface nic : s.networkInterfaces()) {
            if (inGroup(nic.id(), group)) {
                next = next.withoutNetworkInterface(nic.id());
            }
        }
        next = RoutingOperations.deleteRoutingResourcesIn(next, group);   // issue 3: gateways, sites, route tables
        for (VirtualNetwork network : s.networks()) {
            if (inGroup(network.id(), group)) {
                next = deleteNetwork(next, network.id());
            }
        }
        next = SecurityControlPlane.deleteSecurityResourcesIn(next, group);   // issue 4
        return derivePeerings(next.withoutResourceGroup(groupId));
    }

    static boolean inGroup(ResourceId id, ResourceGroup group) {
        return id.subscriptionId().equalsIgnoreCase(group.subscriptionId())
                && id.resourceGroup().equalsIgnoreCase(group.name());
    }

    static Subscription requireSubscription(TopologyState s, String subscriptionId) {
        return s.subscription(subscriptionId).orElseThrow(() -> new AzureException(AzureErrorCode.SubscriptionNotFound,
                "The subscription '" + subscriptionId + "' could not be found.", ResourceId.subscription(subscriptionId)));
    }

    static ResourceGroup requireResourceGroup(TopologyState s, ResourceId anyIdInGroup) {
        ResourceId groupId = ResourceId.resourceGroup(anyIdInGroup.subscriptionId(), anyIdInGroup.resourceGroup());
        requireSubscription(s, anyIdInGroup.subscriptionId());
        return s.resourceGroup(groupId).orElseThrow(() -> new AzureException(AzureErrorCode.ResourceGroupNotFound,
                "Resource group '" + groupId.resourceGroup() + "' could not be found.", groupId));
    }

    // ------------------------------------------------------------------ prefixes

    /** Parses a prefix of {@code owner} the way ARM validates it (§1.2.5). */
    static Cidr prefix(String text, ResourceId owner) {
        Cidr cidr;
        try {
            cidr = Cidr.parseLenient(text);
        } catch (IllegalArgumentException e) {
            throw new AzureException(AzureErrorCode.InvalidAddressPrefixFormat, "Address prefix " + text
                    + " of resource " + owner + " is not formatted correctly. It should follow CIDR notation, for"
                    + " example 10.0.0.0/24.", owner);
        }
        if (!cidr.isNetworkAddress()) {
            throw new AzureException(AzureErrorCode.InvalidCIDRNotation, "The address prefix " + text
                    + " in resource " + owner + " has an invalid CIDR notation. For the given prefix length, the"
                    + " address prefix should be " + cidr.network() + ".", owner);
        }
        return cidr;
    }

    // ------------------------------------------------------------------ virtual networks and subnets

    /** A subnet as a PUT of its network carries it: name, prefix, and its NSG and route table (or null). */
    record SubnetSpec(String name, String addressPrefix, ResourceId networkSecurityGroupId, ResourceId routeTableId) {

        SubnetSpec(String name, String addressPrefix) {
            this(name, addressPrefix, null, null);
        }

        static SubnetSpec of(Subnet subnet) {
            return new SubnetSpec(subnet.name(), subnet.addressPrefix().toString(), subnet.networkSecurityGroupId(),
                    subnet.routeTableId());
        }
    }

    /**
     * Creates or replaces a virtual network with exactly these address prefixes and subnets (a PUT of the whole
     * network, as ARM does it).
     */
    static TopologyState putNetwork(TopologyState s, ResourceId id, Region region, List<String> prefixes,
                                    List<SubnetSpec> subnetSpecs, Mode mode) {
        Names.requireNetworkName(id.name(), id);
        requireResourceGroup(s, id);
        Optional<VirtualNetwork> existing = s.network(id);
        if (existing.isPresent() && mode == Mode.CREATE) {
            throw alreadyExists("Virtual network", id.name(), "resource group '" + id.resourceGroup() + "'", id);
        }
        if (existing.isPresent() && !existing.get().region().name().equals(region.name())) {
            throw new AzureException(AzureErrorCode.InvalidResourceLocation, "The resource '" + id.name()
                    + "' already exists in location '" + existing.get().region().name() + "' in resource group '"
                    + id.resourceGroup() + "'. A resource with the same name cannot be created in location '"
                    + region.name() + "'. Please select a new resource name.", id);
        }
        if (prefixes.isEmpty()) {
            throw new AzureException(AzureErrorCode.InvalidAddressPrefixFormat, "Virtual network " + id
                    + " has no address prefix. Give it at least one, for example 10.0.0.0/16.", id);
        }
        List<Cidr> space = new ArrayList<>();
        for (String text : prefixes) {
            Cidr cidr = prefix(text, id);
            for (Cidr reserved : NEVER_IN_ADDRESS_SPACE) {
                if (cidr.overlaps(reserved)) {
                    throw new AzureException(AzureErrorCode.AddressSpaceInReservedRange, "Address prefix " + cidr
                            + " of virtual network " + id + " overlaps " + reserved + ", a range that can never be"
                            + " part of a virtual network (224.0.0.0/4, 255.255.255.255/32, 127.0.0.0/8,"
                            + " 169.254.0.0/16, 168.63.129.16/32). Use another range, such as one of RFC 1918.", id);
                }
            }
            Optional<Cidr> clash = cidr.firstOverlap(space);
            if (clash.isPresent()) {
                throw new AzureException(AzureErrorCode.VnetAddressSpaceRangesOverlap, "Address prefixes " + clash.get()
                        + " and " + cidr + " of virtual network " + id + " overlap. The ranges of one address space"
                        + " must not overlap; remove one of them.", id);
            }
            space.add(cidr);
        }

        List<Subnet> subnets = new ArrayList<>();
        for (SubnetSpec spec : subnetSpecs) {
            subnets.add(validSubnet(id, spec, space, subnets));
        }

        if (existing.isPresent()) {
            requireInUseSubnetsKept(s, existing.get(), subnets);
        }
        requireNoOverlapWithPeers(s, id, space);

        String guid = existing.map(VirtualNetwork::resourceGuid).orElseGet(() -> guid(id));
        VirtualNetwork network = new VirtualNetwork(existing.map(VirtualNetwork::id).orElse(id),
                existing.map(VirtualNetwork::name).orElse(id.name()), region, space, subnets, guid);
        return derivePeerings(s.withNetwork(network));
    }

    private static Subnet validSubnet(ResourceId networkId, SubnetSpec spec, List<Cidr> space, List<Subnet> others) {
        ResourceId subnetId = networkId.child("subnets", spec.name());
        Names.requireResourceName(spec.name(), subnetId);
        for (Subnet other : others) {
            if (other.name().equalsIgnoreCase(spec.name())) {
                throw new AzureException(AzureErrorCode.ResourceAlreadyExists, "Virtual network " + networkId.name()
                        + " has two subnets named '" + spec.name() + "'. Subnet names must be unique within a"
                        + " virtual network.", subnetId);
            }
        }
        Cidr cidr = prefix(spec.addressPrefix(), subnetId);
        if (cidr.prefixLength() > SMALLEST_SUBNET || cidr.prefixLength() < LARGEST_SUBNET) {
            throw new AzureException(AzureErrorCode.NetcfgInvalidSubnet, "Subnet '" + spec.name()
                    + "' is not valid in virtual network '" + networkId.name() + "'. An IPv4 subnet is /29 at the"
                    + " smallest and /2 at the largest; " + cidr + " is /" + cidr.prefixLength() + ".", subnetId);
        }
        if (space.stream().noneMatch(range -> range.contains(cidr))) {
            throw new AzureException(AzureErrorCode.NetcfgSubnetRangeOutsideVnet, "Subnet '" + spec.name()
                    + "' is not valid because its IP address range is outside the IP address range of virtual"
                    + " network '" + networkId.name() + "'.", subnetId, networkId);
        }
        for (Subnet other : others) {
            if (other.addressPrefix().overlaps(cidr)) {
                throw new AzureException(AzureErrorCode.NetcfgSubnetRangesOverlap, "Subnet '" + spec.name()
                        + "' is not valid because its IP address range " + cidr + " overlaps with the range "
                        + other.addressPrefix() + " of subnet '" + other.name() + "' in virtual network '"
                        + networkId.name() + "'.", subnetId, other.id());
            }
        }
        return new Subnet(subnetId, spec.name(), cidr, spec.networkSecurityGroupId(), spec.routeTableId());
    }

    private static void requireInUseSubnetsKept(TopologyState s, VirtualNetwork existing, List<Subnet> subnets) {
        for (Subnet old : existing.subnets()) {
            if (subnets.stream().noneMatch(n -> n.name().equalsIgnoreCase(old.name()))) {
                RoutingOperations.requireNoGatewayIn(s, old);   // issue 3
            }
            List<NetworkInterface> inUse = s.networkInterfacesIn(old.id());
            if (inUse.isEmpty()) {
                continue;
            }
            Optional<Subnet> kept = subnets.stream().filter(n -> n.name().equalsIgnoreCase(old.name())).findFirst();
            if (kept.isEmpty()) {
                throw inUse(old, inUse.get(0));
            }
            if (!kept.get().addressPrefix().equals(old.addressPrefix())) {
                throw new AzureException(AzureErrorCode.InUseSubnetCannotBeUpdated, "Subnet " + old.name()
                        + " is in use by " + ipConfiguration(inUse.get(0)) + " and its address prefix cannot be"
                        + " changed from " + old.addressPrefix() + " to " + kept.get().addressPrefix()
                        + ". Remove the network interfaces from the subnet first.", old.id(), inUse.get(0).id());
            }
        }
    }

    private static AzureException inUse(Subnet subnet, NetworkInterface nic) {
        return new AzureException(AzureErrorCode.InUseSubnetCannotBeDeleted, "Subnet " + subnet.name()
                + " is in use by " + ipConfiguration(nic) + " and cannot be deleted. Delete the network interface"
                + " (or its virtual machine) first.", subnet.id(), nic.id());
    }

    static ResourceId ipConfiguration(NetworkInterface nic) {
        return nic.id().child("ipConfigurations", "ipconfig1");
    }

    /** A peered network's space must stay disjoint from the peer's (§1.2.2, §2.6.1). */
    private static void requireNoOverlapWithPeers(TopologyState s, ResourceId networkId, List<Cidr> space) {
        for (Peering p : s.peerings()) {
            ResourceId other;
            if (p.localNetworkId().equals(networkId)) {
                other = p.remoteNetworkId();
            } else if (p.remoteNetworkId().equals(networkId) && p.state() != PeeringState.Disconnected) {
                other = p.localNetworkId();
            } else {
                continue;
            }
            Optional<VirtualNetwork> peer = s.network(other);
            if (peer.isEmpty()) {
                continue;
            }
            List<Cidr> overlap = overlapping(space, peer.get().addressSpace());
            if (!overlap.isEmpty()) {
                throw new AzureException(AzureErrorCode.VnetAddressSpacesOverlap, "Cannot update virtual network "
                        + networkId + ": its address space would overlap the address space of peered virtual network "
                        + other + ". Overlapping address prefixes: " + join(overlap), networkId, other);
            }
        }
    }

    static TopologyState deleteNetwork(TopologyState s, ResourceId networkId) {
        VirtualNetwork network = requireNetwork(s, networkId);
        for (Subnet subnet : network.subnets()) {
            List<NetworkInterface> inUse = s.networkInterfacesIn(subnet.id());
            if (!inUse.isEmpty()) {
                throw inUse(subnet, inUse.get(0));
            }
            RoutingOperations.requireNoGatewayIn(s, subnet);   // issue 3
        }
        TopologyState next = s;
        for (Peering p : s.peerings()) {
            if (p.localNetworkId().equals(network.id())) {
                next = next.withoutPeering(p.id());
            }
        }
        // §2.5.3, §2.5.5: every peering that pointed at the deleted network is left Disconnected.
        for (Peering p : next.peerings()) {
            if (p.remoteNetworkId().equals(network.id())) {
                next = next.withPeering(withState(p, PeeringState.Disconnected));
            }
        }
        return derivePeerings(next.withoutNetwork(network.id()));
    }

    static TopologyState putSubnet(TopologyState s, ResourceId networkId, String name, String prefix) {
        VirtualNetwork network = requireNetwork(s, networkId);
        List<SubnetSpec> specs = new ArrayList<>();
        boolean replaced = false;
        for (Subnet subnet : network.subnets()) {
            if (subnet.name().equalsIgnoreCase(name)) {
                specs.add(new SubnetSpec(subnet.name(), prefix, subnet.networkSecurityGroupId(), subnet.routeTableId()));
                replaced = true;
            } else {
                specs.add(SubnetSpec.of(subnet));
            }
        }
        if (!replaced) {
            specs.add(new SubnetSpec(name, prefix));
        }
        return putNetwork(s, network.id(), network.region(), prefixes(network), specs, Mode.CREATE_OR_UPDATE);
    }

    static TopologyState deleteSubnet(TopologyState s, ResourceId networkId, String name) {
        VirtualNetwork network = requireNetwork(s, networkId);
        Subnet subnet = network.subnet(name).orElseThrow(() -> notFound("Microsoft.Network/virtualNetworks/subnets",
                network.name() + "/" + name, networkId.child("subnets", name)));
        List<NetworkInterface> inUse = s.networkInterfacesIn(subnet.id());
        if (!inUse.isEmpty()) {
            throw inUse(subnet, inUse.get(0));
        }
        List<SubnetSpec> specs = network.subnets().stream().filter(x -> !x.equals(subnet))
                .map(SubnetSpec::of).collect(Collectors.toList());
        return putNetwork(s, network.id(), network.region(), prefixes(network), specs, Mode.CREATE_OR_UPDATE);
    }

    static List<String> prefixes(VirtualNetwork network) {
        return network.addressSpace().stream().map(Cidr::toString).collect(Collectors.toList());
    }

    static List<SubnetSpec> subnetSpecs(VirtualNetwork network) {
        return network.subnets().stream().map(SubnetSpec::of).collect(Collectors.toList());
    }

    static VirtualNetwork requireNetwork(TopologyState s, ResourceId networkId) {
        return s.network(networkId).orElseThrow(() -> notFound("Microsoft.Network/virtualNetworks",
                networkId.name(), networkId));
    }

    // ------------------------------------------------------------------ network interfaces and VMs

    /** A network interface as its PUT carries it; the NSG, application security groups and public IP may be empty. */
    record NicSpec(ResourceId id, Region region, ResourceId subnetId, String staticAddress, boolean ipForwarding,
                   ResourceId networkSecurityGroupId, List<ResourceId> applicationSecurityGroupIds,
                   ResourceId publicIpAddressId, InterfaceOwner owner) {

        NicSpec(ResourceId id, Region region, ResourceId subnetId, String staticAddress, boolean ipForwarding) {
            this(id, region, subnetId, staticAddress, ipForwarding, null, List.of(), null);
        }

        /** A virtual machine's interface. */
        NicSpec(ResourceId id, Region region, ResourceId subnetId, String staticAddress, boolean ipForwarding,
                ResourceId networkSecurityGroupId, List<ResourceId> applicationSecurityGroupIds,
                ResourceId publicIpAddressId) {
            this(id, region, subnetId, staticAddress, ipForwarding, networkSecurityGroupId,
                    applicationSecurityGroupIds, publicIpAddressId, InterfaceOwner.VirtualMachine);
        }

        static NicSpec of(NetworkInterface nic) {
            String fixed = nic.allocationMethod() == IpAllocationMethod.Static ? nic.privateIpAddress().toString() : null;
            return new NicSpec(nic.id(), nic.region(), nic.subnetId(), fixed, nic.ipForwarding(),
                    nic.networkSecurityGroupId(), nic.applicationSecurityGroupIds(), nic.publicIpAddressId(),
                    nic.owner());
        }
    }

    static TopologyState putNetworkInterface(TopologyState s, NicSpec spec, ResourceId vmId, Mode mode) {
        Names.requireResourceName(spec.id().name(), spec.id());
        requireResourceGroup(s, spec.id());
        Optional<NetworkInterface> existing = s.networkInterface(spec.id());
        SecurityControlPlane.requireNetworkInterfaceReferences(s, spec);   // issue 4
        if (existing.isPresent() && mode == Mode.CREATE) {
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
        }
        IpAddress address;
        IpAllocationMethod method;
        if (spec.staticAddress() != null) {
            address = staticAddress(spec, subnet, owners);
            method = IpAllocationMethod.Static;
        } else if (existing.isPresent() && existing.get().subnetId().equals(subnet.id())
                && existing.get().allocationMethod() == IpAllocationMethod.Dynamic) {
            address = existing.get().privateIpAddress();    // a dynamic address is kept while the NIC lives (§1.4.2)
            method = IpAllocationMethod.Dynamic;
        } else {
            address = firstFree(subnet, taken, spec.id());
            method = IpAllocationMethod.Dynamic;
        }
        ResourceId attachedVm = vmId != null ? vmId : existing.map(NetworkInterface::virtualMachineId).orElse(null);
        NetworkInterface nic = new NetworkInterface(existing.map(NetworkInterface::id).orElse(spec.id()),
                existing.map(NetworkInterface::name).orElse(spec.id().name()), spec.region(), subnet.id(), address,
                method, spec.ipForwarding(), attachedVm, spec.networkSecurityGroupId(),
                spec.applicationSecurityGroupIds(), spec.publicIpAddressId(),
                existing.map(NetworkInterface::owner).orElse(spec.owner()));   // an interface keeps its owner
        return s.withNetworkInterface(nic);
    }

    private static IpAddress staticAddress(NicSpec spec, Subnet subnet, Map<IpAddress, NetworkInterface> owners) {
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
                    + ipConfigurationId(spec.id()) + " references the private IP address " + address
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
                    + ipConfigurationId(spec.id()) + " is using the private IP address " + address
                    + " which is already allocated to resource " + ipConfiguration(owner) + ".", spec.id(), owner.id());
        }
        return address;
    }

    private static ResourceId ipConfigurationId(ResourceId nicId) {
        return nicId.child("ipConfigurations", "ipconfig1");
    }

    /** Azure's dynamic allocation: the first address that is neither reserved nor assigned, from .4 up (§1.4.1). */
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

    static TopologyState createVirtualMachine(TopologyState s, ResourceId vmId, Region region, NicSpec nic, Mode mode) {
        Names.requireResourceName(vmId.name(), vmId);
        requireResourceGroup(s, vmId);
        if (s.virtualMachine(vmId).isPresent()) {
            throw alreadyExists("Virtual machine", vmId.name(), "resource group '" + vmId.resourceGroup() + "'", vmId);
        }
        TopologyState withNic = putNetworkInterface(s, nic, vmId, mode);
        return withNic.withVirtualMachine(new VirtualMachine(vmId, vmId.name(), region, List.of(nic.id())));
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
                    : next.withNetworkInterface(n.withVirtualMachine(null));
        }
        return next;
    }

    // ------------------------------------------------------------------ peerings

    record PeeringSpec(ResourceId localNetworkId, String name, ResourceId remoteNetworkId,
                       boolean allowVirtualNetworkAccess, boolean allowForwardedTraffic,
                       boolean allowGatewayTransit, boolean useRemoteGateways, boolean syncRemoteAddressSpace) {

        ResourceId id() {
            return localNetworkId.child("virtualNetworkPeerings", name);
        }
    }

    /** Creates or updates one direction of a peering (§2.5, §2.6). */
    static TopologyState putPeering(TopologyState s, PeeringSpec spec, Mode mode) {
        ResourceId id = spec.id();
        VirtualNetwork local = requireNetwork(s, spec.localNetworkId());
        Names.requireResourceName(spec.name(), id);
        Optional<Peering> existing = s.peering(id);
        if (existing.isPresent() && mode == Mode.CREATE) {
            throw alreadyExists("Peering", spec.name(), "virtual network '" + local.name() + "'", id);
        }
        if (existing.isPresent() && !existing.get().remoteNetworkId().equals(spec.remoteNetworkId())) {
            throw new AzureException(AzureErrorCode.CannotChangeRemoteVirtualNetworkOfPeering, "Cannot update peering "
                    + id + ": its remote virtual network is " + existing.get().remoteNetworkId() + " and cannot be"
                    + " changed to " + spec.remoteNetworkId() + ". Delete the peering and create a new one.", id);
        }
        VirtualNetwork remote = s.network(spec.remoteNetworkId()).orElseThrow(() -> new AzureException(
                AzureErrorCode.InvalidGlobalResourceReference, "Resource " + spec.remoteNetworkId()
                + " referenced by resource " + id + " was not found. Please make sure that the referenced resource"
                + " exists.", spec.remoteNetworkId(), id));
        if (remote.id().equals(local.id())) {
            throw new AzureException(AzureErrorCode.PeeringWithSelfNotAllowed, "Cannot create or update peering " + id
                    + ": virtual network " + local.id() + " cannot be peered with itself. Choose another remote"
                    + " virtual network.", id, local.id());
        }
        for (Peering other : s.peeringsOf(local.id())) {
            if (!other.id().equals(id) && other.remoteNetworkId().equals(remote.id())) {
                throw new AzureException(AzureErrorCode.AnotherPeeringAlreadyReferencesRemoteVnet, "Peering "
                        + other.id() + " already references remote virtual network " + remote.id() + ". Cannot add"
                        + " peering " + id + " to the same remote virtual network; update the existing peering"
                        + " instead.", other.id(), id, remote.id());
            }
        }
        if (existing.isEmpty() && s.peeringsOf(local.id()).size() >= MAX_PEERINGS_PER_NETWORK) {
            throw new AzureException(AzureErrorCode.PeeringLimitExceeded, "Cannot create peering " + id + ": virtual"
                    + " network " + local.name() + " already has " + MAX_PEERINGS_PER_NETWORK + " peerings, the most"
                    + " Azure allows per virtual network. Remove a peering, or reach further networks through a hub.",
                    id, local.id());
        }
        List<Cidr> overlap = overlapping(local.addressSpace(), remote.addressSpace());
        if (!overlap.isEmpty()) {
            throw new AzureException(AzureErrorCode.VnetAddressSpacesOverlap, "Cannot create or update peering " + id
                    + ". Virtual networks " + local.id() + " and " + remote.id() + " cannot be peered because their"
                    + " address spaces overlap. Overlapping address prefixes: " + join(overlap), id, local.id(),
                    remote.id());
        }
        requireNoOverlapWithPeersOf(s, id, local, remote, true);
        requireNoOverlapWithPeersOf(s, id, remote, local, false);

        Optional<Peering> counterpart = s.peeringsOf(remote.id()).stream()
                .filter(p -> p.remoteNetworkId().equals(local.id())).findFirst();
        if (counterpart.isPresent() && counterpart.get().state() == PeeringState.Disconnected) {
            throw new AzureException(AzureErrorCode.RemotePeeringIsDisconnected, "Cannot create or update peering "
                    + id + " because remote peering " + counterpart.get().id() + " referencing parent virtual network "
                    + local.id() + " is in Disconnected state. Update or re-create the remote peering to get it back"
                    + " to Initiated state. Peering gets Disconnected when remote vnet or remote peering is deleted"
                    + " and re-created.", id, counterpart.get().id());
        }
        // ---- gateway transit (issue 3): §2.6.6, §2.6.8, §3.2
        if (spec.useRemoteGateways()) {
            RoutingOperations.requireGatewayTransitPreconditions(s, id, local, remote, counterpart);
        }
        // ---- end gateway transit (issue 3)

        boolean global = !local.region().name().equals(remote.region().name());
        PeeringState state;
        List<Cidr> peered;
        TopologyState next = s;
        if (counterpart.isPresent()) {
            state = PeeringState.Connected;
            boolean connecting = existing.map(p -> !p.isConnected()).orElse(true);
            peered = connecting || spec.syncRemoteAddressSpace() ? remote.addressSpace()
                    : existing.get().remoteAddressSpace();
            if (counterpart.get().state() != PeeringState.Connected) {
                // §2.5.1: the second side makes both Connected; both peer the spaces of this moment.
                next = next.withPeering(copy(counterpart.get(), PeeringState.Connected, local.addressSpace()));
            }
        } else {
            state = PeeringState.Initiated;
            peered = remote.addressSpace();
        }
        String guid = existing.map(Peering::resourceGuid).or(() -> counterpart.map(Peering::resourceGuid))
                .orElseGet(() -> guid(id));
        Peering peering = new Peering(existing.map(Peering::id).orElse(id), existing.map(Peering::name).orElse(spec.name()),
                local.id(), remote.id(), spec.allowVirtualNetworkAccess(), spec.allowForwardedTraffic(),
                spec.allowGatewayTransit(), spec.useRemoteGateways(), state, PeeringSyncLevel.FullyInSync,
                peered, remote.addressSpace(), global, guid);
        return derivePeerings(next.withPeering(peering));
    }

    /**
     * §2.6.2: the first network may not overlap a network already peered with the second. {@code localFirst} says
     * which of the two is the network of the peering being created, for the message.
     */
    private static void requireNoOverlapWithPeersOf(TopologyState s, ResourceId peeringId, VirtualNetwork first,
                                                    VirtualNetwork second, boolean localFirst) {
        for (Peering p : s.peeringsOf(second.id())) {
            if (p.remoteNetworkId().equals(first.id()) || p.state() == PeeringState.Disconnected) {
                continue;
            }
            Optional<VirtualNetwork> third = s.network(p.remoteNetworkId());
            if (third.isEmpty()) {
                continue;
            }
            List<Cidr> overlap = overlapping(first.addressSpace(), third.get().addressSpace());
            if (!overlap.isEmpty()) {
                VirtualNetwork local = localFirst ? first : second;
                VirtualNetwork remote = localFirst ? second : first;
                throw new AzureException(AzureErrorCode.VnetAddressSpaceOverlapsWithAlreadyPeeredVnet,
                        "Cannot create or update peering " + peeringId + ". Virtual networks " + local.id() + " and "
                                + remote.id() + " cannot be peered because address space of the "
                                + (localFirst ? "first" : "second") + " virtual network overlaps with address space of"
                                + " virtual network " + third.get().id() + " already peered with the "
                                + (localFirst ? "second" : "first") + " virtual network. Overlapping address prefixes: "
                                + join(overlap), peeringId, local.id(), remote.id(), third.get().id());
            }
        }
    }

    /** Deletes one direction; the other, if any, becomes Disconnected (§2.5.2). */
    static TopologyState deletePeering(TopologyState s, ResourceId peeringId) {
        Peering peering = requirePeering(s, peeringId);
        TopologyState next = s.withoutPeering(peering.id());
        Optional<Peering> counterpart = s.counterpart(peering);
        if (counterpart.isPresent()) {
            next = next.withPeering(withState(counterpart.get(), PeeringState.Disconnected));
        }
        return derivePeerings(next);
    }

    /** Re-PUTs the peering with {@code syncRemoteAddressSpace=true} (§2.8.3). */
    static TopologyState syncPeering(TopologyState s, ResourceId peeringId) {
        Peering p = requirePeering(s, peeringId);
        return putPeering(s, new PeeringSpec(p.localNetworkId(), p.name(), p.remoteNetworkId(),
                p.allowVirtualNetworkAccess(), p.allowForwardedTraffic(), p.allowGatewayTransit(),
                p.useRemoteGateways(), true), Mode.CREATE_OR_UPDATE);
    }

    static Peering requirePeering(TopologyState s, ResourceId peeringId) {
        return s.peering(peeringId).orElseThrow(() -> new AzureException(AzureErrorCode.ResourceNotFound,
                "Virtual network peering " + peeringId.name() + " of virtual network "
                        + peeringId.parent().map(ResourceId::name).orElse("?") + " doesn't exist.", peeringId));
    }

    /**
     * Recomputes what is derived on every peering: the remote network's current space and the sync level (§2.8.2):
     * a link is locally out of sync when the space it peered differs from the remote network's current space,
     * and remotely out of sync when the remote link (absent while Initiated, §2.2.6 and DESIGN.md) has not peered
     * the local network's current space.
     */
    static TopologyState derivePeerings(TopologyState s) {
        Map<ResourceId, Peering> changed = new HashMap<>();
        for (Peering p : s.peerings()) {
            Optional<VirtualNetwork> remote = s.network(p.remoteNetworkId());
            Optional<VirtualNetwork> local = s.network(p.localNetworkId());
            List<Cidr> remoteNow = remote.map(VirtualNetwork::addressSpace).orElse(p.remoteVirtualNetworkAddressSpace());
            boolean localStale = !sameSpace(p.remoteAddressSpace(), remoteNow);
            Peering back = s.counterpart(p).orElse(null);
            boolean remoteStale = back == null || local.isEmpty()
                    || !sameSpace(back.remoteAddressSpace(), local.get().addressSpace());
            PeeringSyncLevel level = localStale && remoteStale ? PeeringSyncLevel.LocalAndRemoteNotInSync
                    : localStale ? PeeringSyncLevel.LocalNotInSync
                    : remoteStale ? PeeringSyncLevel.RemoteNotInSync
                    : PeeringSyncLevel.FullyInSync;
            if (level != p.syncLevel() || !remoteNow.equals(p.remoteVirtualNetworkAddressSpace())) {
                changed.put(p.id(), new Peering(p.id(), p.name(), p.localNetworkId(), p.remoteNetworkId(),
                        p.allowVirtualNetworkAccess(), p.allowForwardedTraffic(), p.allowGatewayTransit(),
                        p.useRemoteGateways(), p.state(), level, p.remoteAddressSpace(), remoteNow, p.global(),
                        p.resourceGuid()));
            }
        }
        // unchanged peerings keep their identity, which lets the data plane reuse what it compiled from them
        return changed.isEmpty() ? s : s.withPeerings(p -> changed.getOrDefault(p.id(), p));
    }

    private static boolean sameSpace(List<Cidr> a, List<Cidr> b) {
        return a == b || a.equals(b) || (a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b)));
    }

    private static Peering withState(Peering p, PeeringState state) {
        return new Peering(p.id(), p.name(), p.localNetworkId(), p.remoteNetworkId(), p.allowVirtualNetworkAccess(),
                p.allowForwardedTraffic(), p.allowGatewayTransit(), p.useRemoteGateways(), state, p.syncLevel(),
                p.remoteAddressSpace(), p.remoteVirtualNetworkAddressSpace(), p.global(), p.resourceGuid());
    }

    private static Peering copy(Peering p, PeeringState state, List<Cidr> peered) {
        return new Peering(p.id(), p.name(), p.localNetworkId(), p.remoteNetworkId(), p.allowVirtualNetworkAccess(),
                p.allowForwardedTraffic(), p.allowGatewayTransit(), p.useRemoteGateways(), state, p.syncLevel(),
                peered, peered, p.global(), p.resourceGuid());
    }

    // ------------------------------------------------------------------ helpers

    static List<Cidr> overlapping(List<Cidr> a, List<Cidr> b) {
        Set<Cidr> result = new LinkedHashSet<>();
        for (Cidr x : a) {
            for (Cidr y : b) {
                if (x.overlaps(y)) {
                    result.add(x.contains(y) ? y : x);
                }
            }
        }
        return new ArrayList<>(result);
    }

    private static String join(List<Cidr> prefixes) {
        return prefixes.stream().map(Cidr::toString).collect(Collectors.joining(", "));
    }

    static AzureException notFound(String type, String name, ResourceId id) {
        return new AzureException(AzureErrorCode.ResourceNotFound, "The Resource '" + type + "/" + name
                + "' under resource group '" + id.resourceGroup() + "' was not found.", id);
    }

    static AzureException alreadyExists(String kind, String name, String where, ResourceId id) {
        return new AzureException(AzureErrorCode.ResourceAlreadyExists, kind + " '" + name + "' already exists in "
                + where + " (" + id + "). Choose another name, or change the existing one with update(...).", id);
    }

    /** A stable resourceGuid derived from the id, so that runs are repeatable. */
    static String guid(ResourceId id) {
        return UUID.nameUUIDFromBytes(id.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
