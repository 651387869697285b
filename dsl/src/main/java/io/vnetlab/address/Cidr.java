package io.vnetlab.address;

import inet.ipaddr.IPAddress;
import inet.ipaddr.ipv4.IPv4Address;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * An IPv4 prefix in CIDR notation, such as {@code 10.1.0.0/16}, or an IPv6 prefix, such as {@code fd00:db8:deca::/48}
 * (docs/azure/ipv6.md#addresses). Immutable. Prefixes of the two families never contain or overlap each other.
 *
 * <p>{@link #parse(String)} accepts only a network address (no host bits set). {@link #parseLenient(String)}
 * also accepts {@code 10.1.0.1/16}, keeping the address as written so that the control plane can report Azure's
 * {@code InvalidCIDRNotation} with the network address it expected ({@link #network()}).
 *
 * <pre>{@code
 * Cidr space = Cidr.parse("10.1.0.0/16");
 * space.contains(Cidr.parse("10.1.1.0/24"));   // true
 * space.overlaps(Cidr.parse("10.0.0.0/8"));    // true
 * Cidr.parse("fd00:db8:deca:deed::/64").isIPv6();   // true
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public final class Cidr implements Comparable<Cidr> {

    /** A dotted quad and a decimal prefix length; declared first, as the constants below are parsed. */
    private static final Pattern SHAPE =
            Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}");
    /** Hexadecimal groups and colons, then a decimal prefix length of at most three digits. */
    private static final Pattern SHAPE_V6 = Pattern.compile("[0-9A-Fa-f:]{2,39}/[0-9]{1,3}");

    /** The private ranges of RFC 1918. */
    public static final List<Cidr> RFC1918 = List.of(
            parse("10.0.0.0/8"), parse("172.16.0.0/12"), parse("192.168.0.0/16"));

    /** {@code 0.0.0.0/0}. */
    public static final Cidr ANY = parse("0.0.0.0/0");

    /** {@code ::/0}, every IPv6 address (made from its bits: parsing IPv6 would load the library at start-up). */
    public static final Cidr ANY_IPV6 = new Cidr(true, 0, 0, 0);

    private final boolean v6;
    /** The address as written, host bits included: IPv6's first 64 bits (0 for IPv4). */
    private final long high;
    /** The address as written: IPv6's last 64 bits, or IPv4's 32. */
    private final long low;
    private final int length;
    /** Which bits of {@link #high} and {@link #low} the prefix fixes. */
    private final long highMask;
    private final long lowMask;
    /** The prefix block as the library's type, made on first demand (immutable: a race makes equal copies). */
    private IPAddress block;

    private Cidr(boolean v6, long high, long low, int length) {
        this.v6 = v6;
        this.high = high;
        this.low = low;
        this.length = length;
        this.highMask = highMask(v6, length);
        this.lowMask = lowMask(v6, length);
    }

    /** The bits of an address's first 64 (IPv6; none for IPv4) that a prefix of {@code length} fixes. */
    static long highMask(boolean v6, int length) {
        return !v6 || length == 0 ? 0 : length >= 64 ? -1L : -1L << (64 - length);
    }

    /** The bits of an address's last 64 (IPv6) or of its 32 (IPv4) that a prefix of {@code length} fixes. */
    static long lowMask(boolean v6, int length) {
        if (!v6) {
            return (0xFFFF_FFFFL << (32 - length)) & 0xFFFF_FFFFL;
        }
        return length <= 64 ? 0 : -1L << (128 - length);
    }

    /**
     * Parses a CIDR prefix whose address is the network address.
     *
     * @throws IllegalArgumentException if the text is not CIDR notation or has host bits set
     */
    public static Cidr parse(String text) {
        Cidr cidr = parseLenient(text);
        if (!cidr.isNetworkAddress()) {
            throw new IllegalArgumentException("'" + text + "' has host bits set; for the given prefix length"
                    + " the address prefix should be " + cidr.network() + ".");
        }
        return cidr;
    }

    /**
     * Parses {@code a.b.c.d/len} or an IPv6 {@code prefix/len}, keeping host bits if set (see
     * {@link #isNetworkAddress()}).
     *
     * @throws IllegalArgumentException if the text is not CIDR notation
     */
    public static Cidr parseLenient(String text) {
        if (text == null) {
            throw new IllegalArgumentException("The address prefix cannot be null.");
        }
        String trimmed = text.trim();
        // a dotted quad (or IPv6 groups) and a decimal length, before the parser sees it: it reads masks
        // (/255.255.0.0) and fails with index errors on lengths beyond an int
        boolean v6 = trimmed.contains(":");
        if (!(v6 ? SHAPE_V6 : SHAPE).matcher(trimmed).matches()) {
            throw notCidr(text);
        }
        if (!v6) {
            int slash = trimmed.indexOf('/');
            long address = IpAddress.dottedQuad(trimmed.substring(0, slash));
            int length = Integer.parseInt(trimmed.substring(slash + 1));   // one or two digits, as the shape says
            if (address < 0 || length > 32) {
                throw notCidr(text);
            }
            return new Cidr(false, 0, address, length);
        }
        IPAddress parsed = LibraryTypes.ipv6Prefix(trimmed);
        if (parsed == null) {
            throw notCidr(text);
        }
        return new Cidr(true, LibraryTypes.high(parsed), LibraryTypes.low(parsed), LibraryTypes.prefixLength(parsed));
    }

    /** Parses {@code text} if it is valid CIDR notation with no host bits set. */
    public static Optional<Cidr> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The prefix that contains exactly one address: a /32, or a /128 for IPv6. */
    public static Cidr host(IpAddress address) {
        return new Cidr(address.isIPv6(), address.high(), address.low(), address.isIPv6() ? 128 : 32);
    }

    private static IllegalArgumentException notCidr(String text) {
        return new IllegalArgumentException("'" + text + "' is not in CIDR notation, for example 10.0.0.0/24.");
    }

    public boolean isIPv6() {
        return v6;
    }

    /** Whether the address as written is the network address (no host bits set). */
    public boolean isNetworkAddress() {
        return (high & ~highMask) == 0 && (low & ~lowMask) == 0;
    }

    /** The prefix with host bits cleared: {@code 10.1.0.1/16} gives {@code 10.1.0.0/16}. */
    public Cidr network() {
        return isNetworkAddress() ? this : new Cidr(v6, high & highMask, low & lowMask, length);
    }

    public int prefixLength() {
        return length;
    }

    /** 32 for IPv4, 128 for IPv6. */
    public int bitCount() {
        return v6 ? 128 : 32;
    }

    /** The first address of the prefix (the network address). */
    public IpAddress firstAddress() {
        return v6 ? IpAddress.ipv6(high & highMask, low & lowMask) : IpAddress.ipv4(low & lowMask);
    }

    /** The last address of the prefix (the broadcast address, for IPv4). */
    public IpAddress lastAddress() {
        return v6 ? IpAddress.ipv6(high | ~highMask, low | ~lowMask) : IpAddress.ipv4(low | ~lowMask);
    }

    /** How many addresses the prefix holds; {@link Long#MAX_VALUE} when more (an IPv6 prefix shorter than /65). */
    public long size() {
        int hostBits = bitCount() - length;
        return hostBits < 63 ? 1L << hostBits : Long.MAX_VALUE;
    }

    public boolean contains(IpAddress address) {
        return address.isIPv6() == v6 && ((address.low() ^ low) & lowMask) == 0
                && ((address.high() ^ high) & highMask) == 0;
    }

    public boolean contains(Cidr other) {
        return other.v6 == v6 && other.length >= length && ((other.low ^ low) & lowMask) == 0
                && ((other.high ^ high) & highMask) == 0;
    }

    /** Whether the two prefixes share at least one address (for prefixes: one contains the other). */
    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    /** The first prefix of {@code others} that overlaps this one. */
    public Optional<Cidr> firstOverlap(Collection<Cidr> others) {
        return others.stream().filter(this::overlaps).findFirst();
    }

    /** The prefix block as the {@code ipaddress} library's type, for callers that need its full API. */
    public IPAddress toIPAddress() {
        IPAddress made = block;
        if (made == null) {
            made = LibraryTypes.block(v6, high & highMask, low & lowMask, length);
            block = made;
        }
        return made;
    }

    /**
     * The IPv4 prefix block as the {@code ipaddress} library's type.
     *
     * @throws IllegalStateException for an IPv6 prefix
     */
    public IPv4Address toIPv4Address() {
        if (v6) {
            throw new IllegalStateException(this + " is an IPv6 prefix.");
        }
        return LibraryTypes.ipv4(toIPAddress());
    }

    /** The network part of the prefix, as the prefix table keys it: the address as written, host bits cleared. */
    long networkHigh() {
        return high & highMask;
    }

    long networkLow() {
        return low & lowMask;
    }

    /** IPv4 before IPv6; then by first address, then by prefix length. */
    @Override
    public int compareTo(Cidr other) {
        if (v6 != other.v6) {
            return v6 ? 1 : -1;
        }
        int byAddress = Long.compareUnsigned(networkHigh(), other.networkHigh());
        if (byAddress == 0) {
            byAddress = Long.compareUnsigned(networkLow(), other.networkLow());
        }
        return byAddress != 0 ? byAddress : Integer.compare(length, other.length);
    }

    /**
     * Equal when written alike: the same address and the same prefix length ({@code 10.0.0.0/8} is not
     * {@code 10.0.0.0/16}, and {@code 10.1.0.1/16} is not {@code 10.1.0.0/16}).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr other && v6 == other.v6 && length == other.length && low == other.low
                && high == other.high;
    }

    @Override
    public int hashCode() {
        return 31 * IpAddress.hash(high, low) + length;
    }

    /** The prefix as written, {@code 10.1.0.0/16}; IPv6 compressed, {@code fd00:db8:deca::/48}. */
    @Override
    public String toString() {
        return (v6 ? IpAddress.ipv6(high, low).toString() : IpAddress.dotted(low)) + "/" + length;
    }
}
