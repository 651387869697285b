package io.vnetlab.address;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv6.IPv6Address;

/**
 * Every use of the {@code ipaddress} library's types by {@link IpAddress} and {@link Cidr}: parsing and printing
 * IPv6, and the library's form of an address or prefix for callers that ask for it. Kept in one class of its own
 * because the JVM loads the types a class's code converts between when it links that class: {@code IpAddress} and
 * {@code Cidr} hold plain bits, and an IPv4-only program never loads the library's few hundred classes.
 */
final class LibraryTypes {

    private LibraryTypes() {
    }

    /**
     * Parses text shaped like an IPv6 address as one address without a prefix length.
     *
     * @throws IllegalArgumentException in the words of {@link IpAddress#parse}
     */
    static IPAddress singleIpv6(String trimmed, String text) {
        String example = "fd00:db8:deca:deed::4";
        IPAddress parsed;
        try {
            parsed = new IPAddressString(trimmed, Strict.PARAMETERS).toAddress();
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv6 address, for example " + example + ".");
        }
        if (parsed == null || parsed.getNetworkPrefixLength() != null || parsed.isMultiple()) {
            throw new IllegalArgumentException("'" + text + "' is not a single IPv6 address, for example "
                    + example + ".");
        }
        return parsed;
    }

    /**
     * Parses text shaped like an IPv6 prefix; {@code null} when it is not one. A prefix written as its network
     * address gives the block's first address, with host bits the address as written, each with its prefix length.
     */
    static IPAddress ipv6Prefix(String trimmed) {
        IPAddress parsed;
        try {
            parsed = new IPAddressString(trimmed, Strict.PARAMETERS).toAddress();
        } catch (AddressStringException e) {
            return null;
        }
        if (parsed == null || parsed.getNetworkPrefixLength() == null) {
            return null;
        }
        if (parsed.isMultiple() && !parsed.isPrefixBlock()) {
            return null;
        }
        return parsed.isMultiple() ? parsed.getLower() : parsed;
    }

    static int prefixLength(IPAddress address) {
        return address.getNetworkPrefixLength();
    }

    static long ipv4Value(IPAddress address) {
        return address.toIPv4().longValue();
    }

    /** The first 64 bits of an IPv6 address. */
    static long high(IPAddress address) {
        return word(address.getBytes(), 0);
    }

    /** The last 64 bits of an IPv6 address. */
    static long low(IPAddress address) {
        return word(address.getBytes(), 8);
    }

    static IPAddress address(boolean v6, long high, long low) {
        return v6 ? new IPv6Address(bytes(high, low)) : new IPv4Address((int) low);
    }

    /** The prefix block of {@code length} bits from the given network address. */
    static IPAddress block(boolean v6, long high, long low, int length) {
        IPAddress address = v6 ? new IPv6Address(bytes(high, low), length)
                : new IPv4Address((int) low, length);
        return address.toPrefixBlock();
    }

    static IPv4Address ipv4(IPAddress address) {
        return address.toIPv4();
    }

    static IPAddress increment(IPAddress address, long n) {
        return address.increment(n);
    }

    /** The compressed text of an IPv6 address, {@code fd00:db8:deca:deed::4}. */
    static String compressed(IPAddress address) {
        return address.toCompressedString();
    }

    /** The 64 bits of {@code bytes} from {@code offset}, big-endian. */
    private static long word(byte[] bytes, int offset) {
        long value = 0;
        for (int i = offset; i < offset + 8; i++) {
            value = (value << 8) | (bytes[i] & 0xFF);
        }
        return value;
    }

    /** The 16 bytes of an IPv6 address given as two 64-bit words, big-endian. */
    private static byte[] bytes(long high, long low) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 8; i++) {
            bytes[7 - i] = (byte) (high >>> (8 * i));
            bytes[15 - i] = (byte) (low >>> (8 * i));
        }
        return bytes;
    }
}
