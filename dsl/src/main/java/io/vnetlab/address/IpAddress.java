package io.vnetlab.address;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;

import java.util.Objects;
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
 */
@API(status = MAINTAINED, since = "0.1")
public final class IpAddress implements Comparable<IpAddress> {

    /** Hexadecimal groups and colons, at most 39 characters: the shape of an IPv6 address without zone or IPv4 tail. */
    static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]{2,39}");

    private final IPAddress address;

    private IpAddress(IPAddress address) {
        this.address = address;
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
            return new IpAddress(new IPv4Address((int) value));
        }
        String example = "fd00:db8:deca:deed::4";
        if (!IPV6.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv6 address, for example " + example + ".");
        }
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
        return new IpAddress(parsed.withoutPrefixLength());
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
            return value < 0 ? Optional.empty() : Optional.of(new IpAddress(new IPv4Address((int) value)));
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
    private static long dottedQuad(String text) {
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

    static IpAddress of(IPAddress address) {
        return new IpAddress(address.withoutPrefixLength());
    }

    public boolean isIPv6() {
        return address.isIPv6();
    }

    public boolean isIPv4() {
        return address.isIPv4();
    }

    /** The address as the {@code ipaddress} library's type, for callers that need its full API. */
    public IPAddress toIPAddress() {
        return address;
    }

    /**
     * The IPv4 address as the {@code ipaddress} library's type.
     *
     * @throws IllegalStateException for an IPv6 address
     */
    public IPv4Address toIPv4Address() {
        if (!address.isIPv4()) {
            throw new IllegalStateException(address + " is an IPv6 address.");
        }
        return address.toIPv4();
    }

    /**
     * The 32-bit value of an IPv4 address, unsigned, as a long.
     *
     * @throws IllegalStateException for an IPv6 address, whose 128 bits do not fit
     */
    public long longValue() {
        return toIPv4Address().longValue();
    }

    /** The address {@code n} positions after this one (negative: before). */
    public IpAddress plus(long n) {
        return new IpAddress(address.increment(n));
    }

    /** Whether this address is in one of the private ranges of RFC 1918 (10/8, 172.16/12, 192.168/16). */
    public boolean isRfc1918() {
        return Cidr.RFC1918.stream().anyMatch(c -> c.contains(this));
    }

    @Override
    public int compareTo(IpAddress other) {
        if (address.isIPv4() != other.address.isIPv4()) {
            return address.isIPv4() ? -1 : 1;
        }
        return address.isIPv4() ? Long.compare(address.toIPv4().longValue(), other.address.toIPv4().longValue())
                : address.getValue().compareTo(other.address.getValue());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress other && address.equals(other.address);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(address);
    }

    /** {@code 10.1.1.4}; IPv6 in its compressed form, {@code fd00:db8:deca:deed::4}. */
    @Override
    public String toString() {
        return address.isIPv6() ? address.toCompressedString() : address.toNormalizedString();
    }
}
