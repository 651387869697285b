package io.vnetlab.address;

import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv4.IPv4AddressAssociativeTrie;
import inet.ipaddr.ipv4.IPv4AddressAssociativeTrie.IPv4AssociativeTrieNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A longest-prefix-match table from prefixes to values, on the {@code ipaddress} library's associative trie.
 * Built once, then read: safe to share between threads once filled.
 *
 * <pre>{@code
 * PrefixTable<String> table = new PrefixTable<>();
 * table.put(Cidr.parse("10.0.0.0/8"), "None");
 * table.put(Cidr.parse("10.1.0.0/16"), "VnetLocal");
 * table.longestMatch(IpAddress.parse("10.1.1.4"));   // Optional[VnetLocal]
 * }</pre>
 */
public final class PrefixTable<V> {

    private final IPv4AddressAssociativeTrie<V> trie = new IPv4AddressAssociativeTrie<>();

    /** Maps {@code prefix} to {@code value}, replacing an earlier value of the same prefix. */
    public void put(Cidr prefix, V value) {
        trie.put(prefix.toIPv4Address(), value);
    }

    /** The value of the longest prefix that contains {@code address}. */
    public Optional<V> longestMatch(IpAddress address) {
        IPv4AssociativeTrieNode<V> node = trie.longestPrefixMatchNode(address.toIPv4Address());
        return node == null ? Optional.empty() : Optional.ofNullable(node.getValue());
    }

    /** The values of every prefix that contains {@code address}, most specific first. */
    public List<V> allMatches(IpAddress address) {
        List<V> result = new ArrayList<>();
        IPv4AssociativeTrieNode<V> node = trie.elementsContaining(address.toIPv4Address());
        while (node != null) {
            if (node.isAdded()) {
                result.add(0, node.getValue());
            }
            IPv4AssociativeTrieNode<V> next = node.getUpperSubNode() != null ? node.getUpperSubNode() : node.getLowerSubNode();
            node = next;
        }
        return result;
    }

    public boolean isEmpty() {
        return trie.isEmpty();
    }

    static IPv4Address key(Cidr cidr) {
        return cidr.toIPv4Address();
    }
}
