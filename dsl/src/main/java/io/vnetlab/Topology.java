package io.vnetlab;

import io.vnetlab.model.Arguments;

import io.vnetlab.controlplane.NetworkRequest;
import io.vnetlab.controlplane.ResourceBatch;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;

import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.DataPlane;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.Flow;
import io.vnetlab.dataplane.NextHop;
import io.vnetlab.dataplane.ReachabilityMatrix;
import io.vnetlab.dataplane.NameResolution;
import io.vnetlab.dataplane.NameResolver;
import io.vnetlab.dataplane.Verdict;
import io.vnetlab.render.VerdictRenderer;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A simulated Azure estate: tenants, subscriptions, resource groups, virtual networks, VMs and peerings, with
 * Azure's validation on every change and a data plane that answers reachability questions.
 *
 * <pre>{@code
 * Topology azure = Topology.create();
 * azure.networks().define("SalesVNet").withRegion(Region.NORTH_EUROPE)
 *         .withAddressSpace("10.1.0.0/16").withSubnet("Apps", "10.1.1.0/24").create();
 * azure.networks().define("MarketingVNet").withRegion(Region.NORTH_EUROPE)
 *         .withAddressSpace("10.2.0.0/16").withSubnet("Apps", "10.2.1.0/24").create();
 * azure.virtualMachines().define("SalesVM").withExistingPrimaryNetwork("SalesVNet").withSubnet("Apps").create();
 * azure.virtualMachines().define("MarketingVM").withExistingPrimaryNetwork("MarketingVNet").withSubnet("Apps").create();
 * azure.peer("SalesVNet").with("MarketingVNet").create();
 * azure.reach("SalesVM", "MarketingVM").reachable();   // true
 * Vm sales = azure.vm("SalesVM");                      // a live handle: it reads this topology on every call
 * sales.reach(azure.vm("MarketingVM")).reachable();    // true
 * }</pre>
 *
 * <p>Every operation either applies whole or throws an {@link io.vnetlab.model.AzureException} and leaves the
 * topology exactly as it was. A topology is safe to use from several threads; {@link #fork()} makes an independent
 * copy in constant time.
 */
@API(status = STABLE, since = "0.1")
public final class Topology {

    /** The tenant every new topology starts with. */
    public static final String DEFAULT_TENANT_ID = "11111111-1111-1111-1111-111111111111";
    /** The subscription every new topology starts with, and the current one until {@link #useSubscription}. */
    public static final String DEFAULT_SUBSCRIPTION_ID = "00000000-0000-0000-0000-000000000000";
    /** The resource group that resources go to when a definition names none; made on first use. */
    public static final String DEFAULT_RESOURCE_GROUP = "vnetlab-rg";

    private volatile TopologyState state;
    /** The batch that the thread holding this topology's lock is running, if any; DSL calls on that thread join it. */
    private volatile ResourceBatch openBatch;
    private volatile DataPlane dataPlane;
    private volatile String currentSubscriptionId;
    /** What names and handles resolved to in the state they were last asked of. */
    private volatile ResolvedNames resolvedNames = new ResolvedNames(null);

    private Topology(TopologyState state, String currentSubscriptionId) {
        this.state = state;
        this.currentSubscriptionId = currentSubscriptionId;
    }

    /** A topology with one tenant ("Default Directory") and one subscription ("vnetlab"), and nothing in them. */
    public static Topology create() {
        WalkClassPreloader.startOnce();   // the first question's classes load on another core while this one builds
        TopologyState s = ResourceManager.addTenant(TopologyState.empty(), DEFAULT_TENANT_ID, "Default Directory");
        s = ResourceManager.addSubscription(s, DEFAULT_SUBSCRIPTION_ID, "vnetlab", DEFAULT_TENANT_ID);
        return new Topology(s, DEFAULT_SUBSCRIPTION_ID);
    }

    /** Everything the topology holds now, as an immutable value. */
    public TopologyState state() {
        ResourceBatch batch = openBatch;
        return batch != null && Thread.holdsLock(this) ? batch.state() : state;
    }

    /**
     * An independent copy: changes to the fork never show in this topology, nor the other way round. Constant
     * time, since states are immutable and shared.
     */
    public Topology fork() {
        Topology fork = new Topology(state(), currentSubscriptionId);
        fork.dataPlane = dataPlane;
        return fork;
    }

    /** Applies one control-plane operation: all of it, or (if it throws) none of it. */
    synchronized <T> T apply(Operation<T> operation) {
        ResourceBatch batch = openBatch;
        Operation.Result<T> result = operation.apply(batch != null ? batch.state() : state);
        if (batch != null) {
            // a DSL call made inside batch(...): it becomes part of the batch, committed or dropped with it
            batch.apply(unchanged -> result.state());
        } else {
            changeTo(result.state());
        }
        return result.value();
    }

    void applyState(UnaryOperator<TopologyState> operation) {
        apply(s -> new Operation.Result<>(operation.apply(s), null));
    }

    /**
     * Puts this topology back to {@code saved}, a state read earlier with {@link #state()} (of this topology or
     * another one): every change made since is undone at once. States are immutable values, so saving one costs
     * nothing.
     *
     * <pre>{@code
     * TopologyState before = azure.state();
     * azure.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");
     * azure.restore(before);    // the peering is back, Connected
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code saved} is null
     */
    public void restore(TopologyState saved) {
        if (saved == null) {
            throw new IllegalArgumentException("'saved' cannot be null: pass a state read with topology.state().");
        }
        apply(s -> new Operation.Result<>(saved, null));   // inside batch(...), it joins the batch as any change
    }

    private void changeTo(TopologyState next) {
        if (next == state) {
            return;
        }
        state = next;
        for (java.util.function.Consumer<? super TopologyState> listener : changeListeners) {
            listener.accept(next);
        }
    }

    private final List<java.util.function.Consumer<? super TopologyState>> changeListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Calls {@code listener}, on the changing thread, with the new state after every change of this topology from
     * now on (each operation that applies, and {@link #restore}); operations that are refused change nothing and
     * call nothing. A {@link #fork()} starts with no listener. The listener runs while the topology holds its lock:
     * keep it short, and do not change the topology from it.
     *
     * <pre>{@code
     * List<TopologyState> changes = new CopyOnWriteArrayList<>();
     * shared.onChange(changes::add);
     * shared.peerings().delete("SalesVNet", "SalesVNet-To-MarketingVNet");   // changes now holds the new state
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code listener} is null
     */
    public void onChange(java.util.function.Consumer<? super TopologyState> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("'listener' cannot be null: pass the consumer of the new states.");
        }
        changeListeners.add(listener);
    }

    /** The subscription that definitions use when they name none. */
    public String currentSubscriptionId() {
        return currentSubscriptionId;
    }

    /** Makes {@code subscriptionId} the current subscription, as {@code az account set} does. */
    public Topology useSubscription(String subscriptionId) {
        this.currentSubscriptionId = ResourceManager.requireSubscription(state(), subscriptionId).id();
        return this;
    }

    // ------------------------------------------------------------------ resource collections

    public Tenants tenants() {
        return new Tenants(this);
    }

    public Subscriptions subscriptions() {
        return new Subscriptions(this);
    }

    public ResourceGroups resourceGroups() {
        return new ResourceGroups(this);
    }

    public Networks networks() {
        return new Networks(this);
    }

    public VirtualMachines virtualMachines() {
        return new VirtualMachines(this);
    }

    public NetworkInterfaces networkInterfaces() {
        return new NetworkInterfaces(this);
    }

    public Peerings peerings() {
        return new Peerings(this);
    }

    /**
     * Starts a peering from {@code network}: {@code .with(other)} peers both directions, {@code .to(other)} only
     * this one (which stays {@code Initiated} until the other side exists).
     */
    public PeeringStart peer(String network) {
        return new PeeringStart(this, network);
    }

    // ------------------------------------------------------------------ lookups by name or id

    /** The virtual network of this name (or ARM id). */
    public VirtualNetwork network(String nameOrId) {
        return Resolver.network(state(), nameOrId);
    }

    /** The subnet {@code subnetName} of network {@code network}. */
    public Subnet subnet(String network, String subnetName) {
        VirtualNetwork n = network(network);
        return n.subnet(subnetName).orElseThrow(() -> new IllegalArgumentException("Virtual network '" + n.name()
                + "' has no subnet named '" + subnetName + "'. Its subnets: "
                + n.subnets().stream().map(Subnet::name).reduce((a, b) -> a + ", " + b).orElse("none") + "."));
    }

    /**
     * A live handle on the virtual machine of this name (or ARM id): it reads this topology's current state on every
     * call, and its {@link Vm#snapshot() snapshot()} is the immutable record.
     *
     * <pre>{@code
     * Vm sales = azure.vm("SalesVM");
     * sales.reach(azure.vm("MarketingVM")).reachable();
     * assertThat(sales).canReach(azure.vm("MarketingVM"));   // io.vnetlab.assertj.NetworkAssertions
     * }</pre>
     *
     * @throws IllegalArgumentException if no VM has this name, listing the VMs there are
     */
    public Vm vm(String nameOrId) {
        TopologyState s = state();
        ResolvedNames names = resolvedNames(s);
        ResourceId known = nameOrId == null ? null : names.virtualMachine(nameOrId);
        if (known != null) {
            return new Vm(this, known);
        }
        return new Vm(this, names.rememberVirtualMachine(nameOrId, Resolver.virtualMachine(s, nameOrId).id()));
    }

    /** What names resolve to in {@code s}: the answers remembered while {@code s} is the state asked. */
    private ResolvedNames resolvedNames(TopologyState s) {
        ResolvedNames names = resolvedNames;
        if (!names.isOf(s)) {
            names = new ResolvedNames(s);
            resolvedNames = names;
        }
        return names;
    }

    /** The endpoint {@code host} stands for now: read once per state, as names are. */
    Endpoint endpointOf(ResourceHost<?> host) {
        TopologyState s = state();
        ResolvedNames names = resolvedNames(s);
        Endpoint known = names.endpoint(host.id());
        if (known != null) {
            return known;
        }
        Endpoint endpoint = host.endpointNow();
        // the handle read the state again: remember its answer only if that was still s
        return state() == s ? names.rememberEndpoint(host.id(), endpoint) : endpoint;
    }

    /**
     * A live handle on the network interface of this name (or ARM id); its {@link Nic#snapshot() snapshot()} is the
     * immutable record.
     *
     * @throws IllegalArgumentException if no interface has this name
     */
    public Nic networkInterface(String nameOrId) {
        return new Nic(this, Resolver.networkInterface(state(), nameOrId).id());
    }

    /**
     * A live handle on a VM, a network interface or an address, resolved as {@link #endpoint(String)} resolves
     * them: a {@link Vm}, a {@link Nic}, or an {@link AddressHost} (which is the interface that holds the address,
     * while one does, each time it is asked).
     *
     * <pre>{@code
     * azure.vm("WebVM").reach(azure.host("203.0.113.7"), Protocol.Tcp, 443);
     * }</pre>
     *
     * @throws IllegalArgumentException if the text names no VM or interface and is no IPv4 address
     */
    public Host host(String vmNicOrAddress) {
        Arguments.requireText(vmNicOrAddress, "endpoint");
        Optional<IpAddress> address = IpAddress.tryParse(vmNicOrAddress);
        if (address.isPresent()) {
            return new AddressHost(this, address.get());
        }
        return endpoint(vmNicOrAddress).networkInterfaceId().map(nic -> nicOrItsVm(nic, vmNicOrAddress))
                .orElseThrow();
    }

    /** The VM's handle when {@code name} names the VM that owns {@code nicId}, else the interface's. */
    private Host nicOrItsVm(ResourceId nicId, String name) {
        Nic nic = new Nic(this, nicId);
        return nic.virtualMachine().filter(vm -> vm.name().equalsIgnoreCase(name)
                || vm.id().toString().equalsIgnoreCase(name)).<Host>map(vm -> vm).orElse(nic);
    }

    /** The peering {@code name} of network {@code network}. */
    public Peering peering(String network, String name) {
        return peerings().get(network, name);
    }

    // ------------------------------------------------------------------ data plane

    /** The compiled data plane of the current state; compiled once per state, then shared. */
    public DataPlane dataPlane() {
        TopologyState current = state();
        DataPlane plane = dataPlane;
        if (plane == null) {
            plane = DataPlane.compile(current);
            dataPlane = plane;
        } else if (plane.state() != current) {
            plane = DataPlane.recompile(plane, current);   // reuses what the change did not touch
            dataPlane = plane;
        }
        return plane;
    }

    /**
     * A flow endpoint: a VM (its primary interface), a network interface, or an address, by name or text.
     */
    public Endpoint endpoint(String vmNicOrAddress) {
        Arguments.requireText(vmNicOrAddress, "endpoint");
        TopologyState s = state();
        ResolvedNames names = resolvedNames(s);
        Endpoint known = names.endpoint(vmNicOrAddress);
        if (known != null) {
            return known;
        }
        Endpoint endpoint = resolveEndpoint(s, vmNicOrAddress);
        // the data plane the endpoint came from read the state again: remember its answer only if that was still s
        return state() == s ? names.rememberEndpoint(vmNicOrAddress, endpoint) : endpoint;
    }

    private Endpoint resolveEndpoint(TopologyState s, String vmNicOrAddress) {
        Optional<IpAddress> address = IpAddress.tryParse(vmNicOrAddress);
        if (address.isPresent()) {
            List<NetworkInterface> holders = s.networkInterfacesHolding(address.get());
            return holders.size() == 1 ? endpoint(holders.get(0)) : Endpoint.address(address.get());
        }
        Optional<VirtualMachine> vm = Resolver.virtualMachineIfAny(s, vmNicOrAddress);
        if (vm.isPresent()) {
            return endpoint(vm.get());
        }
        Optional<NetworkInterface> nic = Resolver.networkInterfaceIfAny(s, vmNicOrAddress);
        if (nic.isPresent()) {
            return endpoint(nic.get());
        }
        for (io.vnetlab.model.PrivateEndpoint privateEndpoint : s.all(io.vnetlab.model.PrivateEndpoint.class)) {
            if (privateEndpoint.name().equalsIgnoreCase(vmNicOrAddress)
                    || privateEndpoint.id().toString().equalsIgnoreCase(vmNicOrAddress)) {
                return endpoint(s.networkInterface(privateEndpoint.networkInterfaceId()).orElseThrow());
            }
        }
        throw new IllegalArgumentException("'" + vmNicOrAddress + "' is neither a VM, a network interface nor an"
                + " IPv4 address of this topology. VMs: " + s.virtualMachines().stream().map(VirtualMachine::name)
                .reduce((a, b) -> a + ", " + b).orElse("none") + ".");
    }

    /** The endpoint of a VM: its primary network interface. */
    public Endpoint endpoint(VirtualMachine vm) {
        return dataPlane().endpoint(state().primaryNetworkInterface(vm));
    }

    /** The endpoint of a network interface. */
    public Endpoint endpoint(NetworkInterface nic) {
        return dataPlane().endpoint(nic);
    }

    /** Whether, and how, a new connection of any protocol gets from {@code from} to {@code to}. */
    public Verdict reach(String from, String to) {
        return evaluate(Flow.from(endpoint(from)).to(endpoint(to)));
    }

    /**
     * {@link #reach(String, String)}, explained hop by hop as plain text (the verdict itself holds facts; its
     * {@code toString()} is a one-line summary):
     *
     * <pre>{@code
     * System.out.print(azure.explain("SalesVM", "ResearchVM"));
     * }</pre>
     */
    public String explain(String from, String to) {
        return VerdictRenderer.render(reach(from, to));
    }

    /**
     * A VM's primary interface, or a network interface, at its IPv6 address: the end of an IPv6 flow
     * (docs/azure/ipv6.md#network-interfaces).
     *
     * <pre>{@code
     * topology.evaluate(Flow.from(topology.ipv6Endpoint("spoke-vm")).to(topology.ipv6Endpoint("hub-vm")));
     * }</pre>
     */
    public Endpoint ipv6Endpoint(String vmOrNic) {
        NetworkInterface nic = endpoint(vmOrNic).networkInterfaceId().flatMap(state()::networkInterface)
                .orElseThrow(() -> new IllegalArgumentException("'" + vmOrNic + "' is not a VM or network interface."));
        return dataPlane().ipv6Endpoint(nic);
    }

    /** Walks a flow through the current data plane. */
    public Verdict evaluate(Flow flow) {
        return notifyVerdict(dataPlane().evaluate(flow)); // verdict listeners
    }

    /** The effective routes of a VM's primary interface, or of a network interface, by name. */
    public EffectiveRouteTable effectiveRoutes(String vmOrNic) {
        Endpoint endpoint = endpoint(vmOrNic);
        NetworkInterface nic = endpoint.networkInterfaceId().flatMap(state()::networkInterface)
                .orElseThrow(() -> new IllegalArgumentException("'" + vmOrNic + "' is not a VM or network interface."));
        return dataPlane().effectiveRoutes(nic);
    }

    /**
     * Every VM against every other VM, in creation order: decided by equivalence classes (one walk per pair of
     * classes), each pair's verdict walked when it is read, and then seen by the verdict listeners.
     */
    public ReachabilityMatrix reachabilityMatrix() {
        DataPlane plane = dataPlane();
        return ReachabilityMatrix.of(plane, primaryEndpoints(plane)).explainedBy(this::evaluate);
    }

    private static List<Endpoint> primaryEndpoints(DataPlane plane) {
        List<Endpoint> vms = new ArrayList<>();
        for (VirtualMachine vm : plane.state().virtualMachines()) {
            vms.add(plane.endpoint(plane.state().primaryNetworkInterface(vm)));
        }
        return vms;
    }

    /** A short summary: counts of networks, peerings and VMs. */
    @Override
    public String toString() {
        TopologyState s = state();
        return "topology (" + s.networks().size() + " virtual networks, " + s.peerings().size() + " peerings, "
                + s.virtualMachines().size() + " VMs)";
    }

    /** The id of a resource in the current subscription. */
    ResourceId idInGroup(String group, String namespace, String type, String name) {
        return ResourceId.resource(currentSubscriptionId, group, namespace, type, name);
    }

    // ---- verdict listeners: lets the JUnit extension report the verdicts a failing test evaluated

    private final List<java.util.function.Consumer<? super Verdict>> verdictListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Calls {@code listener}, on the evaluating thread, with every verdict this topology evaluates from now on:
     * those of {@link #evaluate(Flow)}, {@link #reach(String, String)} and each pair of {@link #reachabilityMatrix()}
     * whose verdict is read.
     * A {@link #fork()} starts with no listener, so a listener on a fork sees only the fork's questions.
     *
     * <pre>{@code
     * List<Verdict> asked = new CopyOnWriteArrayList<>();
     * Topology mine = shared.fork();
     * mine.onVerdict(asked::add);
     * mine.reach("SalesVM", "ResearchVM");      // asked now holds its verdict
     * }</pre>
     *
     * @throws IllegalArgumentException if {@code listener} is null
     */
    public void onVerdict(java.util.function.Consumer<? super Verdict> listener) {
        if (listener == null) {
            throw new IllegalArgumentException("'listener' cannot be null: pass the consumer of the verdicts.");
        }
        verdictListeners.add(listener);
    }

    private Verdict notifyVerdict(Verdict verdict) {
        if (verdictListeners.isEmpty()) {
            return verdict;   // no iterator for the common case: a question asked in a loop
        }
        for (java.util.function.Consumer<? super Verdict> listener : verdictListeners) {
            listener.accept(verdict);
        }
        return verdict;
    }



    // ---- routing, gateways and appliances

    /** Load balancers: frontends, backend pools, probes and rules (docs/azure/load-balancers.md). */
    public LoadBalancers loadBalancers() {
        return new LoadBalancers(this);
    }

    /** Route tables and their association with subnets (docs/azure/routing.md#route-tables). */
    public RouteTables routeTables() {
        return new RouteTables(this);
    }

    /** Azure Virtual Network Manager: managers, groups, configurations and commits (docs/azure/virtual-network-manager.md). */
    public NetworkManagers networkManagers() {
        return new NetworkManagers(this);
    }

    /** VPN and ExpressRoute gateways, each in its network's GatewaySubnet (docs/azure/gateways.md). */
    public VirtualNetworkGateways virtualNetworkGateways() {
        return new VirtualNetworkGateways(this);
    }

    /** On-premises sites (local network gateways); an ExpressRoute circuit is modelled as one. */
    public LocalNetworkGateways localNetworkGateways() {
        return new LocalNetworkGateways(this);
    }

    /** Site-to-site, VNet-to-VNet and ExpressRoute connections of gateways. */
    public Connections connections() {
        return new Connections(this);
    }

    /** Azure Firewall policies, their rule collection groups, and IP groups. */
    public FirewallPolicies firewallPolicies() {
        return new FirewallPolicies(this);
    }

    /** Azure Firewalls. */
    public AzureFirewalls azureFirewalls() {
        return new AzureFirewalls(this);
    }

    /**
     * A live handle on the host at {@code address} in the on-premises site {@code site}:
     * {@code topology.onPremisesHost("OnPrem", "10.100.0.10").reach(topology.vm("spoke-vm"))}.
     *
     * @throws IllegalArgumentException if the site has no such name or the address is not behind it
     */
    public OnPremisesHost onPremisesHost(String site, String address) {
        LocalNetworkGateway gateway = localNetworkGateways().get(site);
        Arguments.requireText(address, "on-premises host address");
        if (!IpAddress.isValid(address)) {
            throw new IllegalArgumentException("'" + address + "' is not an IPv4 address, such as 10.100.0.10.");
        }
        IpAddress ip = IpAddress.parse(address);
        onPremisesEndpoint(gateway, ip);
        return new OnPremisesHost(this, gateway.id(), ip);
    }

    /** The endpoint of the host at {@code ip} behind {@code gateway}, checked to be behind it. */
    Endpoint onPremisesEndpoint(LocalNetworkGateway gateway, IpAddress ip) {
        if (!gateway.contains(ip)) {
            throw new IllegalArgumentException("Address " + ip + " is not behind site '" + gateway.name()
                    + "', whose prefixes are " + gateway.addressPrefixes() + ".");
        }
        return Endpoint.onPremises(gateway.id(), ip);
    }

    /** Whether, and how, a new connection of any protocol gets from {@code from} to {@code to}. */
    public Verdict reach(Endpoint from, Endpoint to) {
        return evaluate(Flow.from(from).to(to));
    }

    /**
     * Whether, and how, a new connection of any protocol gets from {@code from} to {@code to}, both handles of this
     * topology: {@code azure.reach(azure.onPremisesHost("OnPrem", "10.100.0.10"), azure.vm("spoke1-vm"))}.
     *
     * @throws IllegalArgumentException if either is a handle of another topology
     */
    public Verdict reach(Host from, Host to) {
        return reach(sameTopology(from).endpoint(), sameTopology(to).endpoint());
    }

    /** {@code host}, checked to be a handle of this topology: a fork's handles read the fork, not this. */
    Host sameTopology(Host host) {
        Arguments.requireGiven(host, "host");
        if (host.topology() != this) {
            throw new IllegalArgumentException(host + " is a handle of another topology (" + host.topology()
                    + "): get it from this one, as topology.vm(name) or topology.host(name) do.");
        }
        return host;
    }

    /**
     * Network Watcher's next hop (docs/azure/cli-and-network-watcher.md#next-hop,
     * {@code az network watcher show-next-hop}): the route a packet from VM {@code vm} (its primary interface, whose
     * address must be {@code sourceIp}) to {@code destinationIp} takes.
     */
    public NextHop nextHop(String vm, String sourceIp, String destinationIp) {
        Arguments.requireText(sourceIp, "source IP address");
        Arguments.requireText(destinationIp, "destination IP address");
        NetworkInterface nic = state().primaryNetworkInterface(vm(vm).snapshot());
        if (!IpAddress.isValid(sourceIp) || !nic.privateIpAddress().equals(IpAddress.parse(sourceIp))) {
            throw new IllegalArgumentException("Source IP " + sourceIp + " is not the address of VM '" + vm
                    + "' (" + nic.privateIpAddress() + ").");
        }
        if (!IpAddress.isValid(destinationIp)) {
            throw new IllegalArgumentException("'" + destinationIp + "' is not an IPv4 address.");
        }
        return dataPlane().nextHop(nic, IpAddress.parse(destinationIp));
    }

    // ---- ARM template deployments

    /**
     * Runs {@code work} on a {@link ResourceBatch} over a working copy of the current state and commits the result
     * atomically: if {@code work} throws, the topology is exactly as it was. Java DSL calls that {@code work} makes on
     * this topology (and batches nested in it) join the batch: they see its working state and are committed or
     * dropped with it. Other threads' changes to this topology wait until the batch ends.
     *
     * <pre>{@code
     * VirtualNetwork hub = topology.batch(b -> b.putNetwork(
     *         new NetworkRequest(id, Region.WEST_EUROPE, List.of("10.0.0.0/16"), List.of())));
     * }</pre>
     */
    public <T> T batch(java.util.function.Function<ResourceBatch, T> work) {
        io.vnetlab.model.Arguments.requireGiven(work, "work of the batch");
        return apply(s -> {
            ResourceBatch batch = new ResourceBatch(s, currentSubscriptionId);
            ResourceBatch enclosing = openBatch;
            openBatch = batch;
            try {
                T value = work.apply(batch);
                return new Operation.Result<>(batch.state(), value);
            } finally {
                openBatch = enclosing;
                batch.close();
            }
        });
    }

    // ---- network security groups

    /** The network security groups: rules, default rules, associations with subnets and interfaces. */
    public NetworkSecurityGroups networkSecurityGroups() {
        return new NetworkSecurityGroups(this);
    }

    /** The application security groups, which interfaces join and security rules name. */
    public ApplicationSecurityGroups applicationSecurityGroups() {
        return new ApplicationSecurityGroups(this);
    }

    /** The public IP addresses, through which VMs are reached from the Internet. */
    public PublicIpAddresses publicIpAddresses() {
        return new PublicIpAddresses(this);
    }

    /** The NAT gateways, which give subnets their outbound Internet access (docs/azure/outbound-access.md). */
    public NatGateways natGateways() {
        return new NatGateways(this);
    }

    /**
     * The private endpoints, each a read-only interface in its subnet that VMs of its own and directly peered networks
     * reach (docs/azure/private-endpoints.md).
     */
    public PrivateEndpoints privateEndpoints() {
        return new PrivateEndpoints(this);
    }

    /**
     * The private DNS zones, whose records the VMs of the networks linked to them resolve
     * (docs/azure/private-dns.md).
     */
    public PrivateDnsZones privateDnsZones() {
        return new PrivateDnsZones(this);
    }

    /**
     * How a VM resolves a name through Azure-provided DNS (docs/azure/private-dns.md#resolution): from the private
     * DNS zones linked to its network, following the alias public DNS gives the public name of a private endpoint's
     * target; the host names of its network; or public DNS, not simulated.
     *
     * <pre>{@code
     * topology.resolve("app-vm", "data.blob.core.windows.net").addresses();   // [10.0.2.4]
     * }</pre>
     *
     * @throws IllegalArgumentException if no VM has this name
     */
    public NameResolution resolve(String vm, String name) {
        Arguments.requireText(name, "name to resolve");
        TopologyState s = state();
        return NameResolver.resolve(s, Resolver.virtualMachine(s, vm).id(), name);
    }

    /** The Azure Bastion hosts, whose sessions reach VMs of their own and peered networks (docs/azure/bastion.md). */
    public BastionHosts bastionHosts() {
        return new BastionHosts(this);
    }

    /** The public IP prefixes, blocks of public addresses for NAT gateways. */
    public PublicIpPrefixes publicIpPrefixes() {
        return new PublicIpPrefixes(this);
    }

    /**
     * How a VM's primary interface, or a network interface, reaches the Internet and with which source address
     * (docs/azure/outbound-access.md#precedence).
     *
     * <pre>{@code
     * topology.outboundAccess("app-vm").method();          // NAT_GATEWAY
     * topology.outboundAccess("app-vm").sourceAddress();   // Optional[20.0.0.4]
     * }</pre>
     */
    public io.vnetlab.dataplane.OutboundAccess outboundAccess(String vmOrNic) {
        return outboundAccess(vmOrNic, null);
    }

    /**
     * The same for flows of one protocol: a load balancer translates TCP and UDP only, and a Standard load-balancing
     * rule only its own protocol (docs/azure/outbound-access.md#load-balancers); {@code null} asks for any protocol.
     *
     * <pre>{@code
     * topology.outboundAccess("web-vm", Protocol.Tcp).method();   // LOAD_BALANCER_RULE, by a Tcp rule
     * topology.outboundAccess("web-vm", Protocol.Udp).method();   // NONE: no rule of the pool translates UDP
     * }</pre>
     */
    public io.vnetlab.dataplane.OutboundAccess outboundAccess(String vmOrNic, Protocol protocol) {
        Endpoint endpoint = endpoint(vmOrNic);
        NetworkInterface nic = endpoint.networkInterfaceId().flatMap(state()::networkInterface)
                .orElseThrow(() -> new IllegalArgumentException("'" + vmOrNic + "' is not a VM or network interface."));
        return dataPlane().outboundAccess(nic, protocol);
    }

    /** Network Watcher: IP flow verify. */
    public NetworkWatcher networkWatcher() {
        return new NetworkWatcher(this);
    }

    /** Every VM against every other VM on one protocol and destination port, such as {@code Protocol.Tcp, 22}. */
    public ReachabilityMatrix reachabilityMatrix(io.vnetlab.model.Protocol protocol, int port) {
        DataPlane plane = dataPlane();
        return ReachabilityMatrix.of(plane, primaryEndpoints(plane), protocol, port);
    }

    /** The effective security rules of a VM's primary interface, or of a network interface, by name. */
    public io.vnetlab.dataplane.EffectiveSecurityRules effectiveSecurityRules(String vmOrNic) {
        Endpoint endpoint = endpoint(vmOrNic);
        NetworkInterface nic = endpoint.networkInterfaceId().flatMap(state()::networkInterface)
                .orElseThrow(() -> new IllegalArgumentException("'" + vmOrNic + "' is not a VM or network interface."));
        return dataPlane().effectiveSecurityRules(nic);
    }
}
