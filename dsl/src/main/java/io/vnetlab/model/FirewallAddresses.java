package io.vnetlab.model;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;

import java.util.Optional;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * How Azure Firewall rules and IP groups write addresses and ports (docs/azure/azure-firewall.md#rules): {@code *},
 * an address, a CIDR prefix, or a range {@code first-last}; a port is {@code *}, a number or {@code low-high}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FirewallAddresses {

    private FirewallAddresses() {
    }

    /** Whether {@code text} is an address, a prefix or a range (what an IP group holds). */
    public static boolean isAddressPrefixOrRange(String text) {
        return range(text).isPresent();
    }

    /**
     * The first and last address {@code text} covers: {@code *} covers everything; empty when it is none of the
     * forms (a service tag or an FQDN, say).
     */
    public static Optional<long[]> range(String text) {
        String t = text.trim();
        if (t.equals("*")) {
            return Optional.of(new long[] {0, 0xFFFF_FFFFL});
        }
        int dash = t.indexOf('-');
        if (dash > 0) {
            String first = t.substring(0, dash).trim();
            String last = t.substring(dash + 1).trim();
            if (IpAddress.isValid(first) && IpAddress.isValid(last)) {
                long a = IpAddress.parse(first).longValue();
                long b = IpAddress.parse(last).longValue();
                return a <= b ? Optional.of(new long[] {a, b}) : Optional.empty();
            }
            return Optional.empty();
        }
        if (IpAddress.isValid(t)) {
            long a = IpAddress.parse(t).longValue();
            return Optional.of(new long[] {a, a});
        }
        return Cidr.tryParse(t).map(c -> new long[] {c.firstAddress().longValue(), c.lastAddress().longValue()});
    }

    /** Whether {@code address} lies in what {@code text} covers (never for a service tag or FQDN). */
    public static boolean covers(String text, IpAddress address) {
        long a = address.longValue();
        return range(text).map(r -> r[0] <= a && a <= r[1]).orElse(false);
    }

    /** Whether {@code text} is {@code *}, a port or a range of ports. */
    public static boolean isPortOrRange(String text) {
        return portRange(text).isPresent();
    }

    /** The ports {@code text} covers, as {@code [low, high]}. */
    public static Optional<int[]> portRange(String text) {
        String t = text.trim();
        if (t.equals("*")) {
            return Optional.of(new int[] {0, 65535});
        }
        try {
            int dash = t.indexOf('-');
            int low = Integer.parseInt(dash > 0 ? t.substring(0, dash).trim() : t);
            int high = dash > 0 ? Integer.parseInt(t.substring(dash + 1).trim()) : low;
            return low >= 0 && low <= high && high <= 65535 ? Optional.of(new int[] {low, high}) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
