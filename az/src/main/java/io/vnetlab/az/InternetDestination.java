package io.vnetlab.az;

import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.Endpoint;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * A destination that Network Watcher's connection troubleshoot takes by name ({@code --dest-address www.bing.com} or
 * a URL): vnetlab has no DNS for the Internet, so the host is given a stand-in address in 203.0.113.0/24, a range
 * reserved for documentation, derived from the name, and keeps its name, which Azure Firewall application rules
 * match (docs/azure/decisions.md#internet-names).
 */
final class InternetDestination {

    /**
     * A DNS host name: dot-separated labels of 1 to 63 letters, digits and inner hyphens, 253 characters at most, with
     * a letter somewhere (so not an address).
     */
    private static final Pattern HOST = Pattern.compile("(?=.{1,253}$)(?=.*[A-Za-z])"
            + "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private InternetDestination() {
    }

    /**
     * The host a name or URL names ({@code https://www.bing.com:443/path} is {@code www.bing.com}), if it is one;
     * without a scheme the whole text must be the name.
     */
    static Optional<String> hostOf(String given) {
        String host = given;
        int scheme = host.indexOf("://");
        if (scheme >= 0) {
            host = host.substring(scheme + 3);
            int end = host.length();
            for (char stop : new char[] {'/', '?', '#', ':'}) {
                int at = host.indexOf(stop);
                if (at >= 0) {
                    end = Math.min(end, at);
                }
            }
            host = host.substring(0, end);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        return HOST.matcher(host).matches() ? Optional.of(host.toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The host on the Internet at its stand-in address: 203.0.113.1 to .254, the same for the same name. */
    static Endpoint endpoint(String host) {
        CRC32 crc = new CRC32();
        crc.update(host.getBytes(StandardCharsets.UTF_8));
        return Endpoint.host(host, IpAddress.parse("203.0.113." + (1 + crc.getValue() % 254)));
    }
}
