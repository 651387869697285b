package io.vnetlab.controlplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.model.ResourceId;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.TreePMap;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each network, the address prefixes of the networks it is peered with (over its peerings that are not
 * Disconnected), each with the peer it belongs to. Azure refuses a peering when one side overlaps a network the
 * other side is already peered with; with this index that check looks the new side's prefixes up instead of
 * comparing them with every peer. An immutable value carried from state to state: each change costs O(log n).
 *
 * <p>Prefixes are keyed by (first address, prefix length). Two prefixes overlap exactly when one contains the
 * other, so a prefix overlaps the entries that start inside it and the entries that are its supernets (at most one
 * per shorter prefix length). IPv6 prefixes are not indexed: the check covers IPv4 address spaces
 * (docs/azure/ipv6.md#limits-of-the-simulation).
 */
final class PeeredSpaceIndex {

    static final PeeredSpaceIndex EMPTY = new PeeredSpaceIndex(HashTreePMap.empty());

    /** Network id to: prefix key to the peers (with how many of their prefixes have that key) it came from. */
    private final PMap<ResourceId, TreePMap<Long, PMap<ResourceId, Integer>>> byNetwork;

    private PeeredSpaceIndex(PMap<ResourceId, TreePMap<Long, PMap<ResourceId, Integer>>> byNetwork) {
        this.byNetwork = byNetwork;
    }

    /**
     * Whether {@code space} overlaps the space of a network that {@code networkId} is peered with, other than
     * {@code except}. Exact: the caller may then look for the peer to name it.
     */
    boolean overlapsPeerOf(ResourceId networkId, List<Cidr> space, ResourceId except) {
        TreePMap<Long, PMap<ResourceId, Integer>> prefixes = byNetwork.get(networkId);
        if (prefixes == null) {
            return false;
        }
        for (Cidr cidr : space) {
            if (cidr.isIPv6()) {
                continue;
            }
            long first = cidr.firstAddress().longValue();
            long last = cidr.lastAddress().longValue();
            for (PMap<ResourceId, Integer> peers : prefixes.subMap(key(first, 0), true, key(last, 32), true).values()) {
                if (hasOtherThan(peers, except)) {
                    return true;
                }
            }
            for (int length = 0; length < cidr.prefixLength(); length++) {
                long mask = length == 0 ? 0 : (0xFFFF_FFFFL << (32 - length)) & 0xFFFF_FFFFL;
                PMap<ResourceId, Integer> peers = prefixes.get(key(first & mask, length));
                if (peers != null && hasOtherThan(peers, except)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The networks {@code networkId} is peered with whose space, as counted here, holds exactly {@code prefix}, an IPv4
     * prefix: one lookup, where scanning the peers of a hub would visit hundreds.
     */
    Set<ResourceId> peersWithPrefix(ResourceId networkId, Cidr prefix) {
        TreePMap<Long, PMap<ResourceId, Integer>> prefixes = byNetwork.get(networkId);
        PMap<ResourceId, Integer> peers = prefixes == null ? null : prefixes.get(key(prefix));
        return peers == null ? Set.of() : peers.keySet();
    }

    /** After {@code networkId} became peered with {@code peerId}, whose space is {@code peerSpace}. */
    PeeredSpaceIndex plus(ResourceId networkId, ResourceId peerId, List<Cidr> peerSpace) {
        TreePMap<Long, PMap<ResourceId, Integer>> prefixes = byNetwork.getOrDefault(networkId, TreePMap.empty());
        for (Cidr cidr : peerSpace) {
            if (cidr.isIPv6()) {
                continue;
            }
            long key = key(cidr);
            PMap<ResourceId, Integer> peers = prefixes.getOrDefault(key, HashTreePMap.empty());
            prefixes = prefixes.plus(key, peers.plus(peerId, peers.getOrDefault(peerId, 0) + 1));
        }
        return new PeeredSpaceIndex(byNetwork.plus(networkId, prefixes));
    }

    /** After {@code networkId} stopped being peered with {@code peerId}, whose space was {@code peerSpace}. */
    PeeredSpaceIndex minus(ResourceId networkId, ResourceId peerId, List<Cidr> peerSpace) {
        TreePMap<Long, PMap<ResourceId, Integer>> prefixes = byNetwork.get(networkId);
        if (prefixes == null) {
            return this;
        }
        for (Cidr cidr : peerSpace) {
            if (cidr.isIPv6()) {
                continue;
            }
            long key = key(cidr);
            PMap<ResourceId, Integer> peers = prefixes.get(key);
            Integer count = peers == null ? null : peers.get(peerId);
            if (count == null) {
                continue;
            }
            peers = count == 1 ? peers.minus(peerId) : peers.plus(peerId, count - 1);
            prefixes = peers.isEmpty() ? prefixes.minus(key) : prefixes.plus(key, peers);
        }
        return new PeeredSpaceIndex(prefixes.isEmpty() ? byNetwork.minus(networkId)
                : byNetwork.plus(networkId, prefixes));
    }

    private static boolean hasOtherThan(Map<ResourceId, Integer> peers, ResourceId except) {
        return peers.size() > 1 || !peers.containsKey(except);
    }

    private static long key(Cidr cidr) {
        return key(cidr.firstAddress().longValue(), cidr.prefixLength());
    }

    private static long key(long firstAddress, int prefixLength) {
        return firstAddress * 64 + prefixLength;
    }
}
