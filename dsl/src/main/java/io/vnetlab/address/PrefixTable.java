package io.vnetlab.address;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A longest-prefix-match table from prefixes to values. Built once, then read: safe to share between threads once
 * filled.
 *
 * <p>Each prefix is kept in a hash table under its length and network bits; a lookup tries the lengths present,
 * longest first. Filling costs a hash insertion per prefix, which is what the first question on a large network pays
 * (a subnet of a hub with 500 peerings has over 500 routes), and a lookup as many probes as there are distinct
 * lengths, a handful in an Azure route table.
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

    private final Family<V> v4 = new Family<>();
    private Family<V> v6;

    /** Maps {@code prefix} to {@code value}, replacing an earlier value of the same prefix. */
    public void put(Cidr prefix, V value) {
        if (prefix.isIPv6()) {
            if (v6 == null) {
                v6 = new Family<>();
            }
            v6.put(prefix, value);
        } else {
            v4.put(prefix, value);
        }
    }

    /** The value of the longest prefix that contains {@code address}. */
    public Optional<V> longestMatch(IpAddress address) {
        Family<V> family = address.isIPv6() ? v6 : v4;
        if (family != null) {
            for (int i = family.lengths.size() - 1; i >= 0; i--) {
                V value = family.at(family.lengths.get(i), address);
                if (value != null) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    /** The values of every prefix that contains {@code address}, most specific first. */
    public List<V> allMatches(IpAddress address) {
        List<V> result = new ArrayList<>();
        Family<V> family = address.isIPv6() ? v6 : v4;
        if (family != null) {
            for (int i = family.lengths.size() - 1; i >= 0; i--) {
                V value = family.at(family.lengths.get(i), address);
                if (value != null) {
                    result.add(value);
                }
            }
        }
        return result;
    }

    public boolean isEmpty() {
        return v4.values.isEmpty() && (v6 == null || v6.values.isEmpty());
    }

    /** The prefixes of one address family, by length and network bits. */
    private static final class Family<V> {

        private final Map<Key, V> values = new HashMap<>();
        /** The prefix lengths present, ascending. */
        private final List<Integer> lengths = new ArrayList<>();

        void put(Cidr prefix, V value) {
            int length = prefix.prefixLength();
            values.put(new Key(length, prefix.networkHigh(), prefix.networkLow()), value);
            int at = 0;
            while (at < lengths.size() && lengths.get(at) < length) {
                at++;
            }
            if (at == lengths.size() || lengths.get(at) != length) {
                lengths.add(at, length);
            }
        }

        /** The value of the prefix of {@code length} bits that holds {@code address}, or null. */
        V at(int length, IpAddress address) {
            boolean v6 = address.isIPv6();
            return values.get(new Key(length, address.high() & Cidr.highMask(v6, length),
                    address.low() & Cidr.lowMask(v6, length)));
        }
    }

    private record Key(int length, long high, long low) {

        @Override
        public int hashCode() {
            return 31 * IpAddress.hash(high, low) + length;
        }

        /** Written out: a record's generated equals goes through method handles, slow before the JIT compiles it. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && length == other.length && high == other.high && low == other.low;
        }
    }
}
