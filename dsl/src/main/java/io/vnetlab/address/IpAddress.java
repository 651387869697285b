package io.vnetlab.address;

import inet.ipaddr.ipv4.IPv4Address;

import java.util.Objects;
import java.util.Optional;

/**
 * One IPv4 address, such as {@code 10.1.1.4}. Immutable; equal when the addresses are equal.
 *
 * <pre>{@code
 * IpAddress vm = IpAddress.parse("10.1.1.4");
 * Cidr.parse("10.1.0.0/16").contains(vm);   // true
 * }</pre>
 */
public final class IpAddress implements Comparable<IpAddress> {

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
        long value = dottedQuad(text.trim());
        if (value < 0) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address, for example 10.1.1.4.");
        }
        return new IpAddress(new IPv4Address((int) value));
    }

    /**
     * The address {@code text} spells, or empty when it is no IPv4 address: for text that may be an address or a
     * name ({@code "10.1.1.4"} or {@code "SalesVM"}), decided without an exception.
     */
    public static Optional<IpAddress> tryParse(String text) {
        long value = text == null ? -1 : dottedQuad(text.trim());
        return value < 0 ? Optional.empty() : Optional.of(new IpAddress(new IPv4Address((int) value)));
    }

    /** Whether {@code text} parses as a single IPv4 address. */
    public static boolean isValid(String text) {
        return text != null && dottedQuad(text.trim()) >= 0;
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
