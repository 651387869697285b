package io.vnetlab.controlplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.Subscription;
import io.vnetlab.model.Tenant;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything a topology holds at one moment: an immutable value. Every control-plane operation makes a new one
 * (or throws and leaves the old one in place), so a state can be shared between threads, forks and compiled
 * data-plane snapshots without copying. Read it with {@link Topology#state()}.
 */
public final class TopologyState {

    private final long version;
    private final Map<String, Tenant> tenants;
    private final Map<String, Subscription> subscriptions;
    /** Every ARM resource, one table per record type, each in creation order. */
    private final Map<Class<?>, Map<ResourceId, Object>> resources;

    private TopologyState(long version, Map<String, Tenant> tenants, Map<String, Subscription> subscriptions,
                          Map<Class<?>, Map<ResourceId, Object>> resources) {
        this.version = version;
        this.tenants = tenants;
        this.subscriptions = subscriptions;
        this.resources = resources;
    }

    public static TopologyState empty() {
        return new TopologyState(0, Map.of(), Map.of(), Map.of());
    }

    /** Increases with every successful operation. */
    public long version() {
        return version;
    }

    // ---------------------------------------------------------------- generic access, by record type

    /** Every resource of one type (a model record class), in creation order. */
    @SuppressWarnings("unchecked")
    public <T> Collection<T> all(Class<T> type) {
        Map<ResourceId, Object> table = resources.get(type);
        return table == null ? List.of() : (Collection<T>) Collections.unmodifiableCollection(table.values());
    }

    /**
     * An opaque token for the table of one resource type: the same object in two states exactly when no resource of
     * that type changed between them (states share unchanged tables). The data plane uses it to reuse what it
     * compiled.
     */
    public Object tableToken(Class<?> type) {
        Map<ResourceId, Object> table = resources.get(type);
        return table == null ? NO_TABLE : table;
    }

    private static final Object NO_TABLE = new Object();

    /** The resource of this type and id. */
    public <T> Optional<T> get(Class<T> type, ResourceId id) {
        Map<ResourceId, Object> table = resources.get(type);
        return table == null ? Optional.empty() : Optional.ofNullable(type.cast(table.get(id)));
    }

    /** A new state with {@code resource} stored under {@code id} (added, or replacing the old one in place). */
    <T> TopologyState with(Class<T> type, ResourceId id, T resource) {
        Map<Class<?>, Map<ResourceId, Object>> copy = new LinkedHashMap<>(resources);
        copy.put(type, put(resources.getOrDefault(type, Map.of()), id, resource));
        TopologyState next = new TopologyState(version + 1, tenants, subscriptions, Collections.unmodifiableMap(copy));
        PeeringIndex index = peeringIndex;
        if (type == Peering.class && index != null) {
            // carry the index over instead of rebuilding it from every peering (issue 9: cheap changes)
            next.peeringIndex = index.with((Peering) resources.getOrDefault(Peering.class, Map.of()).get(id),
                    (Peering) resource);
        }
        return next;
    }

    /** A new state without the resource of this type and id. */
    <T> TopologyState without(Class<T> type, ResourceId id) {
        Map<ResourceId, Object> table = resources.get(type);
        if (table == null || !table.containsKey(id)) {
            return this;
        }
        Map<Class<?>, Map<ResourceId, Object>> copy = new LinkedHashMap<>(resources);
        copy.put(type, remove(table, id));
        return new TopologyState(version + 1, tenants, subscriptions, Collections.unmodifiableMap(copy));
    }

    /** A new state where every resource of this type is passed through {@code update}. */
    <T> TopologyState withAll(Class<T> type, Function<T, T> update) {
        Map<ResourceId, Object> table = resources.get(type);
        if (table == null) {
            return this;
        }
        Map<ResourceId, Object> updated = new LinkedHashMap<>();
        table.forEach((id, r) -> updated.put(id, update.apply(type.cast(r))));
        Map<Class<?>, Map<ResourceId, Object>> copy = new LinkedHashMap<>(resources);
        copy.put(type, Collections.unmodifiableMap(updated));
        return new TopologyState(version + 1, tenants, subscriptions, Collections.unmodifiableMap(copy));
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
        return peeringIndex().byLocal.getOrDefault(networkId, List.of());
    }

    /** The peering of the remote network that points back at the local one: the other direction. */
    public Optional<Peering> counterpart(Peering peering) {
        return Optional.ofNullable(peeringIndex().byPair.get(List.of(peering.remoteNetworkId(), peering.localNetworkId())));
    }

    /** The peering of {@code localNetworkId} to {@code remoteNetworkId}, if there is one. */
    public Optional<Peering> peeringBetween(ResourceId localNetworkId, ResourceId remoteNetworkId) {
        return Optional.ofNullable(peeringIndex().byPair.get(List.of(localNetworkId, remoteNetworkId)));
    }

    /** Peerings by owner and by (owner, remote), built once per state on first use (states never change). */
    private static final class PeeringIndex {
        final Map<ResourceId, List<Peering>> byLocal;
        final Map<List<ResourceId>, Peering> byPair;

        PeeringIndex() {
            this(new HashMap<>(), new HashMap<>());
        }

        private PeeringIndex(Map<ResourceId, List<Peering>> byLocal, Map<List<ResourceId>, Peering> byPair) {
            this.byLocal = byLocal;
            this.byPair = byPair;
        }

        /** The index after {@code replaced} (or nothing, when added) becomes {@code peering}, in place. */
        PeeringIndex with(Peering replaced, Peering peering) {
            Map<ResourceId, List<Peering>> local = new HashMap<>(byLocal);
            List<Peering> list = new ArrayList<>(local.getOrDefault(peering.localNetworkId(), List.of()));
            int at = replaced == null ? -1 : list.indexOf(replaced);
            if (at >= 0) {
                list.set(at, peering);
            } else {
                list.add(peering);
            }
            local.put(peering.localNetworkId(), Collections.unmodifiableList(list));
            Map<List<ResourceId>, Peering> pairs = new HashMap<>(byPair);
            pairs.put(List.of(peering.localNetworkId(), peering.remoteNetworkId()), peering);
            return new PeeringIndex(local, pairs);
        }
    }

    private volatile PeeringIndex peeringIndex;

    private PeeringIndex peeringIndex() {
        PeeringIndex index = peeringIndex;
        if (index == null) {
            index = new PeeringIndex();
            for (Peering p : peerings()) {
                index.byLocal.computeIfAbsent(p.localNetworkId(), k -> new ArrayList<>()).add(p);
                index.byPair.putIfAbsent(List.of(p.localNetworkId(), p.remoteNetworkId()), p);
            }
            index.byLocal.replaceAll((k, v) -> Collections.unmodifiableList(v));
            peeringIndex = index;
        }
        return index;
    }

    /** The network interfaces in {@code subnetId}. */
    public List<NetworkInterface> networkInterfacesIn(ResourceId subnetId) {
        List<NetworkInterface> result = new ArrayList<>();
        for (NetworkInterface nic : networkInterfaces()) {
            if (nic.subnetId().equals(subnetId)) {
                result.add(nic);
            }
        }
        return result;
    }

    /** The network interface holding {@code address} in network {@code networkId}. */
    public Optional<NetworkInterface> networkInterfaceAt(ResourceId networkId, IpAddress address) {
        for (NetworkInterface nic : networkInterfaces()) {
            if (nic.privateIpAddress().equals(address) && nic.networkId().equals(networkId)) {
                return Optional.of(nic);
            }
        }
        return Optional.empty();
    }

    /** The primary network interface of a VM. */
    public NetworkInterface primaryNetworkInterface(VirtualMachine vm) {
        return networkInterface(vm.primaryNetworkInterfaceId()).orElseThrow();
    }

    // ---- copy-on-write: package-private, used only by the control plane after validation ----

    TopologyState withTenant(Tenant t) {
        return new TopologyState(version + 1, put(tenants, t.id().toLowerCase(Locale.ROOT), t), subscriptions, resources);
    }

    TopologyState withSubscription(Subscription s) {
        return new TopologyState(version + 1, tenants, put(subscriptions, s.id().toLowerCase(Locale.ROOT), s), resources);
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

    TopologyState withPeerings(Function<Peering, Peering> update) {
        return withAll(Peering.class, update);
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

    private static <K, V> Map<K, V> put(Map<K, V> map, K key, V value) {
        Map<K, V> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return Collections.unmodifiableMap(copy);
    }

    private static <K, V> Map<K, V> remove(Map<K, V> map, K key) {
        Map<K, V> copy = new LinkedHashMap<>(map);
        copy.remove(key);
        return Collections.unmodifiableMap(copy);
    }
}
