package io.vnetlab.address;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One IPv4 address, such as {@code 10.1.1.4}. Immutable; equal when the addresses are equal.
 *
 * <pre>{@code
 * IpAddress vm = IpAddress.parse("10.1.1.4");
 * Cidr.parse("10.1.0.0/16").contains(vm);   // true
 * }</pre>
 */
public final class IpAddress implements Comparable<IpAddress> {

    private static final Pattern DOTTED_QUAD =
            Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    private final IPv4Address address;

    private IpAddress(IPv4Address address) {
        this.address = address;
    }

    /**
     * Parses a dotted IPv4 address without a prefix length.
     *
     * @throws IllegalArgumentException if {@code text} is not an IPv4 address
     */
    public static IpAddress parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("The IP address cannot be null.");
        }
        if (!DOTTED_QUAD.matcher(text.trim()).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address, for example 10.1.1.4.");
        }
        IPAddress parsed;
        try {
            parsed = new IPAddressString(text.trim(), Strict.PARAMETERS).toAddress();
        } catch (AddressStringException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address, for example 10.1.1.4.");
        }
        if (!parsed.isIPv4() || parsed.getNetworkPrefixLength() != null || parsed.isMultiple()) {
            throw new IllegalArgumentException("'" + text + "' is not a single IPv4 address, for example 10.1.1.4.");
        }
        return new IpAddress(parsed.toIPv4().withoutPrefixLength());
    }

    /** Whether {@code text} parses as a single IPv4 address. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static IpAddress of(IPv4Address address) {
        return new IpAddress(address.withoutPrefixLength());
    }

    /** The address as the {@code ipaddress} library's type, for callers that need its full API. */
    public IPv4Address toIPv4Address() {
        return address;
    }

    /** The 32-bit value, unsigned, as a long. */
    public long longValue() {
        return address.longValue();
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
        return Long.compare(longValue(), other.longValue());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpAddress other && address.equals(other.address);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(address);
    }

    @Override
    public String toString() {
        return address.toNormalizedString();
    }
}
