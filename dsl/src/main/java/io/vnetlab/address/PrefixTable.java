package io.vnetlab.address;

import java.util.ArrayList;
import java.util.List;
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

    private final Family<V> v4;
    private Family<V> v6;

    /** An empty table. */
    public PrefixTable() {
        this(4);
    }

    /**
     * An empty table sized for {@code expectedSize} IPv4 prefixes, so that filling it does not grow it step by step: a
     * route table of a hub with hundreds of peerings is filled once, on its first question.
     */
    public PrefixTable(int expectedSize) {
        v4 = new Family<>(expectedSize);
    }

    /** Maps {@code prefix} to {@code value}, replacing an earlier value of the same prefix. */
    public void put(Cidr prefix, V value) {
        family(prefix).put(prefix, value, true);
    }

    /**
     * Maps {@code prefix} to {@code value} unless the table holds a value for that prefix already.
     *
     * @return whether {@code value} was added
     */
    public boolean putIfAbsent(Cidr prefix, V value) {
        return family(prefix).put(prefix, value, false);
    }

    private Family<V> family(Cidr prefix) {
        if (!prefix.isIPv6()) {
            return v4;
        }
        if (v6 == null) {
            v6 = new Family<>(4);
        }
        return v6;
    }

    /** The value of the longest prefix that contains {@code address}. */
    public Optional<V> longestMatch(IpAddress address) {
        Family<V> family = address.isIPv6() ? v6 : v4;
        if (family != null) {
            int[] lengths = family.lengths;
            for (int i = lengths.length - 1; i >= 0; i--) {
                V value = family.at(lengths[i], address);
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
            int[] lengths = family.lengths;
            for (int i = lengths.length - 1; i >= 0; i--) {
                V value = family.at(lengths[i], address);
                if (value != null) {
                    result.add(value);
                }
            }
        }
        return result;
    }

    public boolean isEmpty() {
        return v4.isEmpty() && (v6 == null || v6.isEmpty());
    }

    /**
     * The prefixes of one address family, by length and network bits, in a hash table of their own (open addressing
     * over parallel arrays): a lookup probes a handful of lengths, and allocates nothing for any of them.
     */
    private static final class Family<V> {

        /** The prefix length of each slot plus one; 0 marks an empty slot. */
        private int[] slotLengths;
        private long[] highs;
        private long[] lows;
        private Object[] values;
        private int size;
        /** The prefix lengths present, ascending (an array: every lookup reads it, unboxed). */
        private int[] lengths = new int[0];

        /** A table whose slots stay at most half full with {@code expectedSize} prefixes. */
        Family(int expectedSize) {
            int capacity = 8;
            while (capacity < 2 * expectedSize + 2) {
                capacity *= 2;
            }
            slotLengths = new int[capacity];
            highs = new long[capacity];
            lows = new long[capacity];
            values = new Object[capacity];
        }

        /** Stores {@code value} under {@code prefix}; whether it did: a prefix present is replaced only when asked. */
        boolean put(Cidr prefix, V value, boolean replace) {
            int length = prefix.prefixLength();
            if (!insert(length, prefix.networkHigh(), prefix.networkLow(), value, replace)) {
                return false;
            }
            int at = 0;
            while (at < lengths.length && lengths[at] < length) {
                at++;
            }
            if (at == lengths.length || lengths[at] != length) {
                int[] more = new int[lengths.length + 1];
                System.arraycopy(lengths, 0, more, 0, at);
                more[at] = length;
                System.arraycopy(lengths, at, more, at + 1, lengths.length - at);
                lengths = more;
            }
            return true;
        }

        /** Whether {@code value} was stored: always when {@code replace}, else only for a prefix not present yet. */
        private boolean insert(int length, long high, long low, Object value, boolean replace) {
            if ((size + 1) * 2 > values.length) {
                grow();
            }
            int mask = values.length - 1;
            int i = slot(length, high, low) & mask;
            while (slotLengths[i] != 0) {
                if (slotLengths[i] == length + 1 && highs[i] == high && lows[i] == low) {
                    if (replace) {
                        values[i] = value;   // the same prefix again: replaced
                    }
                    return replace;
                }
                i = (i + 1) & mask;
            }
            slotLengths[i] = length + 1;
            highs[i] = high;
            lows[i] = low;
            values[i] = value;
            size++;
            return true;
        }

        private void grow() {
            int[] oldLengths = slotLengths;
            long[] oldHighs = highs;
            long[] oldLows = lows;
            Object[] oldValues = values;
            int capacity = oldValues.length * 2;
            slotLengths = new int[capacity];
            highs = new long[capacity];
            lows = new long[capacity];
            values = new Object[capacity];
            size = 0;
            for (int i = 0; i < oldValues.length; i++) {
                if (oldLengths[i] != 0) {
                    insert(oldLengths[i] - 1, oldHighs[i], oldLows[i], oldValues[i], true);
                }
            }
        }

        /** The value of the prefix of {@code length} bits that holds {@code address}, or null. */
        @SuppressWarnings("unchecked")
        V at(int length, IpAddress address) {
            boolean v6 = address.isIPv6();
            long high = address.high() & Cidr.highMask(v6, length);
            long low = address.low() & Cidr.lowMask(v6, length);
            int mask = values.length - 1;
            int i = slot(length, high, low) & mask;
            while (slotLengths[i] != 0) {
                if (slotLengths[i] == length + 1 && highs[i] == high && lows[i] == low) {
                    return (V) values[i];
                }
                i = (i + 1) & mask;
            }
            return null;
        }

        boolean isEmpty() {
            return size == 0;
        }

        private static int slot(int length, long high, long low) {
            int h = 31 * IpAddress.hash(high, low) + length;
            return h ^ (h >>> 16);
        }
    }
}
