package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.model.Peering;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The prefixes of the {@code VirtualNetwork} service tag as the NSGs of one subnet see it
 * (docs/azure/network-security-groups.md#virtual-network-tag,
 * docs/azure/network-security-groups.md#virtual-network-tag, docs/azure/reachability.md#outbound-filtering,
 * docs/azure/decisions.md#virtual-network-access-off): the network's own address space; the synced space of each peer
 * whose peering from this network is {@code Connected} with {@code allowVirtualNetworkAccess}
 * (docs/azure/peering.md#virtual-network-access-off DERIVED model); the on-premises prefixes reached through gateways;
 * the prefixes of the subnet's user-defined routes; and the host virtual IP 168.63.129.16.
 *
 * <p>The gateway and route-table sources are the two {@code // seam} methods below: they are empty until gateways,
 * local network gateways and route tables exist in the model (the routing issue), which plugs them in there.
 */
final class VirtualNetworkServiceTag {

    /** The host virtual IP, part of the tag (docs/azure/network-security-groups.md#virtual-network-tag). */
    static final Cidr HOST_VIRTUAL_IP = Cidr.parse("168.63.129.16/32");

    private VirtualNetworkServiceTag() {
    }

    /** The tag's prefixes for NSGs filtering a NIC in {@code subnet}, in the order of the sources above. */
    static List<Cidr> prefixes(DataPlane plane, Subnet subnet) {
        VirtualNetwork network = plane.network(subnet.networkId());
        Set<Cidr> result = new LinkedHashSet<>(network.addressSpace());
        for (Peering peering : plane.peeringsOf(network.id())) {
            if (peering.isConnected() && peering.allowVirtualNetworkAccess()) {
                result.addAll(peering.remoteAddressSpace());
            }
        }
        for (ManagedNetworking.GroupPeer peer : plane.managed().groupPeers(network.id())) {
            result.addAll(plane.network(peer.network()).addressSpace());   // a connected group is peered space too
        }
        result.addAll(onPremisesPrefixes(plane, network));
        result.addAll(userRoutePrefixes(plane, subnet));
        result.add(HOST_VIRTUAL_IP);
        return new ArrayList<>(result);
    }

    /**
     * Seam for the routing issue: the prefixes of on-premises sites and of networks connected through a virtual
     * network gateway of this network, or of the hub whose gateway it uses ({@code useRemoteGateways})
     * (docs/azure/network-security-groups.md#virtual-network-tag).
     */
    static List<Cidr> onPremisesPrefixes(DataPlane plane, VirtualNetwork network) {
        List<Cidr> prefixes = new ArrayList<>();
        for (VirtualNetworkGateway gateway : plane.gateways().gatewaysServing(network.id())) {
            prefixes.addAll(plane.gateways().learnt(gateway));
        }
        return prefixes;
    }

    /**
     * Seam for the routing issue: the address prefixes of the user-defined routes of {@code subnet}'s route table;
     * a route {@code 0.0.0.0/0 -> VirtualAppliance} puts 0.0.0.0/0 in the tag
     * (docs/azure/network-security-groups.md#virtual-network-tag, #default-route-in-tag).
     */
    static List<Cidr> userRoutePrefixes(DataPlane plane, Subnet subnet) {
        Optional<RouteTable> table = subnet.routeTable().isPresent()
                ? plane.state().get(RouteTable.class, subnet.routeTable().get()) : Optional.empty();
        if (table.isEmpty()) {
            return List.of();
        }
        List<Cidr> prefixes = new ArrayList<>();
        for (Route route : table.get().routes()) {
            prefixes.add(route.addressPrefix());
        }
        return prefixes;
    }
}
