package io.vnetlab.assertj;

import io.vnetlab.Topology;
import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.DataPlane;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.HopDetail;
import io.vnetlab.dataplane.NextHopType;
import io.vnetlab.dataplane.PeeringCrossed;
import io.vnetlab.dataplane.Place;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A place on a packet's path — a peering, a network, a gateway, an appliance, an Azure Firewall, a next hop — for
 * "reaches B through X" and "reaches B without passing X".
 *
 * <pre>{@code
 * assertThat(azure).vm("SalesVM").canReachThrough("MarketingVM", Via.peering("SalesVNet-To-MarketingVNet"));
 * assertThat(azure).vm("Spoke1VM").canReachThrough("Spoke2VM", Via.nextHop("10.0.1.4"));   // the hub's appliance
 * assertThat(azure).vm("Spoke1VM").canReachThrough("Spoke2VM", Via.appliance("HubNVA"));
 * assertThat(azure).vm("SpokeVM").canReachThrough("10.100.0.10", Via.gateway("HubVpn"));
 * }</pre>
 *
 * A {@code Via} names resources. An assertion first resolves it in the topology — finds the resources' ids — and
 * then matches the verdict's hops by those ids, addresses and route types, never by text. A {@code Via} that names
 * nothing in the topology makes the assertion fail, saying what the topology has, since it would check nothing.
 * {@link #toString()} is the description used in failure messages.
 */
@API(status = STABLE, since = "0.1")
public final class Via {

    /** What a {@code Via} names. */
    private enum Kind {
        PEERING("Peerings"), NETWORK("Virtual networks"), GATEWAY("Virtual network gateways"),
        APPLIANCE("Virtual machines and network interfaces"), FIREWALL("Azure Firewalls"),
        NEXT_HOP("Network interface and next hop addresses"), NEXT_HOP_TYPE(null), HOP(null);

        private final String listing;

        Kind(String listing) {
            this.listing = listing;
        }
    }

    private final Kind kind;
    private final String name;
    private final String description;
    private final NextHopType type;
    private final Predicate<Hop> predicate;

    private Via(Kind kind, String name, String description, NextHopType type, Predicate<Hop> predicate) {
        this.kind = kind;
        this.name = name;
        this.description = description;
        this.type = type;
        this.predicate = predicate;
    }

    /** The peering of this name (either network's side of it carries its own name). */
    public static Via peering(String peeringName) {
        String name = require(peeringName, "peeringName");
        return new Via(Kind.PEERING, name, "peering '" + name + "'", null, null);
    }

    /** Any hop taken in, or into, the virtual network of this name: its subnets, appliances and gateways. */
    public static Via network(String networkName) {
        String name = require(networkName, "networkName");
        return new Via(Kind.NETWORK, name, "virtual network '" + name + "'", null, null);
    }

    /** A hop to, from or through the virtual network gateway of this name (a VPN or ExpressRoute gateway). */
    public static Via gateway(String gatewayName) {
        String name = require(gatewayName, "gatewayName");
        return new Via(Kind.GATEWAY, name, "gateway '" + name + "'", null, null);
    }

    /** A hop to the network virtual appliance of this name: a VM, or one of its network interfaces. */
    public static Via appliance(String vmOrNetworkInterfaceName) {
        String name = require(vmOrNetworkInterfaceName, "vmOrNetworkInterfaceName");
        return new Via(Kind.APPLIANCE, name, "appliance '" + name + "'", null, null);
    }

    /** A hop to the Azure Firewall of this name. */
    public static Via firewall(String firewallName) {
        String name = require(firewallName, "firewallName");
        return new Via(Kind.FIREWALL, name, "Azure Firewall '" + name + "'", null, null);
    }

    /** A hop decided by a route with this next hop type, such as {@code VirtualAppliance}. */
    public static Via nextHopType(NextHopType type) {
        Objects.requireNonNull(type, "'type' cannot be null.");
        return new Via(Kind.NEXT_HOP_TYPE, type.name(), "a route with next hop type " + type, type, null);
    }

    /** A hop decided by a route whose next hop is this address, or to the appliance that holds it. */
    public static Via nextHop(String ipAddress) {
        String address = require(ipAddress, "ipAddress");
        if (!IpAddress.isValid(address)) {
            throw new IllegalArgumentException("'ipAddress' is not an IPv4 address: '" + address + "'.");
        }
        return new Via(Kind.NEXT_HOP, address, "next hop " + address, null, null);
    }

    /** Any hop for which {@code predicate} holds, described as {@code description} in failures. */
    public static Via hop(String description, Predicate<Hop> predicate) {
        require(description, "description");
        Objects.requireNonNull(predicate, "'predicate' cannot be null.");
        return new Via(Kind.HOP, description, description, null, predicate);
    }

    /** This {@code Via} resolved in {@code topology}: the resources of the topology it names. */
    public Resolved resolveIn(Topology topology) {
        Objects.requireNonNull(topology, "'topology' cannot be null.");
        Candidates candidates = Candidates.of(topology);
        return resolve(candidates.named(kind), candidates.addresses(kind == Kind.NEXT_HOP), candidates.listing(kind));
    }

    /**
     * This {@code Via} resolved in what {@code verdict} itself names, for a verdict asserted without its topology:
     * it matches the same way, but cannot tell a name that exists nowhere from one the path does not cross.
     */
    public Resolved resolveIn(Verdict verdict) {
        Objects.requireNonNull(verdict, "'verdict' cannot be null.");
        Candidates candidates = Candidates.of(verdict);
        Resolved resolved = resolve(candidates.named(kind), candidates.addresses(kind == Kind.NEXT_HOP), "");
        return new Resolved(this, resolved.ids, resolved.address, true, "");
    }

    private Resolved resolve(List<Named> candidates, Set<IpAddress> addresses, String listing) {
        switch (kind) {
            case NEXT_HOP_TYPE:
            case HOP:
                return new Resolved(this, Set.of(), null, true, "");
            case NEXT_HOP: {
                IpAddress address = IpAddress.parse(name);
                return new Resolved(this, Set.of(), address, addresses.contains(address), listing);
            }
            default: {
                Set<ResourceId> named = candidates.stream().filter(c -> c.name().equalsIgnoreCase(name))
                        .map(Named::id).collect(Collectors.toCollection(LinkedHashSet::new));
                return new Resolved(this, named, null, !named.isEmpty(), listing);
            }
        }
    }

    @Override
    public String toString() {
        return description;
    }

    /**
     * A {@code Via} found in a topology: the ids it names, and whether it names anything at all.
     */
    public static final class Resolved {

        private final Via via;
        private final Set<ResourceId> ids;
        private final IpAddress address;
        private final boolean namesSomething;
        private final String listing;

        private Resolved(Via via, Set<ResourceId> ids, IpAddress address, boolean namesSomething, String listing) {
            this.via = via;
            this.ids = Set.copyOf(ids);
            this.address = address;
            this.namesSomething = namesSomething;
            this.listing = listing;
        }

        /** Whether the topology has anything this {@code Via} names. */
        public boolean namesSomething() {
            return namesSomething;
        }

        /** What the topology has of the kind this {@code Via} names, such as {@code Peerings: A/A-To-B, B/B-To-A}. */
        public String existing() {
            return listing;
        }

        /** Whether {@code hop} is at this place. */
        public boolean matches(Hop hop) {
            switch (via.kind) {
                case PEERING:
                    return hop.peeringCrossed().map(PeeringCrossed::peering).map(ids::contains).orElse(false);
                case NETWORK:
                    return in(hop.at()) || hop.destination().map(this::in).orElse(false);
                case GATEWAY:
                    return isGateway(hop.at()) || hop.destination().map(this::isGateway).orElse(false)
                            || hop.detail(HopDetail.Relayed.class).map(r -> ids.contains(r.gateway())).orElse(false);
                case APPLIANCE:
                case FIREWALL:
                    return hop.destination().map(p -> isAppliance(p) && ids.contains(p.id())).orElse(false);
                case NEXT_HOP_TYPE:
                    return hop.decidingRoute().map(r -> r.nextHopType() == via.type).orElse(false);
                case NEXT_HOP:
                    return hop.decidingRoute().map(EffectiveRoute::nextHopIpAddresses).map(a -> a.contains(address))
                            .orElse(false) || hop.destination().map(p -> isAppliance(p)
                            && address.equals(p.address())).orElse(false);
                default:
                    return via.predicate.test(hop);
            }
        }

        /** The first hop of {@code verdict} at this place. */
        public Optional<Hop> firstIn(Verdict verdict) {
            return verdict.hops().stream().filter(this::matches).findFirst();
        }

        private boolean in(Place place) {
            return place.networkId().map(ids::contains).orElse(false);
        }

        private boolean isGateway(Place place) {
            return place.kind() == Place.Kind.GATEWAY && ids.contains(place.id());
        }

        private static boolean isAppliance(Place place) {
            return place.kind() == Place.Kind.APPLIANCE || place.kind() == Place.Kind.FIREWALL;
        }

        @Override
        public String toString() {
            return via.toString();
        }
    }

    /** A resource a {@code Via} may name, under one of its names (an appliance's interface also goes by its VM's). */
    private record Named(ResourceId id, String name) {

        static Named of(ResourceId id) {
            return new Named(id, id.name());
        }
    }

    /** The resources a {@code Via} may name, by kind: from a topology, or from a verdict's hops. */
    private static final class Candidates {

        private final List<Named> peerings = new ArrayList<>();
        private final List<Named> networks = new ArrayList<>();
        private final List<Named> gateways = new ArrayList<>();
        private final List<Named> appliances = new ArrayList<>();
        private final List<Named> firewalls = new ArrayList<>();
        private final Set<IpAddress> addresses = new LinkedHashSet<>();

        static Candidates of(Topology topology) {
            Candidates c = new Candidates();
            topology.state().peerings().forEach(p -> c.peerings.add(Named.of(p.id())));
            topology.state().networks().forEach(n -> c.networks.add(Named.of(n.id())));
            topology.state().all(VirtualNetworkGateway.class).forEach(g -> c.gateways.add(Named.of(g.id())));
            for (NetworkInterface nic : topology.state().networkInterfaces()) {
                c.addresses.add(nic.privateIpAddress());
                if (nic.owner() == InterfaceOwner.AzureFirewall) {
                    c.firewalls.add(Named.of(nic.id()));
                    continue;
                }
                nic.virtualMachine().ifPresent(vm -> c.appliances.add(new Named(nic.id(), vm.name())));
                c.appliances.add(Named.of(nic.id()));
            }
            DataPlane plane = topology.dataPlane();
            for (VirtualNetwork network : topology.state().networks()) {
                for (Subnet subnet : network.subnets()) {
                    for (EffectiveRoute route : plane.effectiveRoutesOfSubnet(subnet.id()).routes()) {
                        c.addresses.addAll(route.nextHopIpAddresses());
                    }
                }
            }
            return c;
        }

        static Candidates of(Verdict verdict) {
            Candidates c = new Candidates();
            for (Hop hop : verdict.hops()) {
                hop.peeringCrossed().ifPresent(p -> c.peerings.add(Named.of(p.peering())));
                for (Place place : places(hop)) {
                    place.networkId().ifPresent(id -> c.networks.add(Named.of(id)));
                    place.resource().map(Named::of).ifPresent(n -> {
                        c.gateways.add(n);
                        c.appliances.add(n);
                        c.firewalls.add(n);
                    });
                    place.ipAddress().ifPresent(c.addresses::add);
                }
                hop.decidingRoute().ifPresent(r -> c.addresses.addAll(r.nextHopIpAddresses()));
            }
            return c;
        }

        private static List<Place> places(Hop hop) {
            List<Place> places = new ArrayList<>(List.of(hop.at()));
            hop.destination().ifPresent(places::add);
            return places;
        }

        List<Named> named(Kind kind) {
            switch (kind) {
                case PEERING:
                    return peerings;
                case NETWORK:
                    return networks;
                case GATEWAY:
                    return gateways;
                case APPLIANCE:
                    return appliances;
                case FIREWALL:
                    return firewalls;
                default:
                    return List.of();
            }
        }

        Set<IpAddress> addresses(boolean wanted) {
            return wanted ? addresses : Set.of();
        }

        /** {@code Peerings in the topology: SalesVNet/SalesVNet-To-MarketingVNet, ...}, or none. */
        String listing(Kind kind) {
            if (kind.listing == null) {
                return "";
            }
            List<String> names;
            if (kind == Kind.PEERING) {
                names = peerings.stream().map(n -> n.id().parent().map(ResourceId::name).orElse("?") + "/"
                        + n.name()).toList();
            } else if (kind == Kind.NEXT_HOP) {
                names = addresses.stream().map(IpAddress::toString).toList();
            } else {
                names = named(kind).stream().map(Named::name).distinct().toList();
            }
            return kind.listing + " in the topology: " + (names.isEmpty() ? "none" : String.join(", ", names));
        }
    }

    private static String require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + name + "' cannot be null or blank.");
        }
        return value;
    }
}
