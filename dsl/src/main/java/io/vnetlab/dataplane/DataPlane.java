package io.vnetlab.dataplane;

import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.NetworkGroup;
import io.vnetlab.model.NetworkGroupStaticMember;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkManagerDeployment;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PrivateEndpoint;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetworkGateway;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A compiled, immutable view of one topology state for forwarding questions. Effective route tables are compiled
 * per subnet on first use and kept; queries never rescan the topology. Safe to share between threads.
 *
 * <pre>{@code
 * DataPlane plane = topology.dataPlane();
 * Verdict v = plane.evaluate(Flow.from(plane.endpoint(salesNic)).to(plane.endpoint(researchNic)));
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public final class DataPlane {

    /**
     * Default routes to None (docs/azure/routing.md#system-routes; 172.16.0.0/12 listed as
     * docs/azure/decisions.md#route-172-16 decides).
     */
    static final List<Cidr> DEFAULT_NONE_PREFIXES = List.of(
            Cidr.parse("10.0.0.0/8"), Cidr.parse("100.64.0.0/10"), Cidr.parse("172.16.0.0/12"),
            Cidr.parse("192.168.0.0/16"));

    /**
     * How many addresses of one network a data plane remembers the interface of (or that none holds them): a /16's
     * worth; a sweep over more asks the state for the rest (memory stays bounded).
     */
    static final int ADDRESSES_REMEMBERED_PER_NETWORK = 65_536;

    /** How many verdicts a data plane remembers; past that it walks every flow (memory stays bounded). */
    static final int VERDICT_CACHE_LIMIT = 10_000;

    private final TopologyState state;
    private final Map<ResourceId, CompiledRoutes> routeTables = new ConcurrentHashMap<>();
    /**
     * The routes last compiled for each subnet by this data plane or any it was recompiled from, offered for reuse
     * where their inputs are unchanged (see recompile). Shared along the line of recompilations rather than taken
     * from the previous plane alone: a walk that stops early touches fewer subnets than the one before it, and the
     * next plane would otherwise compile again the routes its predecessor did not ask for. One entry per subnet.
     */
    private final Map<ResourceId, CompiledRoutes> reusable;
    private final SecurityPlane.Indexes inheritedSecurity;
    private final Map<Flow, Verdict> verdicts = new ConcurrentHashMap<>();
    /**
     * Networks, interfaces and peerings the walks of this data plane looked up by id. A lookup in the state's
     * persistent maps walks a tree; the walk asks for the same few resources again and again, so they are kept
     * here, in a hash map, for as long as this snapshot lives.
     */
    private final Map<ResourceId, Object> resolved = new ConcurrentHashMap<>();
    private final GatewayRouting gateways;
    /** Whether the state has private endpoints: without, no route compilation needs their index, nor its class. */
    private final boolean hasPrivateEndpoints;
    /** Whether the state has load balancers: without, no walk needs their index, nor to load its class. */
    private final boolean hasLoadBalancers;
    /**
     * The interface at each address a walk asked about, per network, remembered as found: every delivery and every
     * appliance next hop asks, a few times per walk, and the state's persistent index would be descended each time.
     * Filled as asked, never copied whole: the first question after a recompilation pays for what it asks only.
     */
    private final Map<ResourceId, Map<IpAddress, Optional<NetworkInterface>>> interfacesAt;

    private DataPlane(TopologyState state, DataPlane previous) {
        this.state = state;
        this.hasLoadBalancers = !state.all(io.vnetlab.model.LoadBalancer.class).isEmpty();
        this.hasPrivateEndpoints = !state.all(PrivateEndpoint.class).isEmpty();
        List<Object> gatewayInputs = gatewayInputs(state);
        this.gateways = previous == null ? new GatewayRouting(state, gatewayInputs)
                : previous.gateways.answersFor(state, gatewayInputs);
        this.reusable = previous == null ? new ConcurrentHashMap<>() : previous.reusable;
        // what the walks remembered of interfaces and peerings holds as long as no interface (nor VM, for the
        // endpoints) or peering changed: a recompiled plane shares it with its predecessor rather than starting afresh
        boolean sameInterfaces = previous != null && sameTables(previous.state, state, NetworkInterface.class);
        boolean samePeerings = previous != null && sameTables(previous.state, state, Peering.class);
        this.interfacesAt = sameInterfaces ? previous.interfacesAt : new ConcurrentHashMap<>();
        this.endpoints = sameInterfaces && sameTables(previous.state, state, VirtualMachine.class)
                ? previous.endpoints : new ConcurrentHashMap<>();
        this.peeringLists = samePeerings ? previous.peeringLists : new ConcurrentHashMap<>();
        this.peeringsBetween = samePeerings ? previous.peeringsBetween : new ConcurrentHashMap<>();
        this.inheritedSecurity = previous == null ? null
                : previous.security != null ? previous.security.indexesIfBuilt() : previous.inheritedSecurity;
    }

    private static boolean sameTables(TopologyState before, TopologyState after, Class<?> type) {
        return before.tableToken(type) == after.tableToken(type);
    }

    /** Compiles the data plane of {@code state}. Cheap: route tables are compiled lazily, per subnet. */
    public static DataPlane compile(TopologyState state) {
        return new DataPlane(state, null);
    }

    /**
     * Compiles {@code state}, reusing what {@code previous} (and the planes it was recompiled from) compiled from
     * inputs the change did not touch: the interface and VM indexes when no interface or VM changed, each subnet's
     * effective routes when its network, route table, peerings and gateways are the same records, and what the
     * gateways learn and advertise while no gateway, connection, site or transit peering changed. A peering flag
     * change recompiles the routes of the two networks it joins, and nothing else.
     */
    public static DataPlane recompile(DataPlane previous, TopologyState state) {
        return new DataPlane(state, previous);
    }

    /** The state this data plane was compiled from. */
    public TopologyState state() {
        return state;
    }

    /** The endpoint of a network interface of this state. */
    public Endpoint endpoint(NetworkInterface nic) {
        if (nic.owner() == io.vnetlab.model.InterfaceOwner.PrivateEndpoint) {
            return Endpoint.ofPrivateEndpoint(nic, privateEndpointOf(nic).name());
        }
        return Endpoint.of(nic, virtualMachineOf(nic));
    }

    /**
     * {@link #endpoint}, kept per interface record: every reply walk starts from its replier's endpoint, and all
     * pairs walk hundreds of thousands of replies from a few thousand interfaces.
     */
    Endpoint keptEndpoint(NetworkInterface nic) {
        KeptEndpoint known = endpoints.get(nic.id());
        if (known != null && known.nic() == nic) {
            return known.endpoint();
        }
        Endpoint endpoint = endpoint(nic);
        endpoints.put(nic.id(), new KeptEndpoint(nic, endpoint));
        return endpoint;
    }

    /** An endpoint kept for the interface record it was made of (a caller may pass a record of another state). */
    private record KeptEndpoint(NetworkInterface nic, Endpoint endpoint) {
    }

    private final Map<ResourceId, KeptEndpoint> endpoints;

    /**
     * The VM {@code nic} is attached to. The interface names its VM, and the state's indexes find both, so compiling
     * a data plane builds no index over every interface (the first question after a build pays nothing for it).
     */
    private VirtualMachine virtualMachineOf(NetworkInterface nic) {
        ResourceId vmId = nic.virtualMachineId();
        if (vmId == null) {
            return null;
        }
        VirtualMachine vm = resolve(VirtualMachine.class, vmId);
        return vm != null && vm.networkInterfaceIds().contains(nic.id()) ? vm : null;
    }

    /** The endpoint of a network interface of this state at its IPv6 address. */
    public Endpoint ipv6Endpoint(NetworkInterface nic) {
        return Endpoint.ipv6Of(nic, virtualMachineOf(nic));
    }

    /** The effective routes of a network interface: those of its subnet (docs/azure/routing.md#system-routes). */
    public EffectiveRouteTable effectiveRoutes(NetworkInterface nic) {
        return effectiveRoutesOfSubnet(nic.subnetId());
    }

    /** The effective routes of a subnet. */
    public EffectiveRouteTable effectiveRoutesOfSubnet(ResourceId subnetId) {
        CompiledRoutes known = routeTables.get(subnetId);
        if (known != null) {
            return known.table();
        }
        // a benign race compiles equal routes twice and keeps the first
        CompiledRoutes compiled = compileOrReuse(subnetId);
        CompiledRoutes raced = routeTables.putIfAbsent(subnetId, compiled);
        return (raced != null ? raced : compiled).table();
    }

    /**
     * Walks {@code flow} and explains the outcome. The data plane is immutable, so a verdict once walked is
     * remembered (up to {@value #VERDICT_CACHE_LIMIT} of them) and the same question is answered without walking.
     */
    public Verdict evaluate(Flow flow) {
        Verdict known = verdicts.get(flow);
        if (known != null) {
            return known;
        }
        Verdict verdict = walk(flow);
        if (verdicts.size() < VERDICT_CACHE_LIMIT) {
            verdicts.putIfAbsent(flow, verdict);
        }
        return verdict;
    }

    /** Walks {@code flow} without remembering it: for sweeps over many flows, such as all pairs. */
    public Verdict walk(Flow flow) {
        return new Walk(this, flow).run();
    }

    /**
     * Whether {@code flow} gets through, walked without explaining: no verdict, no diagnosis of a drop. The same
     * decision as {@code walk(flow).reachable()}, for sweeps that ask it of many flows and explain few (all pairs).
     */
    boolean reaches(Flow flow) {
        return new Walk(this, flow, WalkRecord.deciding()).reachable();
    }

    /**
     * {@link #reaches(Flow)} for a caller that holds the interfaces of the flow's endpoints in this state
     * ({@code null} for an endpoint without one).
     */
    boolean reaches(Flow flow, NetworkInterface sourceInterface, NetworkInterface destinationInterface) {
        return new Walk(this, flow, WalkRecord.deciding(), sourceInterface, destinationInterface).reachable();
    }

    /** The inputs a subnet's effective routes are compiled from, compared by identity (records are immutable). */
    private record RouteInputs(VirtualNetwork network, RouteTable table, List<Peering> peerings, List<Object> gateways) {

        boolean sameAs(RouteInputs other) {
            if (network != other.network || table != other.table || peerings.size() != other.peerings.size()
                    || gateways.size() != other.gateways.size()) {
                return false;
            }
            // the state hands out one list per network's peerings until one of them changes: a hub with hundreds
            // of peerings is compared in one step
            for (int i = 0; peerings != other.peerings && i < peerings.size(); i++) {
                if (peerings.get(i) != other.peerings.get(i)) {
                    return false;
                }
            }
            for (int i = 0; i < gateways.size(); i++) {
                if (gateways.get(i) != other.gateways.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private record CompiledRoutes(RouteInputs inputs, EffectiveRouteTable table) {
    }

    private RouteInputs inputsOf(ResourceId subnetId) {
        Subnet subnet = subnet(subnetId);
        VirtualNetwork network = network(subnet.networkId());
        RouteTable table = routeTableOf(subnet);
        List<Object> gatewayInputs = new ArrayList<>(gatewayInputs(state));
        if (!state.all(NetworkManagerDeployment.class).isEmpty()) {
            // connected groups depend on the deployments, the groups' members (static, or matched by name or tags)
            // and the members' address spaces
            gatewayInputs.addAll(List.of(state.tableToken(NetworkManagerDeployment.class),
                    state.tableToken(NetworkGroup.class), state.tableToken(NetworkGroupStaticMember.class),
                    state.tableToken(VirtualNetwork.class), state.tableToken(io.vnetlab.model.ResourceTags.class)));
        }
        if (hasPrivateEndpoints) {
            // private endpoints' routes depend on the endpoints (their read-only interfaces change only with them)
            // and on the networks that hold them: their ranges and their subnets' policies
            gatewayInputs.add(state.tableToken(PrivateEndpoint.class));
            for (PrivateEndpoint endpoint : state.all(PrivateEndpoint.class)) {
                gatewayInputs.add(network(endpoint.networkId()));
            }
        }
        return new RouteInputs(network, table, peeringsOf(network.id()), gatewayInputs);
    }

    /**
     * What gateway routing depends on, as tokens of {@code state} that stay the same objects while it is unchanged:
     * with gateways, the gateways, their connections and sites, and the peerings that carry transit
     * (docs/azure/gateways.md); without gateways, only that there are none.
     */
    private static List<Object> gatewayInputs(TopologyState state) {
        Object gatewayTable = state.tableToken(VirtualNetworkGateway.class);
        if (state.all(VirtualNetworkGateway.class).isEmpty()) {
            return List.of(gatewayTable);
        }
        return List.of(gatewayTable, state.transitToken(), state.tableToken(GatewayConnection.class),
                state.tableToken(LocalNetworkGateway.class));
    }

    private CompiledRoutes compileOrReuse(ResourceId subnetId) {
        RouteInputs inputs = inputsOf(subnetId);
        CompiledRoutes before = reusable.get(subnetId);
        if (before != null && before.inputs().sameAs(inputs)) {
            return before;
        }
        CompiledRoutes compiled = new CompiledRoutes(inputs, compileRoutes(subnetId));
        reusable.put(subnetId, compiled);
        return compiled;
    }

    // ---------------------------------------------------------------- package-private lookups for the walk

    Optional<NetworkInterface> interfaceAt(ResourceId networkId, IpAddress address) {
        Map<IpAddress, Optional<NetworkInterface>> inNetwork = interfacesAt.get(networkId);
        if (inNetwork == null) {
            // not computeIfAbsent: its lambda would be linked by the first walk in a JVM
            Map<IpAddress, Optional<NetworkInterface>> made = new ConcurrentHashMap<>();
            Map<IpAddress, Optional<NetworkInterface>> raced = interfacesAt.putIfAbsent(networkId, made);
            inNetwork = raced != null ? raced : made;
        }
        Optional<NetworkInterface> known = inNetwork.get(address);
        if (known == null) {
            known = state.networkInterfaceAt(networkId, address);
            if (inNetwork.size() < ADDRESSES_REMEMBERED_PER_NETWORK) {
                inNetwork.put(address, known);
            }
        }
        return known;
    }

    /**
     * The peerings {@code networkId} owns: the state's list itself (recompiling compares it by identity), remembered
     * as asked, since every appliance next hop reached across a peering asks for it.
     */
    List<Peering> peeringsOf(ResourceId networkId) {
        List<Peering> known = peeringLists.get(networkId);
        if (known == null) {
            known = state.peeringsOf(networkId);
            peeringLists.put(networkId, known);
        }
        return known;
    }

    private final Map<ResourceId, List<Peering>> peeringLists;

    /**
     * The peering of one network to another, remembered as found: every forwarded packet that crosses a peering
     * asks for the way back, and the state's persistent index would be descended each time.
     */
    Optional<Peering> peering(ResourceId localNetworkId, ResourceId remoteNetworkId) {
        Map<ResourceId, Optional<Peering>> ofLocal = peeringsBetween.get(localNetworkId);
        if (ofLocal == null) {
            // not computeIfAbsent: its lambda would be linked by the first walk in a JVM
            Map<ResourceId, Optional<Peering>> made = new ConcurrentHashMap<>();
            Map<ResourceId, Optional<Peering>> raced = peeringsBetween.putIfAbsent(localNetworkId, made);
            ofLocal = raced != null ? raced : made;
        }
        Optional<Peering> known = ofLocal.get(remoteNetworkId);
        if (known == null) {
            known = state.peeringBetween(localNetworkId, remoteNetworkId);
            ofLocal.put(remoteNetworkId, known);
        }
        return known;
    }

    private final Map<ResourceId, Map<ResourceId, Optional<Peering>>> peeringsBetween;

    VirtualNetwork network(ResourceId id) {
        VirtualNetwork network = resolve(VirtualNetwork.class, id);
        if (network == null) {
            throw new IllegalStateException("No network " + id + " in this state");
        }
        return network;
    }

    Optional<NetworkInterface> networkInterface(ResourceId id) {
        return Optional.ofNullable(interfaceOrNull(id));
    }

    /** The interface of {@code endpoint} in this state, {@code null} when it is none (or not one of this state's). */
    NetworkInterface interfaceOf(Endpoint endpoint) {
        ResourceId id = endpoint.interfaceIdOrNull();
        return id == null ? null : interfaceOrNull(id);
    }

    private NetworkInterface interfaceOrNull(ResourceId id) {
        return resolve(NetworkInterface.class, id);
    }

    Optional<Peering> peering(ResourceId id) {
        return Optional.ofNullable(resolve(Peering.class, id));
    }

    /**
     * A resource by id, from {@link #resolved} when a walk of this data plane looked it up before; {@code null} when
     * the state has none. The answer is not wrapped: every hop of every walk asks, and all pairs walk hundreds of
     * thousands of times.
     */
    private <T> T resolve(Class<T> type, ResourceId id) {
        Object known = resolved.get(id);
        if (type.isInstance(known)) {
            return type.cast(known);
        }
        T found = state.get(type, id).orElse(null);
        if (found != null) {
            resolved.put(id, found);
        }
        return found;
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

    // ---------------------------------------------------------- effective routes (docs/azure/routing.md#system-routes)

    private EffectiveRouteTable compileRoutes(ResourceId subnetId) {
        Subnet subnet = subnet(subnetId);
        VirtualNetwork network = network(subnet.networkId());
        List<EffectiveRoute> routes = new ArrayList<>();
        // One VnetLocal route per address range (docs/azure/routing.md#system-routes,
        // docs/azure/addressing.md#address-space).
        for (Cidr range : network.addressSpace()) {
            routes.add(EffectiveRoute.system(range, NextHopType.VnetLocal, null));
        }
        // Regional peering routes, one per synced remote range, only while Connected
        // (docs/azure/routing.md#optional-system-routes, #peering-routes, docs/azure/peering.md#sync-level).
        List<EffectiveRoute> global = new ArrayList<>();
        for (Peering p : peeringsOf(network.id())) {
            if (!p.isConnected() || !p.scope().includesLocal(subnet.name())) {
                continue;   // a subnet peering programs its routes only in its local subnets (docs/azure/subnet-peering.md#routes)
            }
            NextHopType type = p.global() ? NextHopType.VNetGlobalPeering : NextHopType.VNetPeering;
            for (Cidr range : p.remoteAddressSpace()) {
                (p.global() ? global : routes).add(EffectiveRoute.system(range, type, p.id()));
            }
        }
        // Connected groups of deployed network manager configurations: one ConnectedGroup route per range of each
        // other member (docs/azure/virtual-network-manager.md#connected-groups).
        for (ManagedNetworking.GroupPeer peer : managed().groupPeers(network.id())) {
            for (Cidr range : network(peer.network()).addressSpace()) {
                routes.add(EffectiveRoute.system(range, NextHopType.ConnectedGroup, peer.network()));
            }
        }
        RouteTable table = routeTableOf(subnet);
        if (hasPrivateEndpoints) {
            routes.addAll(privateEndpoints().routesFor(network, subnet, table));   // docs/azure/private-endpoints.md#routes
        }
        routes.add(EffectiveRoute.system(Cidr.ANY, NextHopType.Internet, null));
        if (subnet.ipv6AddressPrefix() != null) {
            routes.add(EffectiveRoute.system(Cidr.ANY_IPV6, NextHopType.Internet, null));   // docs/azure/ipv6.md#routes
        }
        // The reserved None routes, removed where the network's own space equals or contains them
        // (docs/azure/routing.md#reserved-prefix-overlap).
        for (Cidr reserved : DEFAULT_NONE_PREFIXES) {
            if (!anyContains(network.addressSpace(), reserved)) {
                routes.add(EffectiveRoute.system(reserved, NextHopType.None, null));
            }
        }
        // Global peering routes come after the defaults, as Azure lists them (Learn module unit 4 output,
        // docs/azure/learn-module.md#unit-4).
        routes.addAll(global);
        // ---- gateway and user routes
        if (table == null || !table.disableBgpRoutePropagation()) {
            routes.addAll(gatewayRoutes(network, subnet));                          // docs/azure/gateways.md#gateway-routes, docs/azure/routing.md#optional-system-routes; cut by docs/azure/routing.md#gateway-route-propagation
        }
        if (table != null) {
            routes = withUserRoutes(routes, table);                         // docs/azure/routing.md#route-tables
        }
        // docs/azure/service-endpoints.md#routes; the check keeps the route class unloaded where no subnet has endpoints
        List<ServiceEndpointRoute> endpoints = subnet.serviceEndpoints().isEmpty() ? List.of()
                : ServiceEndpointRoute.of(subnet);
        return new EffectiveRouteTable(subnetId, RouteSelection.withStates(routes), endpoints);   // docs/azure/routing.md#invalid-routes
    }

    private Subnet subnet(ResourceId subnetId) {
        Optional<Subnet> subnet = state.subnet(subnetId);
        if (subnet.isEmpty()) {
            throw new IllegalArgumentException("No subnet " + subnetId + " in this topology.");
        }
        return subnet.get();
    }

    /** The route table associated with {@code subnet}, or {@code null}. */
    private RouteTable routeTableOf(Subnet subnet) {
        Optional<ResourceId> id = subnet.routeTable();
        return id.isPresent() ? state.get(RouteTable.class, id.get()).orElse(null) : null;
    }

    private static boolean anyContains(List<Cidr> ranges, Cidr prefix) {
        for (Cidr range : ranges) {
            if (range.contains(prefix)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- all-pairs support

    private volatile List<Cidr> distinguishingPrefixes;
    private final Map<Cidr, Boolean> splitSubnets = new ConcurrentHashMap<>();

    /**
     * Whether some prefix that routing or filtering decides on lies strictly inside {@code prefix}: then addresses of
     * {@code prefix} may be treated differently from one another, and cannot share an equivalence class.
     */
    boolean hasRouteInside(Cidr prefix) {
        return splitSubnets.computeIfAbsent(prefix, p -> AllPairsReachability.splits(distinguishingPrefixes(), p));
    }

    /**
     * Every prefix a stage of the walk compares addresses against: the effective routes of every subnet and the
     * addresses they forward to, and the literal addresses of every security rule. A stage that decides on
     * addresses of its own (a load balancer frontend, a firewall rule) adds its prefixes here, so that all-pairs
     * classes never put two addresses it tells apart together.
     */
    private List<Cidr> distinguishingPrefixes() {
        List<Cidr> prefixes = distinguishingPrefixes;
        if (prefixes == null) {
            Set<Cidr> distinct = new java.util.LinkedHashSet<>();
            for (VirtualNetwork network : state.networks()) {
                for (Subnet subnet : network.subnets()) {
                    for (EffectiveRoute route : effectiveRoutesOfSubnet(subnet.id()).routes()) {
                        distinct.add(route.addressPrefix());
                        route.nextHopIpAddresses().forEach(ip -> distinct.add(Cidr.host(ip)));
                    }
                }
            }
            for (io.vnetlab.model.NetworkSecurityGroup group : state.all(io.vnetlab.model.NetworkSecurityGroup.class)) {
                for (io.vnetlab.model.SecurityRule rule : group.securityRules()) {
                    rule.sourceAddressPrefixes().forEach(p -> AddressContext.literalPrefix(p).ifPresent(distinct::add));
                    rule.destinationAddressPrefixes().forEach(p ->
                            AddressContext.literalPrefix(p).ifPresent(distinct::add));
                }
            }
            prefixes = List.copyOf(distinct);
            distinguishingPrefixes = prefixes;
        }
        return prefixes;
    }

    /**
     * Routes with source VirtualNetworkGateway: what the network's gateways (own or by transit) learn
     * (docs/azure/gateways.md#gateway-routes).
     */
    private List<EffectiveRoute> gatewayRoutes(VirtualNetwork network, Subnet subnet) {
        List<EffectiveRoute> result = new ArrayList<>();
        for (VirtualNetworkGateway gateway : gateways.gatewaysServing(network.id(), subnet.name())) {
            for (Cidr prefix : gateways.learnt(gateway)) {
                result.add(new EffectiveRoute(RouteSource.VirtualNetworkGateway, RouteState.Active, prefix,
                        NextHopType.VirtualNetworkGateway, List.of(gateway.ipAddress()), null, gateway.id()));
            }
        }
        return result;
    }

    /**
     * Appends the user routes; which routes they override is {@link RouteSelection#withStates}'s to decide
     * (docs/azure/routing.md#invalid-routes).
     */
    private static List<EffectiveRoute> withUserRoutes(List<EffectiveRoute> routes, RouteTable table) {
        Set<Cidr> userPrefixes = new HashSet<>();
        for (Route route : table.routes()) {
            userPrefixes.add(route.addressPrefix());
        }
        // A user route for 0.0.0.0/0 removes the reserved None routes from the subnet's table: Microsoft's routing
        // overview, "Routing example" (Subnet1 against Subnet2): "Azure removed the routes for the 10.0.0.0/8,
        // 192.168.0.0/16, and 100.64.0.0/10 address prefixes from the Subnet1 route table when the user-defined
        // route for the 0.0.0.0/0 address prefix was added" (docs/azure/routing.md#user-default-route).
        // 172.16.0.0/12 goes with them, being listed here as docs/azure/decisions.md#route-172-16 decides.
        boolean userDefaultRoute = userPrefixes.contains(Cidr.ANY);
        List<EffectiveRoute> result = new ArrayList<>();
        for (EffectiveRoute r : routes) {
            if (userDefaultRoute && r.source() == RouteSource.Default && r.nextHopType() == NextHopType.None
                    && r.origin() == null && DEFAULT_NONE_PREFIXES.contains(r.addressPrefix())) {
                continue;
            }
            result.add(r);
        }
        for (Route route : table.routes()) {
            result.add(new EffectiveRoute(RouteSource.User, RouteState.Active, route.addressPrefix(),
                    NextHopType.valueOf(route.nextHopType().name()),
                    route.nextHopIp().isPresent() ? List.of(route.nextHopIp().get()) : List.of(), route.name(),
                    table.id()));
        }
        return result;
    }

    // ---------------------------------------------------------------- routing questions

    /**
     * Network Watcher's next hop (docs/azure/cli-and-network-watcher.md#next-hop): the route a packet from {@code nic}
     * to {@code destination} takes — its type, next hop IP, and the route table that decided or {@code System Route}.
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

    // ---- outbound access (docs/azure/outbound-access.md)

    private volatile OutboundResolver outbound;

    /**
     * How {@code nic} reaches the Internet and with which source address, by Azure's precedence
     * (docs/azure/outbound-access.md#precedence), for a flow of any protocol; {@link OutboundAccess.Method#NONE} in a
     * private subnet, or in a Standard load balancer's pool, without an explicit method.
     */
    public OutboundAccess outboundAccess(NetworkInterface nic) {
        return outboundAccess(nic, null);
    }

    /**
     * The same for flows of one protocol: a load balancer translates only the protocols its rule names, and only TCP
     * and UDP (docs/azure/outbound-access.md#load-balancers); {@code null} asks for any protocol.
     */
    public OutboundAccess outboundAccess(NetworkInterface nic, io.vnetlab.model.Protocol protocol) {
        OutboundResolver resolver = outbound;
        if (resolver == null) {
            resolver = new OutboundResolver(state);
            outbound = resolver;
        }
        return resolver.of(nic, protocol);
    }

    private volatile FirewallRules firewallRules;

    /** Azure Firewall rule evaluation over this state (docs/azure/azure-firewall.md#processing-order). */
    FirewallRules firewallRules() {
        FirewallRules known = firewallRules;
        if (known == null) {
            known = new FirewallRules(state);
            firewallRules = known;
        }
        return known;
    }

    /**
     * What {@code az network vnet-gateway list-learned-routes} answers (docs/azure/bgp.md#learned-routes): the
     * gateway's own prefixes and its static site prefixes (origin {@code Network}), then every route its BGP peers
     * sent it (origin {@code EBgp}), best or not.
     */
    public List<GatewayRoute> learnedRoutes(VirtualNetworkGateway gateway) {
        IpAddress self = gateway.ipAddress();
        List<GatewayRoute> result = new ArrayList<>();
        java.util.Set<Cidr> listed = new java.util.LinkedHashSet<>(gateways.originated(gateway));
        BgpPropagation bgp = gateways.bgp();
        for (Cidr prefix : gateways.learnt(gateway)) {
            if (!bgp.installed(gateway.id()).containsKey(prefix)) {
                listed.add(prefix);   // static: a site's prefixes, the far network of a Vnet2Vnet without BGP
            }
        }
        for (Cidr prefix : listed) {
            result.add(new GatewayRoute(self, prefix, null, GatewayRoute.Origin.Network, self, List.of(),
                    GatewayRoute.WEIGHT));
        }
        for (BgpPropagation.Held held : bgp.received(gateway.id())) {
            result.add(new GatewayRoute(self, held.prefix(), held.from().address(), GatewayRoute.Origin.EBgp,
                    held.from().address(), held.asPath(), GatewayRoute.WEIGHT));
        }
        return result;
    }

    /**
     * What {@code az network vnet-gateway list-advertised-routes --peer} answers (docs/azure/bgp.md#learned-routes):
     * the routes {@code gateway} advertises to its BGP peer at {@code peer}, its own ASN first on each path; empty
     * when {@code peer} is not one of its BGP peers.
     */
    public List<GatewayRoute> advertisedRoutes(VirtualNetworkGateway gateway, IpAddress peer) {
        List<GatewayRoute> result = new ArrayList<>();
        for (BgpPropagation.Held held : gateways.bgp().advertisedTo(gateway.id(), peer).orElse(List.of())) {
            result.add(new GatewayRoute(gateway.ipAddress(), held.prefix(), gateway.ipAddress(),
                    GatewayRoute.Origin.Igp, null, held.asPath(), 0));
        }
        return result;
    }

    private volatile PrivateEndpointRoutes privateEndpoints;

    /** The private endpoints of this state, indexed by network on first use. */
    PrivateEndpointRoutes privateEndpoints() {
        PrivateEndpointRoutes current = privateEndpoints;
        if (current == null) {
            current = new PrivateEndpointRoutes(this);
            privateEndpoints = current;
        }
        return current;
    }

    /** The private endpoint whose interface {@code nic} is. */
    PrivateEndpoint privateEndpointOf(NetworkInterface nic) {
        for (PrivateEndpoint endpoint : state.all(PrivateEndpoint.class)) {
            if (endpoint.networkInterfaceId().equals(nic.id())) {
                return endpoint;
            }
        }
        throw new IllegalStateException("No private endpoint with interface " + nic.id() + " in this state");
    }

    private volatile ManagedNetworking managed;

    /** What the deployed network manager configurations mean here, built on first use. */
    ManagedNetworking managed() {
        ManagedNetworking current = managed;
        if (current == null) {
            current = ManagedNetworking.of(state);
            managed = current;
        }
        return current;
    }

    // ---- network security groups

    private volatile SecurityPlane security;

    /** The NSG view of this data plane, built on first use. */
    private volatile LoadBalancing loadBalancing;

    /**
     * The frontend of an internal load balancer at {@code address} in network {@code networkId}, if any: every
     * delivery asks, and a state without load balancers answers without their index.
     */
    Optional<LoadBalancing.FrontendAt> privateFrontend(ResourceId networkId, IpAddress address) {
        return hasLoadBalancers ? loadBalancing().privateFrontend(networkId, address) : Optional.empty();
    }

    /** The load balancers of this state, indexed on first use. */
    LoadBalancing loadBalancing() {
        LoadBalancing current = loadBalancing;
        if (current == null) {
            current = new LoadBalancing(this);
            loadBalancing = current;
        }
        return current;
    }

    SecurityPlane security() {
        SecurityPlane current = security;
        if (current == null && inheritedSecurity != null) {
            current = SecurityPlane.recompiled(this, inheritedSecurity);
            security = current;
        }
        if (current == null) {
            current = new SecurityPlane(this);
            security = current;
        }
        return current;
    }

    /**
     * Network Watcher's IP flow verify (docs/azure/cli-and-network-watcher.md#ip-flow-verify): whether the NSGs of
     * {@code nic} and of its subnet allow a packet, and the rule that decided. NSGs only, not routes
     * (docs/azure/cli-and-network-watcher.md#ip-flow-verify).
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
