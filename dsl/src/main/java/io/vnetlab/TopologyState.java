package io.vnetlab;

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
    private final Map<ResourceId, ResourceGroup> resourceGroups;
    private final Map<ResourceId, VirtualNetwork> networks;
    private final Map<ResourceId, Peering> peerings;
    private final Map<ResourceId, NetworkInterface> networkInterfaces;
    private final Map<ResourceId, VirtualMachine> virtualMachines;

    private TopologyState(long version, Map<String, Tenant> tenants, Map<String, Subscription> subscriptions,
                          Map<ResourceId, ResourceGroup> resourceGroups, Map<ResourceId, VirtualNetwork> networks,
                          Map<ResourceId, Peering> peerings, Map<ResourceId, NetworkInterface> networkInterfaces,
                          Map<ResourceId, VirtualMachine> virtualMachines) {
        this.version = version;
        this.tenants = tenants;
        this.subscriptions = subscriptions;
        this.resourceGroups = resourceGroups;
        this.networks = networks;
        this.peerings = peerings;
        this.networkInterfaces = networkInterfaces;
        this.virtualMachines = virtualMachines;
    }

    static TopologyState empty() {
        return new TopologyState(0, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());
    }

    /** Increases with every successful operation; two states of one topology with one version are the same. */
    public long version() {
        return version;
    }

    public Collection<Tenant> tenants() {
        return tenants.values();
    }

    public Collection<Subscription> subscriptions() {
        return subscriptions.values();
    }

    public Collection<ResourceGroup> resourceGroups() {
        return resourceGroups.values();
    }

    /** All virtual networks, in the order they were created. */
    public Collection<VirtualNetwork> networks() {
        return networks.values();
    }

    /** All peerings (each direction is one), in the order they were created. */
    public Collection<Peering> peerings() {
        return peerings.values();
    }

    public Collection<NetworkInterface> networkInterfaces() {
        return networkInterfaces.values();
    }

    public Collection<VirtualMachine> virtualMachines() {
        return virtualMachines.values();
    }

    public Optional<Tenant> tenant(String id) {
        return Optional.ofNullable(tenants.get(id.toLowerCase(Locale.ROOT)));
    }

    public Optional<Subscription> subscription(String id) {
        return Optional.ofNullable(subscriptions.get(id.toLowerCase(Locale.ROOT)));
    }

    public Optional<ResourceGroup> resourceGroup(ResourceId id) {
        return Optional.ofNullable(resourceGroups.get(id));
    }

    public Optional<VirtualNetwork> network(ResourceId id) {
        return Optional.ofNullable(networks.get(id));
    }

    public Optional<Peering> peering(ResourceId id) {
        return Optional.ofNullable(peerings.get(id));
    }

    public Optional<NetworkInterface> networkInterface(ResourceId id) {
        return Optional.ofNullable(networkInterfaces.get(id));
    }

    public Optional<VirtualMachine> virtualMachine(ResourceId id) {
        return Optional.ofNullable(virtualMachines.get(id));
    }

    /** The subnet with this id. */
    public Optional<Subnet> subnet(ResourceId subnetId) {
        return subnetId.parent().flatMap(this::network).flatMap(n -> n.subnet(subnetId.name()));
    }

    /** The peerings owned by {@code networkId}, in creation order. */
    public List<Peering> peeringsOf(ResourceId networkId) {
        List<Peering> result = new ArrayList<>();
        for (Peering p : peerings.values()) {
            if (p.localNetworkId().equals(networkId)) {
                result.add(p);
            }
        }
        return result;
    }

    /** The peering of the remote network that points back at the local one: the other direction. */
    public Optional<Peering> counterpart(Peering peering) {
        for (Peering p : peerings.values()) {
            if (p.localNetworkId().equals(peering.remoteNetworkId()) && p.remoteNetworkId().equals(peering.localNetworkId())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The network interfaces in {@code subnetId}. */
    public List<NetworkInterface> networkInterfacesIn(ResourceId subnetId) {
        List<NetworkInterface> result = new ArrayList<>();
        for (NetworkInterface nic : networkInterfaces.values()) {
            if (nic.subnetId().equals(subnetId)) {
                result.add(nic);
            }
        }
        return result;
    }

    /** The network interface holding {@code address} in network {@code networkId}. */
    public Optional<NetworkInterface> networkInterfaceAt(ResourceId networkId, IpAddress address) {
        for (NetworkInterface nic : networkInterfaces.values()) {
            if (nic.privateIpAddress().equals(address) && nic.networkId().equals(networkId)) {
                return Optional.of(nic);
            }
        }
        return Optional.empty();
    }

    /** The primary network interface of a VM. */
    public NetworkInterface primaryNetworkInterface(VirtualMachine vm) {
        return networkInterfaces.get(vm.primaryNetworkInterfaceId());
    }

    // ---- copy-on-write: package-private, used only by the control plane after validation ----

    TopologyState withTenant(Tenant t) {
        return copy(put(tenants, t.id().toLowerCase(Locale.ROOT), t), subscriptions, resourceGroups, networks, peerings,
                networkInterfaces, virtualMachines);
    }

    TopologyState withSubscription(Subscription s) {
        return copy(tenants, put(subscriptions, s.id().toLowerCase(Locale.ROOT), s), resourceGroups, networks, peerings,
                networkInterfaces, virtualMachines);
    }

    TopologyState withResourceGroup(ResourceGroup g) {
        return copy(tenants, subscriptions, put(resourceGroups, g.id(), g), networks, peerings, networkInterfaces,
                virtualMachines);
    }

    TopologyState withoutResourceGroup(ResourceId id) {
        return copy(tenants, subscriptions, remove(resourceGroups, id), networks, peerings, networkInterfaces,
                virtualMachines);
    }

    TopologyState withNetwork(VirtualNetwork n) {
        return copy(tenants, subscriptions, resourceGroups, put(networks, n.id(), n), peerings, networkInterfaces,
                virtualMachines);
    }

    TopologyState withoutNetwork(ResourceId id) {
        return copy(tenants, subscriptions, resourceGroups, remove(networks, id), peerings, networkInterfaces,
                virtualMachines);
    }

    TopologyState withPeering(Peering p) {
        return copy(tenants, subscriptions, resourceGroups, networks, put(peerings, p.id(), p), networkInterfaces,
                virtualMachines);
    }

    TopologyState withoutPeering(ResourceId id) {
        return copy(tenants, subscriptions, resourceGroups, networks, remove(peerings, id), networkInterfaces,
                virtualMachines);
    }

    TopologyState withPeerings(Function<Peering, Peering> update) {
        Map<ResourceId, Peering> copy = new LinkedHashMap<>();
        peerings.forEach((id, p) -> copy.put(id, update.apply(p)));
        return copy(tenants, subscriptions, resourceGroups, networks, Collections.unmodifiableMap(copy),
                networkInterfaces, virtualMachines);
    }

    TopologyState withNetworkInterface(NetworkInterface nic) {
        return copy(tenants, subscriptions, resourceGroups, networks, peerings, put(networkInterfaces, nic.id(), nic),
                virtualMachines);
    }

    TopologyState withoutNetworkInterface(ResourceId id) {
        return copy(tenants, subscriptions, resourceGroups, networks, peerings, remove(networkInterfaces, id),
                virtualMachines);
    }

    TopologyState withVirtualMachine(VirtualMachine vm) {
        return copy(tenants, subscriptions, resourceGroups, networks, peerings, networkInterfaces,
                put(virtualMachines, vm.id(), vm));
    }

    TopologyState withoutVirtualMachine(ResourceId id) {
        return copy(tenants, subscriptions, resourceGroups, networks, peerings, networkInterfaces,
                remove(virtualMachines, id));
    }

    private TopologyState copy(Map<String, Tenant> t, Map<String, Subscription> s, Map<ResourceId, ResourceGroup> g,
                               Map<ResourceId, VirtualNetwork> n, Map<ResourceId, Peering> p,
                               Map<ResourceId, NetworkInterface> i, Map<ResourceId, VirtualMachine> v) {
        return new TopologyState(version + 1, t, s, g, n, p, i, v);
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
