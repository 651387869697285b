package io.vnetlab.controlplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.IpAllocationMethod;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.PeeringSyncLevel;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.ServiceEndpoint;
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
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static io.vnetlab.controlplane.InterfaceOperations.*;
import static io.vnetlab.controlplane.PeeringOperations.*;
import static io.vnetlab.controlplane.ControlPlane.*;

/** Virtual networks and subnets: PUT and DELETE with Azure's validation. */
final class NetworkOperations {

    private NetworkOperations() {
    }

    // ------------------------------------------------------------------ virtual networks and subnets

    /**
     * Creates or replaces a virtual network with exactly these address prefixes and subnets (a PUT of the whole
     * network, as ARM does it).
     */
    static TopologyState putNetwork(TopologyState s, ResourceId id, Region region, List<String> prefixes,
                                    List<SubnetRequest> subnetSpecs, PutMode mode) {
        Names.require(NamingRule.VIRTUAL_NETWORK, id);
        requireResourceGroup(s, id);
        Optional<VirtualNetwork> existing = s.network(id);
        if (existing.isPresent() && mode == PutMode.CREATE) {
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

        Ipv6Rules.requireIpv4Space(id, space);
        List<Subnet> subnets = new ArrayList<>();
        List<Subnet> before = existing.map(VirtualNetwork::subnets).orElse(List.of());
        for (SubnetRequest spec : subnetSpecs) {
            subnets.add(validSubnet(id, spec, space, subnets, before));
        }

        if (existing.isPresent()) {
            requireInUseSubnetsKept(s, existing.get(), subnets);
        }
        requireNoOverlapWithPeers(s, id, space);
        subnets = withResolvedReferences(s, region, subnets);

        String guid = existing.map(VirtualNetwork::resourceGuid).orElseGet(() -> guid(id));
        VirtualNetwork network = new VirtualNetwork(existing.map(VirtualNetwork::id).orElse(id),
                existing.map(VirtualNetwork::name).orElse(id.name()), region, space, subnets, guid);
        // Azure enables Network Watcher in a network's region when the network is created or updated
        return NetworkWatchers.enableFor(derivePeerings(s.withNetwork(network)), id.subscriptionId(), region);
    }

    /**
     * A subnet's route table and network security group must exist in the network's region; the subnet keeps their
     * ids as Azure spells them. Route tables are checked before security groups, as ARM reports them.
     */
    private static List<Subnet> withResolvedReferences(TopologyState s, Region region, List<Subnet> subnets) {
        List<Subnet> resolved = new ArrayList<>();
        for (Subnet subnet : subnets) {
            RouteTable table = subnet.routeTableId() == null ? null
                    : RoutingOperations.requireRouteTableFor(s, subnet.routeTableId(), subnet.id(), region);
            if (table != null) {
                FirewallOperations.requireDirectInternet(s, table, subnet.id());
            }
            ResourceId tableId = table == null ? null : table.id();
            resolved.add(subnet.withAssociations(subnet.networkSecurityGroupId(), tableId, subnet.natGatewayId()));
        }
        List<Subnet> result = new ArrayList<>();
        for (Subnet subnet : resolved) {
            ResourceId groupId = null;
            if (subnet.networkSecurityGroupId() != null) {
                NetworkSecurityGroup group = SecurityOperations.requireNetworkSecurityGroupFor(s,
                        subnet.networkSecurityGroupId(), subnet.id(), region);
                if (BastionSubnetCompliance.isBastionSubnet(subnet)) {
                    BastionSubnetCompliance.require(group, subnet);
                }
                groupId = group.id();
            }
            result.add(subnet.withAssociations(groupId, subnet.routeTableId(), subnet.natGatewayId()));
        }
        return OutboundOperations.withResolvedNatGateways(s, region, result);
    }

    private static Subnet validSubnet(ResourceId networkId, SubnetRequest spec, List<Cidr> space, List<Subnet> others,
                                      List<Subnet> before) {
        ResourceId subnetId = networkId.child("subnets", spec.name());
        for (Subnet kept : before) {
            if (kept.id().toString().equals(subnetId.toString())) {
                // a subnet PUT again keeps its id object (as the network keeps its own): what refers to it — an
                // interface's subnet, the data plane's tables — then finds it by identity, not by comparing text
                subnetId = kept.id();
                break;
            }
        }
        Names.require(NamingRule.SUBNET, spec.name(), subnetId);
        for (Subnet other : others) {
            if (other.name().equalsIgnoreCase(spec.name())) {
                throw new AzureException(AzureErrorCode.ResourceAlreadyExists, "Virtual network " + networkId.name()
                        + " has two subnets named '" + spec.name() + "'. Subnet names must be unique within a"
                        + " virtual network.", subnetId);
            }
        }
        Cidr cidr = prefix(spec.addressPrefix(), subnetId);
        Ipv6Rules.requireIpv4SubnetPrefix(networkId, spec.name(), cidr, subnetId);
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
        Cidr ipv6 = spec.ipv6AddressPrefix() == null ? null
                : Ipv6Rules.validSubnetPrefix(networkId, spec, subnetId, space, others);
        List<ServiceEndpoint> endpoints = ServiceEndpoints.resolve(spec.serviceEndpoints(), subnetId);
        return new Subnet(subnetId, spec.name(), cidr, spec.networkSecurityGroupId(), spec.routeTableId(),
                spec.natGatewayId(), spec.defaultOutboundAccess(), ipv6, spec.privateEndpointNetworkPolicies(),
                endpoints);
    }

    private static void requireInUseSubnetsKept(TopologyState s, VirtualNetwork existing, List<Subnet> subnets) {
        for (Subnet old : existing.subnets()) {
            Optional<Subnet> changed = subnets.stream().filter(n -> n.name().equalsIgnoreCase(old.name())).findFirst();
            if (changed.isEmpty()) {
                RoutingOperations.requireNoGatewayIn(s, old);
                LoadBalancerOperations.requireNoFrontendIn(s, old);
            } else {
                RoutingOperations.requireGatewaysStayIn(s, old, changed.get());
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
        return nic.id().child("ipConfigurations", nic.ipConfigurationName() != null ? nic.ipConfigurationName()
                : "ipconfig1");
    }

    /**
     * A peered network's space must stay disjoint from the peer's (docs/azure/addressing.md#overlapping-networks,
     * docs/azure/peering.md#overlapping-address-spaces).
     */
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
            RoutingOperations.requireNoGatewayIn(s, subnet);
            LoadBalancerOperations.requireNoFrontendIn(s, subnet);
        }
        TopologyState next = s;
        for (Peering p : s.peeringsOf(network.id())) {
            next = next.withoutPeering(p.id());
        }
        // docs/azure/peering.md#peering-state, #state-transitions: every peering that pointed at the deleted network is
        // left Disconnected.
        for (Peering p : next.peeringsTowards(network.id())) {
            next = next.withPeering(withState(p, PeeringState.Disconnected));
        }
        return derivePeerings(next.withoutNetwork(network.id()));
    }

    /** PUT of one subnet of an existing network: replaces the subnet of that name, or adds it. */
    static TopologyState putSubnet(TopologyState s, ResourceId networkId, SubnetRequest subnet) {
        VirtualNetwork network = requireNetwork(s, networkId);
        List<SubnetRequest> specs = new ArrayList<>();
        boolean replaced = false;
        for (Subnet existing : network.subnets()) {
            if (existing.name().equalsIgnoreCase(subnet.name())) {
                specs.add(subnet.named(existing.name()));
                replaced = true;
            } else {
                specs.add(SubnetRequest.of(existing));
            }
        }
        if (!replaced) {
            specs.add(subnet);
        }
        return putNetwork(s, network.id(), network.region(), prefixes(network), specs, PutMode.CREATE_OR_UPDATE);
    }

    /** Re-PUTs an existing subnet with one thing changed. */
    static TopologyState putSubnetOf(TopologyState s, ResourceId subnetId, UnaryOperator<SubnetRequest> change) {
        ResourceId networkId = subnetId.parent().orElseThrow(() -> notASubnet(subnetId));
        VirtualNetwork network = requireNetwork(s, networkId);
        Subnet subnet = network.subnet(subnetId.name()).orElseThrow(() -> notFound(
                "Microsoft.Network/virtualNetworks/subnets", network.name() + "/" + subnetId.name(), subnetId));
        return putSubnet(s, network.id(), change.apply(SubnetRequest.of(subnet)));
    }

    static IllegalArgumentException notASubnet(ResourceId id) {
        return new IllegalArgumentException("'" + id + "' is not a subnet id; it should end with"
                + " /virtualNetworks/{network}/subnets/{subnet}.");
    }

    static TopologyState deleteSubnet(TopologyState s, ResourceId networkId, String name) {
        VirtualNetwork network = requireNetwork(s, networkId);
        Subnet subnet = network.subnet(name).orElseThrow(() -> notFound("Microsoft.Network/virtualNetworks/subnets",
                network.name() + "/" + name, networkId.child("subnets", name)));
        List<NetworkInterface> inUse = s.networkInterfacesIn(subnet.id());
        if (!inUse.isEmpty()) {
            throw inUse(subnet, inUse.get(0));
        }
        LoadBalancerOperations.requireNoFrontendIn(s, subnet);
        List<SubnetRequest> specs = network.subnets().stream().filter(x -> !x.equals(subnet))
                .map(SubnetRequest::of).collect(Collectors.toList());
        return putNetwork(s, network.id(), network.region(), prefixes(network), specs, PutMode.CREATE_OR_UPDATE);
    }

    static List<String> prefixes(VirtualNetwork network) {
        return network.addressSpace().stream().map(Cidr::toString).collect(Collectors.toList());
    }

    static List<SubnetRequest> subnetSpecs(VirtualNetwork network) {
        return network.subnets().stream().map(SubnetRequest::of).collect(Collectors.toList());
    }

    static VirtualNetwork requireNetwork(TopologyState s, ResourceId networkId) {
        return s.network(networkId).orElseThrow(() -> notFound("Microsoft.Network/virtualNetworks",
                networkId.name(), networkId));
    }

}
