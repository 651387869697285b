package io.vnetlab.address;

import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4AddressAssociativeTrie;
import inet.ipaddr.ipv6.IPv6AddressAssociativeTrie;
import inet.ipaddr.format.util.AssociativeAddressTrie;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A longest-prefix-match table from prefixes to values, on the {@code ipaddress} library's associative tries, one
 * per address family. Built once, then read: safe to share between threads once filled.
 *
 * <pre>{@code
 * PrefixTable<String> table = new PrefixTable<>();
 * table.put(Cidr.parse("10.0.0.0/8"), "None");
 * table.put(Cidr.parse("10.1.0.0/16"), "VnetLocal");
 * table.longestMatch(IpAddress.parse("10.1.1.4"));   // Optional[VnetLocal]
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public final class PrefixTable<V> {

    private final IPv4AddressAssociativeTrie<V> v4 = new IPv4AddressAssociativeTrie<>();
    private IPv6AddressAssociativeTrie<V> v6;

    /** Maps {@code prefix} to {@code value}, replacing an earlier value of the same prefix. */
    public void put(Cidr prefix, V value) {
        if (prefix.isIPv6()) {
            if (v6 == null) {
                v6 = new IPv6AddressAssociativeTrie<>();
            }
            v6.put(prefix.toIPAddress().toIPv6(), value);
        } else {
            v4.put(prefix.toIPv4Address(), value);
        }
    }

    /** The value of the longest prefix that contains {@code address}. */
    public Optional<V> longestMatch(IpAddress address) {
        IPAddress ip = address.toIPAddress();
        AssociativeAddressTrie.AssociativeTrieNode<?, V> node;
        if (ip.isIPv6()) {
            node = v6 == null ? null : v6.longestPrefixMatchNode(ip.toIPv6());
        } else {
            node = v4.longestPrefixMatchNode(ip.toIPv4());
        }
        return node == null ? Optional.empty() : Optional.ofNullable(node.getValue());
    }

    /** The values of every prefix that contains {@code address}, most specific first. */
    public List<V> allMatches(IpAddress address) {
        List<V> result = new ArrayList<>();
        IPAddress ip = address.toIPAddress();
        AssociativeAddressTrie.AssociativeTrieNode<?, V> node;
        if (ip.isIPv6()) {
            node = v6 == null ? null : v6.elementsContaining(ip.toIPv6());
        } else {
            node = v4.elementsContaining(ip.toIPv4());
        }
        while (node != null) {
            if (node.isAdded()) {
                result.add(0, node.getValue());
            }
            node = node.getUpperSubNode() != null ? node.getUpperSubNode() : node.getLowerSubNode();
        }
        return result;
    }

    public boolean isEmpty() {
        return v4.isEmpty() && (v6 == null || v6.isEmpty());
    }
}
