package io.vnetlab.diff;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.dataplane.DataPlane;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.Place;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The virtual networks whose data-plane inputs differ between the two sides of a diff, so that a flow whose path
 * before the change stayed out of all of them is known to be decided the same after it, without walking it again.
 *
 * <p>A walk decides at each place it visits from that place's network alone: the network's subnets and peerings,
 * the interfaces, machines, NSGs and route tables attached there, and its subnets' effective routes (which carry
 * what peers, gateways and sites contribute, and the address prefixes the {@code VirtualNetwork} tag stands for). So
 * a network is changed when a resource of one of those kinds changed, or when any of its subnets' effective routes
 * differ. A change to any other kind of resource (a gateway, a connection, a site, a load balancer, a firewall or
 * policy, a public IP, a network manager) is not attributed to networks: then nothing is skipped
 * ({@link #of} is empty), which is always correct.
 */
final class ChangedNetworks {

    private static final String NETWORKS = "microsoft.network/virtualnetworks";

    private final Set<ResourceId> changed;
    private final TopologyState beforeState;

    private ChangedNetworks(Set<ResourceId> changed, TopologyState beforeState) {
        this.changed = changed;
        this.beforeState = beforeState;
    }

    /** The changed networks, or empty when a changed resource cannot be attributed to networks. */
    static Optional<ChangedNetworks> of(DataPlane before, DataPlane after, Iterable<ResourceChange> changes) {
        Set<ResourceId> networks = new HashSet<>();
        for (ResourceChange change : changes) {
            if (!attribute(change.id(), before.state(), networks) || !attribute(change.id(), after.state(), networks)) {
                return Optional.empty();
            }
        }
        for (VirtualNetwork network : after.state().networks()) {
            Optional<VirtualNetwork> old = before.state().network(network.id());
            if (old.isEmpty() || networks.contains(network.id())) {
                networks.add(network.id());
                continue;
            }
            for (Subnet subnet : network.subnets()) {
                if (!before.effectiveRoutesOfSubnet(subnet.id()).routes()
                        .equals(after.effectiveRoutesOfSubnet(subnet.id()).routes())) {
                    networks.add(network.id());
                    break;
                }
            }
        }
        before.state().networks().forEach(n -> {
            if (after.state().network(n.id()).isEmpty()) {
                networks.add(n.id());
            }
        });
        return Optional.of(new ChangedNetworks(networks, before.state()));
    }

    /** Adds the networks a changed resource is part of in {@code state}; false when it is not of a kind they hold. */
    private static boolean attribute(ResourceId id, TopologyState state, Set<ResourceId> networks) {
        String type = id.type().toLowerCase(Locale.ROOT);
        if (type.startsWith(NETWORKS)) {
            networks.add(topLevel(id));
            return true;
        }
        switch (type) {
            case "microsoft.network/networkinterfaces" -> state.networkInterface(id)
                    .ifPresent(nic -> networks.add(networkOf(nic.subnetId())));
            case "microsoft.compute/virtualmachines" -> state.virtualMachine(id).map(VirtualMachine::networkInterfaceIds)
                    .ifPresent(nics -> nics.forEach(n -> state.networkInterface(n)
                            .ifPresent(nic -> networks.add(networkOf(nic.subnetId())))));
            case "microsoft.network/networksecuritygroups", "microsoft.network/networksecuritygroups/securityrules",
                 "microsoft.network/routetables", "microsoft.network/routetables/routes" -> {
                ResourceId top = topLevel(id);
                for (VirtualNetwork network : state.networks()) {
                    for (Subnet subnet : network.subnets()) {
                        if (top.equals(subnet.networkSecurityGroupId()) || top.equals(subnet.routeTableId())) {
                            networks.add(network.id());
                        }
                    }
                }
                for (NetworkInterface nic : state.networkInterfaces()) {
                    if (top.equals(nic.networkSecurityGroupId())) {
                        networks.add(networkOf(nic.subnetId()));
                    }
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the path of {@code before} (a verdict of the before side) stays out of every changed network, and
     * its endpoints are in none: a place decides from routes toward the destination, which its network holds, but
     * where the walk stopped short of a changed endpoint's network the stop itself may have been about it.
     */
    boolean untouched(Verdict before) {
        if (changed.isEmpty()) {
            return true;
        }
        if (inChanged(before.flow().source()) || inChanged(before.flow().destination())) {
            return false;
        }
        for (Hop hop : before.hops()) {
            if (touches(hop.at()) || touches(hop.next())) {
                return false;
            }
        }
        return true;
    }

    private boolean inChanged(Endpoint endpoint) {
        return endpoint.networkInterfaceId().flatMap(beforeState::networkInterface)
                .map(nic -> changed.contains(networkOf(nic.subnetId()))).orElse(false);
    }

    private boolean touches(Place place) {
        if (place == null) {
            return false;
        }
        if (place.subnetId() != null) {
            return changed.contains(networkOf(place.subnetId()));
        }
        return switch (place.kind()) {
            case NETWORK -> changed.contains(place.id());
            // a gateway routes by what it learns from every network that uses it and from other gateways over
            // BGP: any changed network may change its routes, so a path through one is walked again
            case GATEWAY, SITE -> true;
            default -> false;
        };
    }

    private static ResourceId networkOf(ResourceId subnetId) {
        return subnetId.parent().orElse(subnetId);
    }

    private static ResourceId topLevel(ResourceId id) {
        ResourceId top = id;
        while (top.parent().isPresent() && !top.type().equalsIgnoreCase("Microsoft.Network/virtualNetworks")
                && top.type().indexOf('/') != top.type().lastIndexOf('/')) {
            top = top.parent().get();
        }
        return Objects.requireNonNull(top);
    }
}
