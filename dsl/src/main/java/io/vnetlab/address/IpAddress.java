package io.vnetlab.address;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;

import java.util.Objects;
import java.util.regex.Pattern;

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
public final class IpAddress implements Comparable<IpAddress> {

    private static final Pattern DOTTED_QUAD =
            Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
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
        boolean v6 = trimmed.contains(":");
        String family = v6 ? "IPv6" : "IPv4";
        String example = v6 ? "fd00:db8:deca:deed::4" : "10.1.1.4";
        if (!(v6 ? IPV6 : DOTTED_QUAD).matcher(trimmed).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an " + family + " address, for example "
                    + example + ".");
        }
        IPAddress parsed;
        try {
            parsed = new IPAddressString(trimmed, Strict.PARAMETERS).toAddress();
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("'" + text + "' is not an " + family + " address, for example "
                    + example + ".");
        }
        if (parsed == null || parsed.getNetworkPrefixLength() != null || parsed.isMultiple()) {
            throw new IllegalArgumentException("'" + text + "' is not a single " + family + " address, for example "
                    + example + ".");
        }
        return new IpAddress(parsed.withoutPrefixLength());
    }

    /** Whether {@code text} parses as a single IPv4 or IPv6 address. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
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
