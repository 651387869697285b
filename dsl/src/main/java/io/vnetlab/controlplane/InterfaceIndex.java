package io.vnetlab.controlplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;
import org.pcollections.HashTreePMap;
import org.pcollections.OrderedPMap;
import org.pcollections.PMap;

import java.util.List;
import java.util.Optional;

/**
 * The network interfaces of one state by subnet (in creation order) and by private address within their network,
 * so that allocating an address or finding a next hop's interface looks at one subnet, not at every interface of
 * the topology. An immutable value carried from state to state: each change costs O(log n).
 *
 * <p>An address belongs to at most one interface of a network: addresses are unique within a subnet, and the
 * subnets of a network do not overlap.
 */
final class InterfaceIndex {

    static final InterfaceIndex EMPTY = new InterfaceIndex(HashTreePMap.empty(), HashTreePMap.empty(),
            HashTreePMap.empty());

    private final PMap<ResourceId, OrderedPMap<ResourceId, NetworkInterface>> bySubnet;
    private final PMap<ResourceId, PMap<IpAddress, NetworkInterface>> byNetworkAddress;
    /**
     * Every interface holding an address, whatever its network: networks that are not peered may reuse a space, so
     * an address alone can name several interfaces, and a question by address must know how many.
     */
    private final PMap<IpAddress, OrderedPMap<ResourceId, NetworkInterface>> byAddress;

    private InterfaceIndex(PMap<ResourceId, OrderedPMap<ResourceId, NetworkInterface>> bySubnet,
                           PMap<ResourceId, PMap<IpAddress, NetworkInterface>> byNetworkAddress,
                           PMap<IpAddress, OrderedPMap<ResourceId, NetworkInterface>> byAddress) {
        this.bySubnet = bySubnet;
        this.byNetworkAddress = byNetworkAddress;
        this.byAddress = byAddress;
    }

    /** The interfaces in {@code subnetId}, in creation order. */
    List<NetworkInterface> in(ResourceId subnetId) {
        OrderedPMap<ResourceId, NetworkInterface> nics = bySubnet.get(subnetId);
        return nics == null ? List.of() : List.copyOf(nics.values());
    }

    /** The interface holding {@code address} in network {@code networkId}. */
    Optional<NetworkInterface> at(ResourceId networkId, IpAddress address) {
        PMap<IpAddress, NetworkInterface> nics = byNetworkAddress.get(networkId);
        return nics == null ? Optional.empty() : Optional.ofNullable(nics.get(address));
    }

    /** The interfaces holding {@code address}, in any network, in creation order. */
    List<NetworkInterface> holding(IpAddress address) {
        OrderedPMap<ResourceId, NetworkInterface> nics = byAddress.get(address);
        return nics == null ? List.of() : List.copyOf(nics.values());
    }

    /** After {@code replaced} (null when added) became {@code nic}. */
    InterfaceIndex put(NetworkInterface replaced, NetworkInterface nic) {
        InterfaceIndex index = replaced == null ? this : remove(replaced);
        OrderedPMap<ResourceId, NetworkInterface> inSubnet = index.bySubnet.getOrDefault(nic.subnetId(),
                OrderedPMap.empty());
        if (replaced != null && replaced.subnetId().equals(nic.subnetId())) {
            // replacing in the subnet's map keeps the interface in its creation position
            inSubnet = bySubnet.get(nic.subnetId());
        }
        PMap<IpAddress, NetworkInterface> inNetwork = index.byNetworkAddress.getOrDefault(nic.networkId(),
                HashTreePMap.empty());
        inNetwork = inNetwork.plus(nic.privateIpAddress(), nic);
        PMap<IpAddress, OrderedPMap<ResourceId, NetworkInterface>> byAddress = held(index.byAddress,
                nic.privateIpAddress(), nic);
        if (nic.privateIpv6Address() != null) {
            inNetwork = inNetwork.plus(nic.privateIpv6Address(), nic);
            byAddress = held(byAddress, nic.privateIpv6Address(), nic);
        }
        for (IpAddress secondary : nic.secondaryAddresses()) {
            inNetwork = inNetwork.plus(secondary, nic);
            byAddress = held(byAddress, secondary, nic);
        }
        return new InterfaceIndex(index.bySubnet.plus(nic.subnetId(), inSubnet.plus(nic.id(), nic)),
                index.byNetworkAddress.plus(nic.networkId(), inNetwork), byAddress);
    }

    /** After {@code nic} was deleted. */
    InterfaceIndex remove(NetworkInterface nic) {
        OrderedPMap<ResourceId, NetworkInterface> inSubnet = bySubnet.get(nic.subnetId()).minus(nic.id());
        PMap<IpAddress, NetworkInterface> inNetwork = byNetworkAddress.get(nic.networkId());
        NetworkInterface holder = inNetwork.get(nic.privateIpAddress());
        if (holder != null && holder.id().equals(nic.id())) {
            inNetwork = inNetwork.minus(nic.privateIpAddress());
        }
        NetworkInterface v6holder = nic.privateIpv6Address() == null ? null : inNetwork.get(nic.privateIpv6Address());
        if (v6holder != null && v6holder.id().equals(nic.id())) {
            inNetwork = inNetwork.minus(nic.privateIpv6Address());
        }
        PMap<IpAddress, OrderedPMap<ResourceId, NetworkInterface>> byAddress = released(this.byAddress,
                nic.privateIpAddress(), nic);
        if (nic.privateIpv6Address() != null) {
            byAddress = released(byAddress, nic.privateIpv6Address(), nic);
        }
        for (IpAddress secondary : nic.secondaryAddresses()) {
            NetworkInterface secondaryHolder = inNetwork.get(secondary);
            if (secondaryHolder != null && secondaryHolder.id().equals(nic.id())) {
                inNetwork = inNetwork.minus(secondary);
            }
            byAddress = released(byAddress, secondary, nic);
        }
        return new InterfaceIndex(inSubnet.isEmpty() ? bySubnet.minus(nic.subnetId()) : bySubnet.plus(nic.subnetId(), inSubnet),
                inNetwork.isEmpty() ? byNetworkAddress.minus(nic.networkId())
                        : byNetworkAddress.plus(nic.networkId(), inNetwork),
                byAddress);
    }

    private static PMap<IpAddress, OrderedPMap<ResourceId, NetworkInterface>> held(
            PMap<IpAddress, OrderedPMap<ResourceId, NetworkInterface>> byAddress, IpAddress address,
            NetworkInterface nic) {
        return byAddress.plus(address, byAddress.getOrDefault(address, OrderedPMap.empty()).plus(nic.id(), nic));
    }

    private static PMap<IpAddress, OrderedPMap<ResourceId, NetworkInterface>> released(
            PMap<IpAddress, OrderedPMap<ResourceId, NetworkInterface>> byAddress, IpAddress address,
            NetworkInterface nic) {
        OrderedPMap<ResourceId, NetworkInterface> holders = byAddress.get(address);
        if (holders == null) {
            return byAddress;
        }
        holders = holders.minus(nic.id());
        return holders.isEmpty() ? byAddress.minus(address) : byAddress.plus(address, holders);
    }
}
