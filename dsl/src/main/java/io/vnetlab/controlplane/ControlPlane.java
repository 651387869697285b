package io.vnetlab.controlplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
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

import static io.vnetlab.controlplane.NetworkOperations.*;
import static io.vnetlab.controlplane.InterfaceOperations.*;
import static io.vnetlab.controlplane.PeeringOperations.*;

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
import java.util.stream.Collectors;

/**
 * The simulated Azure Resource Manager: every operation validates the way Azure does, then returns a new state,
 * or throws an {@link AzureException} and changes nothing (the old state is untouched, being immutable).
 */
final class ControlPlane {

    /** Ranges that can never be part of an address space (docs/azure/addressing.md#address-ranges). */
    static final List<Cidr> NEVER_IN_ADDRESS_SPACE = List.of(
            Cidr.parse("224.0.0.0/4"), Cidr.parse("255.255.255.255/32"), Cidr.parse("127.0.0.0/8"),
            Cidr.parse("169.254.0.0/16"), Cidr.parse("168.63.129.16/32"));

    /** Peerings per virtual network (docs/azure/addressing.md#limits). */
    static final int MAX_PEERINGS_PER_NETWORK = 500;
    /** Smallest and largest IPv4 subnet (docs/azure/addressing.md#subnet-size). */
    static final int SMALLEST_SUBNET = 29;
    static final int LARGEST_SUBNET = 2;

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

    static TopologyState putResourceGroup(TopologyState s, String subscriptionId, String name, Region region, PutMode mode) {
        Subscription subscription = requireSubscription(s, subscriptionId);
        ResourceId id = ResourceId.resourceGroup(subscription.id(), name);
        Names.require(NamingRule.RESOURCE_GROUP, name, id);
        Optional<ResourceGroup> existing = s.resourceGroup(id);
        if (existing.isPresent()) {
            if (mode == PutMode.CREATE) {
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
        for (io.vnetlab.model.PrivateEndpoint endpoint : s.all(io.vnetlab.model.PrivateEndpoint.class)) {
            if (inGroup(endpoint.id(), group)) {
                next = next.without(io.vnetlab.model.PrivateEndpoint.class, endpoint.id());   // its interface went above
            }
        }
        next = LoadBalancerOperations.deleteLoadBalancersIn(next, group);
        next = RoutingOperations.deleteRoutingResourcesIn(next, group);   // gateways, sites, route tables
        for (VirtualNetwork network : s.networks()) {
            if (inGroup(network.id(), group)) {
                next = deleteNetwork(next, network.id());
            }
        }
        next = OutboundOperations.deleteOutboundResourcesIn(next, group);   // before the public IPs they use
        next = SecurityOperations.deleteSecurityResourcesIn(next, group);
        next = NetworkWatchers.deleteIn(next, group);
        next = PrivateDnsOperations.deleteIn(next, group);
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
                "Resource group '" + groupId.resourceGroup() + "' could not be found." + networkWatcherHint(groupId),
                groupId));
    }

    /**
     * Azure makes {@code NetworkWatcherRG} when a virtual network is created or updated, so a refusal to deploy into
     * it says what makes it (docs/azure/cli-and-network-watcher.md#automatic-enablement).
     */
    private static String networkWatcherHint(ResourceId groupId) {
        return groupId.resourceGroup().equalsIgnoreCase(NetworkWatchers.GROUP)
                ? " Azure creates it when it enables Network Watcher for a region: when a virtual network of the"
                + " subscription is created or updated."
                : "";
    }

    // ------------------------------------------------------------------ prefixes

    /** Parses a prefix of {@code owner} the way ARM validates it (docs/azure/addressing.md#prefix-errors). */
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

    static String join(List<Cidr> prefixes) {
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
        return NameBasedUuid.of(id.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
