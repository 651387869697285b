package io.vnetlab.dataplane;

import io.vnetlab.TopologyState;
import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.VirtualNetworkGateway;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A compiled, immutable view of one topology state for forwarding questions. Effective route tables are compiled
 * per subnet on first use and kept; queries never rescan the topology. Safe to share between threads.
 *
 * <pre>{@code
 * DataPlane plane = topology.dataPlane();
 * Verdict v = plane.evaluate(Flow.from(plane.endpoint(salesNic)).to(plane.endpoint(researchNic)));
 * }</pre>
 */
public final class DataPlane {

    /** Default routes to None (AZURE-SEMANTICS §4.1.1; 172.16.0.0/12 listed as DESIGN.md decides). */
    static final List<Cidr> DEFAULT_NONE_PREFIXES = List.of(
            Cidr.parse("10.0.0.0/8"), Cidr.parse("100.64.0.0/10"), Cidr.parse("172.16.0.0/12"),
            Cidr.parse("192.168.0.0/16"));

    private final TopologyState state;
    private final Map<ResourceId, Map<IpAddress, NetworkInterface>> interfacesByNetwork = new HashMap<>();
    private final Map<ResourceId, VirtualMachine> vmByInterface = new HashMap<>();
    private final Map<ResourceId, List<Peering>> peeringsByNetwork = new HashMap<>();
    private final Map<ResourceId, EffectiveRouteTable> routeTables = new ConcurrentHashMap<>();
    private final GatewayRouting gateways;

    private DataPlane(TopologyState state) {
        this.state = state;
        this.gateways = new GatewayRouting(state);
        for (NetworkInterface nic : state.networkInterfaces()) {
            interfacesByNetwork.computeIfAbsent(nic.networkId(), k -> new HashMap<>()).put(nic.privateIpAddress(), nic);
        }
        for (VirtualMachine vm : state.virtualMachines()) {
            for (ResourceId nicId : vm.networkInterfaceIds()) {
                vmByInterface.put(nicId, vm);
            }
        }
        for (Peering p : state.peerings()) {
            peeringsByNetwork.computeIfAbsent(p.localNetworkId(), k -> new ArrayList<>()).add(p);
        }
    }

    /** Compiles the data plane of {@code state}. Cheap: route tables are compiled lazily, per subnet. */
    public static DataPlane compile(TopologyState state) {
        return new DataPlane(state);
    }

    /** The state this data plane was compiled from. */
    public TopologyState state() {
        return state;
    }

    /** The endpoint of a network interface of this state. */
    public Endpoint endpoint(NetworkInterface nic) {
        return Endpoint.of(nic, vmByInterface.get(nic.id()));
    }

    /** The effective routes of a network interface: those of its subnet (AZURE-SEMANTICS §4.1). */
    public EffectiveRouteTable effectiveRoutes(NetworkInterface nic) {
        return effectiveRoutesOfSubnet(nic.subnetId());
    }

    /** The effective routes of a subnet. */
    public EffectiveRouteTable effectiveRoutesOfSubnet(ResourceId subnetId) {
        return routeTables.computeIfAbsent(subnetId, this::compileRoutes);
    }

    /** Walks {@code flow} and explains the outcome. */
    public Verdict evaluate(Flow flow) {
        return new Walk(this, flow).run();
    }

    // ---------------------------------------------------------------- package-private lookups for the walk

    Optional<NetworkInterface> interfaceAt(ResourceId networkId, IpAddress address) {
        Map<IpAddress, NetworkInterface> byAddress = interfacesByNetwork.get(networkId);
        return byAddress == null ? Optional.empty() : Optional.ofNullable(byAddress.get(address));
    }

    List<Peering> peeringsOf(ResourceId networkId) {
        return peeringsByNetwork.getOrDefault(networkId, List.of());
    }

    Optional<Peering> peering(ResourceId localNetworkId, ResourceId remoteNetworkId) {
        for (Peering p : peeringsOf(localNetworkId)) {
            if (p.remoteNetworkId().equals(remoteNetworkId)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    VirtualNetwork network(ResourceId id) {
        return state.network(id).orElseThrow(() -> new IllegalStateException("No network " + id + " in this state"));
    }

    Optional<NetworkInterface> networkInterface(ResourceId id) {
        return state.networkInterface(id);
    }

    /** Networks whose address space holds {@code address}. */
    List<VirtualNetwork> networksContaining(IpAddress address) {
        List<VirtualNetwork> result = new ArrayList<>();
        for (VirtualNetwork n : state.networks()) {
            if (n.contains(address)) {
                result.add(n);
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- effective routes (§4.1)

    private EffectiveRouteTable compileRoutes(ResourceId subnetId) {
        Subnet subnet = state.subnet(subnetId).orElseThrow(() ->
                new IllegalArgumentException("No subnet " + subnetId + " in this topology."));
        VirtualNetwork network = network(subnet.networkId());
        List<EffectiveRoute> routes = new ArrayList<>();
        // One VnetLocal route per address range (§4.1.1, §1.1.4).
        for (Cidr range : network.addressSpace()) {
            routes.add(EffectiveRoute.system(range, NextHopType.VnetLocal, null));
        }
        // Regional peering routes, one per synced remote range, only while Connected (§4.1.4, §4.1.6, §2.8.2).
        List<EffectiveRoute> global = new ArrayList<>();
        for (Peering p : peeringsOf(network.id())) {
            if (!p.isConnected()) {
                continue;
            }
            NextHopType type = p.global() ? NextHopType.VNetGlobalPeering : NextHopType.VNetPeering;
            for (Cidr range : p.remoteAddressSpace()) {
                (p.global() ? global : routes).add(EffectiveRoute.system(range, type, p.id()));
            }
        }
        routes.add(EffectiveRoute.system(Cidr.ANY, NextHopType.Internet, null));
        // The reserved None routes, removed where the network's own space equals or contains them (§4.1.2).
        for (Cidr reserved : DEFAULT_NONE_PREFIXES) {
            boolean replaced = network.addressSpace().stream().anyMatch(range -> range.contains(reserved));
            if (!replaced) {
                routes.add(EffectiveRoute.system(reserved, NextHopType.None, null));
            }
        }
        // Global peering routes come after the defaults, as Azure lists them (Learn module unit 4 output, §7.2).
        routes.addAll(global);
        // ---- gateway and user routes (issue 3)
        RouteTable table = subnet.routeTable().flatMap(id -> state.get(RouteTable.class, id)).orElse(null);
        if (table == null || !table.disableBgpRoutePropagation()) {
            routes.addAll(gatewayRoutes(network));                          // §3.4, §4.1.4; cut by §4.5.1
        }
        if (table != null) {
            routes = withUserRoutes(routes, table);                         // §4.2, §4.3.3
        }
        return new EffectiveRouteTable(subnetId, routes);
    }

    // ---------------------------------------------------------------- all-pairs support (issue 9)

    private volatile List<Cidr> allRoutePrefixes;
    private final Map<Cidr, Boolean> splitSubnets = new ConcurrentHashMap<>();

    /**
     * Whether some effective route, in any subnet, has a prefix strictly inside {@code prefix}: then addresses of
     * {@code prefix} may be routed differently from one another, and cannot share an equivalence class.
     */
    boolean hasRouteInside(Cidr prefix) {
        return splitSubnets.computeIfAbsent(prefix, p -> AllPairsReachability.splits(routePrefixes(), p));
    }

    private List<Cidr> routePrefixes() {
        List<Cidr> prefixes = allRoutePrefixes;
        if (prefixes == null) {
            java.util.Set<Cidr> distinct = new java.util.LinkedHashSet<>();
            for (VirtualNetwork network : state.networks()) {
                for (Subnet subnet : network.subnets()) {
                    for (EffectiveRoute route : effectiveRoutesOfSubnet(subnet.id()).routes()) {
                        distinct.add(route.addressPrefix());
                    }
                }
            }
            prefixes = List.copyOf(distinct);
            allRoutePrefixes = prefixes;
        }
        return prefixes;
    }

    /** Routes with source VirtualNetworkGateway: what the network's gateways (own or by transit) learn (§3.4). */
    private List<EffectiveRoute> gatewayRoutes(VirtualNetwork network) {
        List<EffectiveRoute> result = new ArrayList<>();
        for (VirtualNetworkGateway gateway : gateways.gatewaysServing(network.id())) {
            for (Cidr prefix : gateways.learnt(gateway)) {
                result.add(new EffectiveRoute(RouteSource.VirtualNetworkGateway, RouteState.Active, prefix,
                        NextHopType.VirtualNetworkGateway, List.of(gateway.ipAddress()), null, gateway.id()));
            }
        }
        return result;
    }

    /** Appends the user routes; a default route of the same prefix as a user route becomes Invalid (§4.3.3). */
    private static List<EffectiveRoute> withUserRoutes(List<EffectiveRoute> routes, RouteTable table) {
        Set<Cidr> userPrefixes = new HashSet<>();
        table.routes().forEach(r -> userPrefixes.add(r.addressPrefix()));
        List<EffectiveRoute> result = new ArrayList<>();
        for (EffectiveRoute r : routes) {
            result.add(r.source() == RouteSource.Default && userPrefixes.contains(r.addressPrefix())
                    ? new EffectiveRoute(r.source(), RouteState.Invalid, r.addressPrefix(), r.nextHopType(),
                    r.nextHopIpAddresses(), r.name(), r.origin()) : r);
        }
        for (Route route : table.routes()) {
            result.add(new EffectiveRoute(RouteSource.User, RouteState.Active, route.addressPrefix(),
                    NextHopType.valueOf(route.nextHopType().name()),
                    route.nextHopIp().map(List::of).orElse(List.of()), route.name(), table.id()));
        }
        return result;
    }

    // ---------------------------------------------------------------- routing questions (issue 3)

    /**
     * Network Watcher's next hop (AZURE-SEMANTICS §6.3): the route a packet from {@code nic} to {@code destination}
     * takes — its type, next hop IP, and the route table that decided or {@code System Route}.
     */
    public NextHop nextHop(NetworkInterface nic, IpAddress destination) {
        Optional<EffectiveRoute> route = effectiveRoutes(nic).lookup(destination);
        if (route.isEmpty()) {
            return new NextHop(NextHopType.None, null, NextHop.SYSTEM_ROUTE);
        }
        EffectiveRoute r = route.get();
        IpAddress ip = r.nextHopIpAddresses().isEmpty() ? null : r.nextHopIpAddresses().get(0);
        String table = r.source() == RouteSource.User && r.origin() != null ? r.origin().toString()
                : NextHop.SYSTEM_ROUTE;
        return new NextHop(r.nextHopType(), ip, table);
    }

    GatewayRouting gateways() {
        return gateways;
    }

    // ---- network security groups (issue 4)

    private volatile SecurityPlane security;

    /** The NSG view of this data plane, built on first use. */
    SecurityPlane security() {
        SecurityPlane current = security;
        if (current == null) {
            current = new SecurityPlane(this);
            security = current;
        }
        return current;
    }

    /**
     * Network Watcher's IP flow verify (AZURE-SEMANTICS §6.4): whether the NSGs of {@code nic} and of its subnet
     * allow a packet, and the rule that decided. NSGs only, not routes (§6.4.3).
     *
     * @param protocol {@code Tcp} or {@code Udp}, as {@code az network watcher test-ip-flow} takes
     */
    public IpFlowVerification verifyIpFlow(NetworkInterface nic, io.vnetlab.model.SecurityRuleDirection direction,
                                           io.vnetlab.model.Protocol protocol, IpAddress local, int localPort,
                                           IpAddress remote, int remotePort) {
        return security().verifyIpFlow(nic, direction, protocol, local, localPort, remote, remotePort);
    }

    /** The effective security rules of {@code nic}: its subnet's group, then its own, with tags expanded. */
    public EffectiveSecurityRules effectiveSecurityRules(NetworkInterface nic) {
        return security().effectiveSecurityRules(nic);
    }
}
