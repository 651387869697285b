package io.vnetlab.controlplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PeeringState;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.Subscription;
import io.vnetlab.model.Tenant;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import org.apiguardian.api.API;
import org.pcollections.HashTreePMap;
import org.pcollections.OrderedPMap;
import org.pcollections.OrderedPSet;
import org.pcollections.PMap;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Everything a topology holds at one moment: an immutable value. Every control-plane operation makes a new one
 * (or throws and leaves the old one in place), so a state can be shared between threads, forks and compiled
 * data-plane snapshots without copying. Read it with {@code io.vnetlab.Topology.state()}.
 *
 * <p>The tables are persistent maps from <a href="https://github.com/hrldcpr/pcollections">PCollections</a>: a new
 * state shares everything it did not change with the old one, so one operation costs O(log n) whatever the size
 * of the topology, and keeping an old state (a fork, a compiled data plane) costs nothing. PCollections rather than
 * Capsule because its {@code OrderedPMap} keeps insertion order, which listings need (the CLI lists resources in
 * creation order), while Capsule's maps have no order; PCollections is MIT-licensed, released regularly, and has
 * no dependencies of its own. The indexes the operations need (resources by name, peerings by network, the
 * spaces each network is peered with, interfaces by subnet and by address) are carried from state to state the same
 * way instead of being rebuilt, so building a topology costs time in proportion to its size.
 */
@API(status = MAINTAINED, since = "0.1")
public final class TopologyState {

    private static final TopologyState EMPTY = new TopologyState(0, OrderedPMap.empty(), OrderedPMap.empty(),
            HashTreePMap.empty(), HashTreePMap.empty(), PeeringIndex.EMPTY, PeeredSpaceIndex.EMPTY, InterfaceIndex.EMPTY);

    private final long version;
    private final OrderedPMap<String, Tenant> tenants;
    private final OrderedPMap<String, Subscription> subscriptions;
    /** Every ARM resource, one table per record type, each in creation order. */
    private final PMap<Class<?>, OrderedPMap<ResourceId, Object>> resources;
    /** Per record type: lower-case name to the ids of the resources of that name, in creation order. */
    private final PMap<Class<?>, PMap<String, OrderedPSet<ResourceId>>> byName;
    private final PeeringIndex peeringIndex;
    private final PeeredSpaceIndex peeredSpaces;
    private final InterfaceIndex interfaceIndex;

    private TopologyState(long version, OrderedPMap<String, Tenant> tenants,
                          OrderedPMap<String, Subscription> subscriptions,
                          PMap<Class<?>, OrderedPMap<ResourceId, Object>> resources,
                          PMap<Class<?>, PMap<String, OrderedPSet<ResourceId>>> byName, PeeringIndex peeringIndex,
                          PeeredSpaceIndex peeredSpaces, InterfaceIndex interfaceIndex) {
        this.version = version;
        this.tenants = tenants;
        this.subscriptions = subscriptions;
        this.resources = resources;
        this.byName = byName;
        this.peeringIndex = peeringIndex;
        this.peeredSpaces = peeredSpaces;
        this.interfaceIndex = interfaceIndex;
    }

    public static TopologyState empty() {
        return EMPTY;
    }

    /** Increases with every successful operation. */
    public long version() {
        return version;
    }

    // ---------------------------------------------------------------- generic access, by record type

    /** Every resource of one type (a model record class), in creation order. */
    @SuppressWarnings("unchecked")
    public <T> Collection<T> all(Class<T> type) {
        OrderedPMap<ResourceId, Object> table = resources.get(type);
        return table == null ? List.of() : (Collection<T>) Collections.unmodifiableCollection(table.values());
    }

    /**
     * An opaque token for the table of one resource type: the same object in two states exactly when no resource of
     * that type changed between them (states share unchanged tables). The data plane uses it to reuse what it
     * compiled.
     */
    public Object tableToken(Class<?> type) {
        OrderedPMap<ResourceId, Object> table = resources.get(type);
        return table == null ? NO_TABLE : table;
    }

    private static final Object NO_TABLE = new Object();

    /** The record types that have a table in this state: with {@link #resources(Class)}, every resource, generically. */
    public java.util.Set<Class<?>> resourceTypes() {
        return Collections.unmodifiableSet(resources.keySet());
    }

    /** Every resource of one type by id, in creation order (what comparing two states walks). */
    public java.util.Map<ResourceId, Object> resources(Class<?> type) {
        OrderedPMap<ResourceId, Object> table = resources.get(type);
        return table == null ? java.util.Map.of() : Collections.unmodifiableMap(table);
    }

    /**
     * An opaque token for what gateway transit depends on (the peerings that carry a transit flag, their state and
     * synced spaces, the networks' spaces): the same object in two states when none of it changed between them.
     */
    public Object transitToken() {
        return peeringIndex.transitToken();
    }

    /** The resource of this type and id. */
    public <T> Optional<T> get(Class<T> type, ResourceId id) {
        OrderedPMap<ResourceId, Object> table = resources.get(type);
        return table == null ? Optional.empty() : Optional.ofNullable(type.cast(table.get(id)));
    }

    /**
     * The resources of this type whose id ends in {@code name} (compared ignoring case, as Azure compares names), in
     * creation order: resources in different groups may share a name.
     */
    public <T> List<T> named(Class<T> type, String name) {
        OrderedPSet<ResourceId> ids = byName.getOrDefault(type, HashTreePMap.empty()).get(nameKey(name));
        if (ids == null) {
            return List.of();
        }
        OrderedPMap<ResourceId, Object> table = resources.get(type);
        if (ids.size() == 1) {
            return List.of(type.cast(table.get(ids.iterator().next())));   // most names name one resource
        }
        return ids.stream().map(id -> type.cast(table.get(id))).toList();
    }

    private static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private PMap<String, OrderedPSet<ResourceId>> namedPlus(Class<?> type, ResourceId id) {
        PMap<String, OrderedPSet<ResourceId>> names = byName.getOrDefault(type, HashTreePMap.empty());
        String key = nameKey(id.name());
        return names.plus(key, names.getOrDefault(key, OrderedPSet.empty()).plus(id));
    }

    private PMap<String, OrderedPSet<ResourceId>> namedMinus(Class<?> type, ResourceId id) {
        PMap<String, OrderedPSet<ResourceId>> names = byName.get(type);
        String key = nameKey(id.name());
        OrderedPSet<ResourceId> left = names.get(key).minus(id);
        return left.isEmpty() ? names.minus(key) : names.plus(key, left);
    }

    /** A new state with {@code resource} stored under {@code id} (added, or replacing the old one in place). */
    <T> TopologyState with(Class<T> type, ResourceId id, T resource) {
        OrderedPMap<ResourceId, Object> table = resources.getOrDefault(type, OrderedPMap.empty());
        Object replaced = table.get(id);
        PeeringIndex peerings = peeringIndex;
        PeeredSpaceIndex spaces = peeredSpaces;
        InterfaceIndex interfaces = interfaceIndex;
        if (type == Peering.class) {
            peerings = peerings.put((Peering) replaced, (Peering) resource);
            spaces = peered(unpeered(spaces, (Peering) replaced), (Peering) resource);
        } else if (type == VirtualNetwork.class && (replaced == null
                || !((VirtualNetwork) replaced).addressSpace().equals(((VirtualNetwork) resource).addressSpace()))) {
            peerings = peerings.networkChanged(id);
            spaces = respaced(spaces, id, (VirtualNetwork) replaced, (VirtualNetwork) resource);
        } else if (type == VirtualNetwork.class
                && !((VirtualNetwork) replaced).subnets().equals(((VirtualNetwork) resource).subnets())) {
            // a subnet peering peers subnet prefixes: its sync level may change with them
            // (docs/azure/subnet-peering.md#syncing)
            peerings = peerings.networkChanged(id);
        } else if (type == NetworkInterface.class) {
            interfaces = interfaces.put((NetworkInterface) replaced, (NetworkInterface) resource);
        }
        return new TopologyState(version + 1, tenants, subscriptions, resources.plus(type, table.plus(id, resource)),
                replaced == null ? byName.plus(type, namedPlus(type, id)) : byName, peerings, spaces, interfaces);
    }

    /** A new state without the resource of this type and id. */
    <T> TopologyState without(Class<T> type, ResourceId id) {
        OrderedPMap<ResourceId, Object> table = resources.get(type);
        Object removed = table == null ? null : table.get(id);
        if (removed == null) {
            return this;
        }
        PeeringIndex peerings = peeringIndex;
        PeeredSpaceIndex spaces = peeredSpaces;
        InterfaceIndex interfaces = interfaceIndex;
        if (type == Peering.class) {
            peerings = peerings.remove((Peering) removed);
            spaces = unpeered(spaces, (Peering) removed);
        } else if (type == VirtualNetwork.class) {
            peerings = peerings.networkChanged(id);
            spaces = respaced(spaces, id, (VirtualNetwork) removed, null);
        } else if (type == NetworkInterface.class) {
            interfaces = interfaces.remove((NetworkInterface) removed);
        }
        return new TopologyState(version + 1, tenants, subscriptions, resources.plus(type, table.minus(id)),
                byName.plus(type, namedMinus(type, id)), peerings, spaces, interfaces);
    }

    // A network counts as peered with the remote network of each of its peerings, with the remote network's current
    // space; a Disconnected peering (orphaned: the remote network or its side was deleted) still counts, with the
    // space it last peered: what Azure compares a new peering's spaces against
    // (docs/azure/peering.md#orphaned-peering-overlap).

    // A subnet peering counts with the subnet prefixes it peered (docs/azure/subnet-peering.md#overlap).

    /** The space of {@code remote} that {@code p} counts as peered with, for the overlap checks. */
    static List<Cidr> peeredSpace(Peering p, VirtualNetwork remote) {
        return p.isSubnetPeering() ? p.remoteAddressSpace() : remote.addressSpace();
    }

    private PeeredSpaceIndex peered(PeeredSpaceIndex spaces, Peering p) {
        if (p.state() == PeeringState.Disconnected) {
            return spaces.plus(p.localNetworkId(), p.remoteNetworkId(), p.remoteAddressSpace());
        }
        Optional<VirtualNetwork> remote = network(p.remoteNetworkId());
        return remote.isEmpty() ? spaces
                : spaces.plus(p.localNetworkId(), p.remoteNetworkId(), peeredSpace(p, remote.get()));
    }

    private PeeredSpaceIndex unpeered(PeeredSpaceIndex spaces, Peering p) {
        if (p != null && p.state() == PeeringState.Disconnected) {
            return spaces.minus(p.localNetworkId(), p.remoteNetworkId(), p.remoteAddressSpace());
        }
        Optional<VirtualNetwork> remote = p == null ? Optional.empty() : network(p.remoteNetworkId());
        return remote.isEmpty() ? spaces
                : spaces.minus(p.localNetworkId(), p.remoteNetworkId(), peeredSpace(p, remote.get()));
    }

    /** After network {@code networkId} went from {@code before} to {@code after} (either null when absent). */
    private PeeredSpaceIndex respaced(PeeredSpaceIndex spaces, ResourceId networkId, VirtualNetwork before,
                                      VirtualNetwork after) {
        for (Peering p : peeringIndex.pointingAt(networkId)) {
            if (p.state() != PeeringState.Disconnected && !p.isSubnetPeering()) {
                spaces = before == null ? spaces : spaces.minus(p.localNetworkId(), networkId, before.addressSpace());
                spaces = after == null ? spaces : spaces.plus(p.localNetworkId(), networkId, after.addressSpace());
            }
        }
        return spaces;
    }

    /**
     * A new state where the peerings in {@code derived} replace those of the same id, and every peering's derived
     * fields count as up to date: only {@link PeeringOperations#derivePeerings} calls this, with what it derived.
     */
    TopologyState withDerivedPeerings(Collection<Peering> derived) {
        if (derived.isEmpty()) {
            PeeringIndex upToDate = peeringIndex.derived();
            return upToDate == peeringIndex ? this : new TopologyState(version, tenants, subscriptions, resources,
                    byName, upToDate, peeredSpaces, interfaceIndex);
        }
        OrderedPMap<ResourceId, Object> table = resources.get(Peering.class);
        PeeringIndex peerings = peeringIndex;
        for (Peering p : derived) {
            table = table.plus(p.id(), p);
            peerings = peerings.putDerived(p);
        }
        return new TopologyState(version + 1, tenants, subscriptions, resources.plus(Peering.class, table),
                byName, peerings.derived(), peeredSpaces, interfaceIndex);
    }

    /** The ids of the peerings whose derived fields may be out of date since they were last derived. */
    Set<ResourceId> peeringsToDerive() {
        return peeringIndex.stale();
    }

    // ---------------------------------------------------------------- the state as stored resources

    /** One resource as the state stores it: the type of its table, its id, and the record. */
    public record StoredResource(Class<?> type, ResourceId id, Object resource) {
    }

    /**
     * Every resource, table by table (tables ordered by type name, so that two equal states list alike), each table
     * in creation order: with {@link #tenants()} and {@link #subscriptions()}, all a state holds that its indexes are
     * not derived from. {@link #rebuilt} makes the state back from it, whatever resource types it holds.
     */
    public List<StoredResource> storedResources() {
        List<Class<?>> types = new java.util.ArrayList<>(resources.keySet());
        types.sort(java.util.Comparator.comparing(Class::getName));
        List<StoredResource> stored = new java.util.ArrayList<>();
        for (Class<?> type : types) {
            resources.get(type).forEach((id, resource) -> stored.add(new StoredResource(type, id, resource)));
        }
        return stored;
    }

    /**
     * The state holding these tenants, subscriptions and resources, its indexes derived again as each resource is
     * stored: the inverse of {@link #storedResources()}. The indexes are functions of what is stored, not of the
     * order it was stored in, so the order of the tables does not matter.
     */
    @SuppressWarnings("unchecked")
    public static TopologyState rebuilt(Collection<Tenant> tenants, Collection<Subscription> subscriptions,
                                        List<StoredResource> resources) {
        TopologyState state = EMPTY;
        for (Tenant t : tenants) {
            state = state.withTenant(t);
        }
        for (Subscription s : subscriptions) {
            state = state.withSubscription(s);
        }
        for (StoredResource r : resources) {
            state = state.with((Class<Object>) r.type(), r.id(), r.resource());
        }
        return state;
    }

    // ---------------------------------------------------------------- typed access

    public Collection<Tenant> tenants() {
        return tenants.values();
    }

    public Collection<Subscription> subscriptions() {
        return subscriptions.values();
    }

    public Collection<ResourceGroup> resourceGroups() {
        return all(ResourceGroup.class);
    }

    /** All virtual networks, in the order they were created. */
    public Collection<VirtualNetwork> networks() {
        return all(VirtualNetwork.class);
    }

    /** All peerings (each direction is one), in the order they were created. */
    public Collection<Peering> peerings() {
        return all(Peering.class);
    }

    public Collection<NetworkInterface> networkInterfaces() {
        return all(NetworkInterface.class);
    }

    public Collection<VirtualMachine> virtualMachines() {
        return all(VirtualMachine.class);
    }

    public Optional<Tenant> tenant(String id) {
        return Optional.ofNullable(tenants.get(id.toLowerCase(Locale.ROOT)));
    }

    public Optional<Subscription> subscription(String id) {
        return Optional.ofNullable(subscriptions.get(id.toLowerCase(Locale.ROOT)));
    }

    public Optional<ResourceGroup> resourceGroup(ResourceId id) {
        return get(ResourceGroup.class, id);
    }

    public Optional<VirtualNetwork> network(ResourceId id) {
        return get(VirtualNetwork.class, id);
    }

    public Optional<Peering> peering(ResourceId id) {
        return get(Peering.class, id);
    }

    public Optional<NetworkInterface> networkInterface(ResourceId id) {
        return get(NetworkInterface.class, id);
    }

    public Optional<VirtualMachine> virtualMachine(ResourceId id) {
        return get(VirtualMachine.class, id);
    }

    /** The subnet with this id. */
    public Optional<Subnet> subnet(ResourceId subnetId) {
        return subnetId.parent().flatMap(this::network).flatMap(n -> n.subnet(subnetId.name()));
    }

    /** The peerings owned by {@code networkId}, in creation order. */
    public List<Peering> peeringsOf(ResourceId networkId) {
        return peeringIndex.ownedBy(networkId);
    }

    /**
     * Whether {@code space} overlaps the space of a network that {@code networkId} is peered with (over a peering
     * that is not Disconnected), other than {@code except}.
     */
    boolean overlapsPeerOf(ResourceId networkId, List<Cidr> space, ResourceId except) {
        return peeredSpaces.overlapsPeerOf(networkId, space, except);
    }

    /**
     * The networks {@code networkId} is peered with whose address space, as peered, holds exactly {@code prefix}, an
     * IPv4 prefix: the remote network's current space over a complete peering, the prefixes of the peered subnets
     * over a subnet peering, the space last peered over a Disconnected one. One lookup in an index kept with the
     * state: a hub with hundreds of peerings is not scanned. IPv6 prefixes are not indexed.
     *
     * @throws IllegalArgumentException for an IPv6 prefix
     */
    @API(status = INTERNAL, since = "0.1")
    public Set<ResourceId> peersWithPrefix(ResourceId networkId, Cidr prefix) {
        if (prefix.isIPv6()) {
            throw new IllegalArgumentException("IPv6 prefixes are not indexed: " + prefix);
        }
        return peeredSpaces.peersWithPrefix(networkId, prefix);
    }

    /** Whether any peering of this state is a subnet peering (docs/azure/subnet-peering.md). */
    @API(status = INTERNAL, since = "0.1")
    public boolean hasSubnetPeerings() {
        return peeringIndex.hasSubnetPeerings();
    }

    /** How many peerings {@code networkId} owns. */
    int peeringCountOf(ResourceId networkId) {
        return peeringIndex.countOwnedBy(networkId);
    }

    /** The peerings of other networks whose remote network is {@code networkId}. */
    List<Peering> peeringsTowards(ResourceId networkId) {
        return peeringIndex.pointingAt(networkId);
    }

    /** The peering of the remote network that points back at the local one: the other direction. */
    public Optional<Peering> counterpart(Peering peering) {
        return peeringIndex.between(peering.remoteNetworkId(), peering.localNetworkId());
    }

    /** The peering of {@code localNetworkId} to {@code remoteNetworkId}, if there is one. */
    public Optional<Peering> peeringBetween(ResourceId localNetworkId, ResourceId remoteNetworkId) {
        return peeringIndex.between(localNetworkId, remoteNetworkId);
    }

    /** The network interfaces in {@code subnetId}, in creation order. */
    public List<NetworkInterface> networkInterfacesIn(ResourceId subnetId) {
        return interfaceIndex.in(subnetId);
    }

    /** The network interface holding {@code address} in network {@code networkId}. */
    public Optional<NetworkInterface> networkInterfaceAt(ResourceId networkId, IpAddress address) {
        return interfaceIndex.at(networkId, address);
    }

    /** The network interfaces holding {@code address}, in any network, in creation order. */
    public List<NetworkInterface> networkInterfacesHolding(IpAddress address) {
        return interfaceIndex.holding(address);
    }

    /** The primary network interface of a VM. */
    public NetworkInterface primaryNetworkInterface(VirtualMachine vm) {
        return networkInterface(vm.primaryNetworkInterfaceId()).orElseThrow();
    }

    // ---- copy-on-write: package-private, used only by the control plane after validation ----

    TopologyState withTenant(Tenant t) {
        return new TopologyState(version + 1, tenants.plus(t.id().toLowerCase(Locale.ROOT), t), subscriptions,
                resources, byName, peeringIndex, peeredSpaces, interfaceIndex);
    }

    TopologyState withSubscription(Subscription s) {
        return new TopologyState(version + 1, tenants, subscriptions.plus(s.id().toLowerCase(Locale.ROOT), s),
                resources, byName, peeringIndex, peeredSpaces, interfaceIndex);
    }

    TopologyState withResourceGroup(ResourceGroup g) {
        return with(ResourceGroup.class, g.id(), g);
    }

    TopologyState withoutResourceGroup(ResourceId id) {
        return without(ResourceGroup.class, id);
    }

    TopologyState withNetwork(VirtualNetwork n) {
        return with(VirtualNetwork.class, n.id(), n);
    }

    TopologyState withoutNetwork(ResourceId id) {
        return without(VirtualNetwork.class, id);
    }

    TopologyState withPeering(Peering p) {
        return with(Peering.class, p.id(), p);
    }

    TopologyState withoutPeering(ResourceId id) {
        return without(Peering.class, id);
    }

    TopologyState withNetworkInterface(NetworkInterface nic) {
        return with(NetworkInterface.class, nic.id(), nic);
    }

    TopologyState withoutNetworkInterface(ResourceId id) {
        return without(NetworkInterface.class, id);
    }

    TopologyState withVirtualMachine(VirtualMachine vm) {
        return with(VirtualMachine.class, vm.id(), vm);
    }

    TopologyState withoutVirtualMachine(ResourceId id) {
        return without(VirtualMachine.class, id);
    }
}
