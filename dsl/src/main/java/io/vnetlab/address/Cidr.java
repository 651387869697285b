package io.vnetlab.address;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IPv4 prefix in CIDR notation, such as {@code 10.1.0.0/16}. Immutable.
 *
 * <p>{@link #parse(String)} accepts only a network address (no host bits set). {@link #parseLenient(String)}
 * also accepts {@code 10.1.0.1/16}, keeping the address as written so that the control plane can report Azure's
 * {@code InvalidCIDRNotation} with the network address it expected ({@link #network()}).
 *
 * <pre>{@code
 * Cidr space = Cidr.parse("10.1.0.0/16");
 * space.contains(Cidr.parse("10.1.1.0/24"));   // true
 * space.overlaps(Cidr.parse("10.0.0.0/8"));    // true
 * }</pre>
 */
public final class Cidr implements Comparable<Cidr> {

    /** A dotted quad and a decimal prefix length; declared first, as the constants below are parsed. */
    private static final Pattern SHAPE =
            Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}/[0-9]{1,2}");

    /** The private ranges of RFC 1918. */
    public static final List<Cidr> RFC1918 = List.of(
            parse("10.0.0.0/8"), parse("172.16.0.0/12"), parse("192.168.0.0/16"));

    /** {@code 0.0.0.0/0}. */
    public static final Cidr ANY = parse("0.0.0.0/0");

    private final IPv4Address written;  // as written, with its prefix length
    private final IPv4Address block;    // the prefix block (network address)

    private Cidr(IPv4Address written) {
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
     * Parses {@code a.b.c.d/len}, keeping host bits if set (see {@link #isNetworkAddress()}).
     *
     * @throws IllegalArgumentException if the text is not IPv4 CIDR notation
     */
    public static Cidr parseLenient(String text) {
        if (text == null) {
            throw new IllegalArgumentException("The address prefix cannot be null.");
        }
        String trimmed = text.trim();
        // a dotted quad and a decimal length, before the parser sees it: it reads masks (/255.255.0.0) and fails
        // with index errors on lengths beyond an int
        if (!SHAPE.matcher(trimmed).matches()) {
            throw notCidr(text);
        }
        IPAddress parsed;
        try {
            parsed = new IPAddressString(trimmed, Strict.PARAMETERS).toAddress();
        } catch (AddressStringException e) {
            throw notCidr(text);
        }
        if (parsed == null || !parsed.isIPv4() || parsed.getNetworkPrefixLength() == null) {
            throw notCidr(text);
        }
        IPv4Address v4 = parsed.toIPv4();
        if (v4.isMultiple() && !v4.isPrefixBlock()) {
            throw notCidr(text);
        }
        return new Cidr(v4.isMultiple() ? v4.getLower() : v4);
    }

    /** Parses {@code text} if it is valid CIDR notation with no host bits set. */
    public static Optional<Cidr> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The prefix that contains exactly one address. */
    public static Cidr host(IpAddress address) {
        return new Cidr(address.toIPv4Address().setPrefixLength(32, false));
    }

    private static IllegalArgumentException notCidr(String text) {
        return new IllegalArgumentException("'" + text + "' is not in CIDR notation, for example 10.0.0.0/24.");
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

    /** The first address of the prefix (the network address). */
    public IpAddress firstAddress() {
        return IpAddress.of(block.getLower());
    }

    /** The last address of the prefix (the broadcast address). */
    public IpAddress lastAddress() {
        return IpAddress.of(block.getUpper());
    }

    /** How many addresses the prefix holds. */
    public long size() {
        return block.getCount().longValueExact();
    }

    public boolean contains(IpAddress address) {
        return block.contains(address.toIPv4Address());
    }

    public boolean contains(Cidr other) {
        return block.contains(other.block);
    }

    /** Whether the two prefixes share at least one address (for prefixes: one contains the other). */
    public boolean overlaps(Cidr other) {
        return block.contains(other.block) || other.block.contains(block);
    }

    /** The first prefix of {@code others} that overlaps this one. */
    public Optional<Cidr> firstOverlap(Collection<Cidr> others) {
        return others.stream().filter(this::overlaps).findFirst();
    }

    /** The prefix block as the {@code ipaddress} library's type, for callers that need its full API. */
    public IPv4Address toIPv4Address() {
        return block;
    }

    @Override
    public int compareTo(Cidr other) {
        int byAddress = Long.compare(block.getLower().longValue(), other.block.getLower().longValue());
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

    /** The prefix as written, {@code 10.1.0.0/16}. */
    @Override
    public String toString() {
        return written.withoutPrefixLength().toNormalizedString() + "/" + prefixLength();
    }
}
