package io.vnetlab.address;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
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

    /** {@code ::/0}, every IPv6 address. */
    public static final Cidr ANY_IPV6 = parse("::/0");

    private final IPAddress written;  // as written, with its prefix length
    private final IPAddress block;    // the prefix block (network address)

    private Cidr(IPAddress written) {
        this.written = written;
        this.block = written.toPrefixBlock();
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
        IPAddress parsed;
        try {
            parsed = new IPAddressString(trimmed, Strict.PARAMETERS).toAddress();
        } catch (AddressStringException e) {
            throw notCidr(text);
        }
        if (parsed == null || parsed.getNetworkPrefixLength() == null) {
            throw notCidr(text);
        }
        if (parsed.isMultiple() && !parsed.isPrefixBlock()) {
            throw notCidr(text);
        }
        return new Cidr(parsed.isMultiple() ? parsed.getLower() : parsed);
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
        IPAddress ip = address.toIPAddress();
        return new Cidr(ip.setPrefixLength(ip.getBitCount(), false));
    }

    private static IllegalArgumentException notCidr(String text) {
        return new IllegalArgumentException("'" + text + "' is not in CIDR notation, for example 10.0.0.0/24.");
    }

    public boolean isIPv6() {
        return block.isIPv6();
    }

    /** Whether the address as written is the network address (no host bits set). */
    public boolean isNetworkAddress() {
        return written.withoutPrefixLength().equals(block.getLower().withoutPrefixLength());
    }

    /** The prefix with host bits cleared: {@code 10.1.0.1/16} gives {@code 10.1.0.0/16}. */
    public Cidr network() {
        return isNetworkAddress() ? this : new Cidr(block.getLower());
    }

    public int prefixLength() {
        return block.getNetworkPrefixLength();
    }

    /** 32 for IPv4, 128 for IPv6. */
    public int bitCount() {
        return block.getBitCount();
    }

    /** The first address of the prefix (the network address). */
    public IpAddress firstAddress() {
        return IpAddress.of(block.getLower());
    }

    /** The last address of the prefix (the broadcast address, for IPv4). */
    public IpAddress lastAddress() {
        return IpAddress.of(block.getUpper());
    }

    /** How many addresses the prefix holds; {@link Long#MAX_VALUE} when more (an IPv6 prefix shorter than /65). */
    public long size() {
        java.math.BigInteger count = block.getCount();
        return count.bitLength() < 64 ? count.longValue() : Long.MAX_VALUE;
    }

    public boolean contains(IpAddress address) {
        IPAddress ip = address.toIPAddress();
        return ip.isIPv6() == block.isIPv6() && block.contains(ip);
    }

    public boolean contains(Cidr other) {
        return other.block.isIPv6() == block.isIPv6() && block.contains(other.block);
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
        return block;
    }

    /**
     * The IPv4 prefix block as the {@code ipaddress} library's type.
     *
     * @throws IllegalStateException for an IPv6 prefix
     */
    public IPv4Address toIPv4Address() {
        if (!block.isIPv4()) {
            throw new IllegalStateException(this + " is an IPv6 prefix.");
        }
        return block.toIPv4();
    }

    /** IPv4 before IPv6; then by first address, then by prefix length. */
    @Override
    public int compareTo(Cidr other) {
        if (isIPv6() != other.isIPv6()) {
            return isIPv6() ? 1 : -1;
        }
        int byAddress = isIPv6() ? block.getLower().getValue().compareTo(other.block.getLower().getValue())
                : Long.compare(block.toIPv4().longValue(), other.block.toIPv4().longValue());
        return byAddress != 0 ? byAddress : Integer.compare(prefixLength(), other.prefixLength());
    }

    /**
     * Equal when written alike: the same address and the same prefix length ({@code 10.0.0.0/8} is not
     * {@code 10.0.0.0/16}; the {@code ipaddress} library's own equality ignores the prefix length of a single
     * address, so it is not used alone).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Cidr other && prefixLength() == other.prefixLength()
                && written.withoutPrefixLength().equals(other.written.withoutPrefixLength());
    }

    @Override
    public int hashCode() {
        return 31 * written.withoutPrefixLength().hashCode() + prefixLength();
    }

    /** The prefix as written, {@code 10.1.0.0/16}; IPv6 compressed, {@code fd00:db8:deca::/48}. */
    @Override
    public String toString() {
        IPAddress address = written.withoutPrefixLength();
        return (address.isIPv6() ? address.toCompressedString() : address.toNormalizedString()) + "/" + prefixLength();
    }
}
