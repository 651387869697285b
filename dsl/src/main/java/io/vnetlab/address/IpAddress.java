package io.vnetlab.address;

import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One IPv4 address, such as {@code 10.1.1.4}, or one IPv6 address, such as {@code fd00:db8:deca:deed::4}
 * (docs/azure/ipv6.md#addresses). Immutable; equal when the addresses are equal; IPv4 addresses sort before IPv6 ones.
 *
 * <pre>{@code
 * IpAddress vm = IpAddress.parse("10.1.1.4");
 * Cidr.parse("10.1.0.0/16").contains(vm);   // true
 * IpAddress.parse("fd00:db8:deca:deed::4").isIPv6();   // true
 * }</pre>
 *
 * <p>The address is held as its bits, so that comparing, hashing and testing containment cost a few integer
 * operations and an IPv4-only topology never loads the {@code ipaddress} library; the library's types are made on
 * demand ({@link #toIPAddress()}), and it parses and prints IPv6.
 */
@API(status = MAINTAINED, since = "0.1")
public final class IpAddress implements Comparable<IpAddress> {

    /** Hexadecimal groups and colons, at most 39 characters: the shape of an IPv6 address without zone or IPv4 tail. */
    static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]{2,39}");

    private final boolean v6;
    /** The first 64 bits of an IPv6 address; 0 for IPv4. */
    private final long high;
    /** The last 64 bits of an IPv6 address, or the 32 bits of an IPv4 address, unsigned. */
    private final long low;
    /** The library's type of this address, made on first demand (immutable, so a race makes equal copies). */
    private IPAddress library;

    private IpAddress(boolean v6, long high, long low) {
        this.v6 = v6;
        this.high = high;
        this.low = low;
    }

    static IpAddress ipv4(long value) {
        return new IpAddress(false, 0, value & 0xFFFF_FFFFL);
    }

    static IpAddress ipv6(long high, long low) {
        return new IpAddress(true, high, low);
    }

    /**
     * Parses an IPv4 address (dotted) or an IPv6 address, without a prefix length.
     *
     * @throws IllegalArgumentException if {@code text} is neither
     */
    public static IpAddress parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("The IP address cannot be null.");
        }
        String trimmed = text.trim();
        if (!trimmed.contains(":")) {
            long value = dottedQuad(trimmed);
            if (value < 0) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv4 address, for example 10.1.1.4.");
            }
            return ipv4(value);
        }
        return of(LibraryTypes.singleIpv6(trimmed, text));
    }

    /**
     * The address {@code text} spells, or empty when it is no address: for text that may be an address or a name
     * ({@code "10.1.1.4"} or {@code "SalesVM"}). An IPv4 address is decided without an exception; only text shaped
     * like an IPv6 address (hexadecimal groups and colons, which no resource name holds) goes to the full parser.
     */
    public static Optional<IpAddress> tryParse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (!trimmed.contains(":")) {
            long value = dottedQuad(trimmed);
            return value < 0 ? Optional.empty() : Optional.of(ipv4(value));
        }
        if (!IPV6.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(trimmed));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code text} parses as a single IPv4 or IPv6 address. */
    public static boolean isValid(String text) {
        return tryParse(text).isPresent();
    }

    /**
     * The 32-bit value of a dotted quad as Azure accepts it, or -1: four decimal octets of 0 to 255, without the
     * leading zeros that other parsers read as octal, and without inet_aton shorthands such as {@code 10.1.1}.
     */
    static long dottedQuad(String text) {
        int length = text.length();
        long value = 0;
        int octets = 0;
        int i = 0;
        while (octets < 4) {
            int start = i;
            int octet = 0;
            while (i < length && i - start < 3 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                octet = octet * 10 + (text.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || octet > 255 || (digits > 1 && text.charAt(start) == '0')) {
                return -1;
            }
            value = (value << 8) | octet;
            octets++;
            if (octets < 4) {
                if (i >= length || text.charAt(i) != '.') {
                    return -1;
                }
                i++;
            }
        }
        return i == length ? value : -1;
    }

    /** The address of the library's {@code address}, its prefix length dropped. */
    static IpAddress of(IPAddress address) {
        return address.isIPv4() ? ipv4(LibraryTypes.ipv4Value(address)) : ipv6(LibraryTypes.high(address),
                LibraryTypes.low(address));
    }

    public boolean isIPv6() {
        return v6;
    }

    public boolean isIPv4() {
        return !v6;
    }

    /** The first 64 bits of an IPv6 address; 0 for IPv4. */
    long high() {
        return high;
    }

    /** The last 64 bits of an IPv6 address, or the 32 bits of an IPv4 address. */
    long low() {
        return low;
    }

    /** The address as the {@code ipaddress} library's type, for callers that need its full API. */
    public IPAddress toIPAddress() {
        IPAddress made = library;
        if (made == null) {
            made = LibraryTypes.address(v6, high, low);
            library = made;
        }
        return made;
    }

    /**
     * The IPv4 address as the {@code ipaddress} library's type.
     *
     * @throws IllegalStateException for an IPv6 address
     */
    public IPv4Address toIPv4Address() {
        if (v6) {
            throw new IllegalStateException(toIPAddress() + " is an IPv6 address.");
        }
        return LibraryTypes.ipv4(toIPAddress());
    }

    /**
     * The 32-bit value of an IPv4 address, unsigned, as a long.
     *
     * @throws IllegalStateException for an IPv6 address, whose 128 bits do not fit
     */
    public long longValue() {
        if (v6) {
            throw new IllegalStateException(toIPAddress() + " is an IPv6 address.");
        }
        return low;
    }

    /** The address {@code n} positions after this one (negative: before). */
    public IpAddress plus(long n) {
        if (!v6 && n > -(1L << 32) && n < (1L << 32) && low + n >= 0 && low + n <= 0xFFFF_FFFFL) {
            return ipv4(low + n);
        }
        return of(LibraryTypes.increment(toIPAddress(), n));   // out of range: the library says so, as it did
    }

    /** Whether this address is in one of the private ranges of RFC 1918 (10/8, 172.16/12, 192.168/16). */
    public boolean isRfc1918() {
        return Cidr.RFC1918.stream().anyMatch(c -> c.contains(this));
    }

    @Override
    public int compareTo(IpAddress other) {
        if (v6 != other.v6) {
            return v6 ? 1 : -1;
        }
        int byHigh = Long.compareUnsigned(high, other.high);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(low, other.low);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress other && v6 == other.v6 && low == other.low && high == other.high;
    }

    @Override
    public int hashCode() {
        return hash(high, low);
    }

    /**
     * A hash of 128 bits that spreads them: addresses and prefixes of one network differ in a few middle bits, and
     * hash tables index by the low bits, so the bits are multiplied into the high half and folded down.
     */
    static int hash(long high, long low) {
        long mixed = (high * 31 + low) * 0x9E37_79B9_7F4A_7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }

    /** {@code 10.1.1.4}; IPv6 in its compressed form, {@code fd00:db8:deca:deed::4}. */
    @Override
    public String toString() {
        return v6 ? toIPAddress().toCompressedString() : dotted(low);
    }

    /** The dotted quad of a 32-bit value. */
    static String dotted(long value) {
        return ((value >>> 24) & 0xFF) + "." + ((value >>> 16) & 0xFF) + "." + ((value >>> 8) & 0xFF) + "."
                + (value & 0xFF);
    }
}
