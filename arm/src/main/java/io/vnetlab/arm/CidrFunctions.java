package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import java.math.BigInteger;

import static io.vnetlab.arm.Functions.eager;
import static io.vnetlab.arm.Functions.str;

/**
 * The CIDR functions {@code parseCidr}, {@code cidrSubnet} and {@code cidrHost}, for IPv4 and IPv6
 * (docs/azure/arm-templates.md#functions). Host numbering starts after the network address, as Azure's does.
 */
final class CidrFunctions {

    private CidrFunctions() {
    }

    static void register() {
        eager("parseCidr", 1, 1, (n, a, ev) -> parse(n, str(n, a, 0)));
        eager("cidrSubnet", 3, 3, (n, a, ev) -> {
            IPAddress network = network(n, str(n, a, 0));
            long newPrefix = Functions.integer(n, a, 1);
            long index = Functions.integer(n, a, 2);
            int bits = network.getBitCount();
            int prefix = network.getNetworkPrefixLength();
            if (newPrefix < prefix || newPrefix > bits) {
                throw new TemplateError("Unable to evaluate template language function '" + n + "': the new CIDR"
                        + " prefix length " + newPrefix + " must be from " + prefix + " (the network's) to " + bits + ".");
            }
            BigInteger count = BigInteger.ONE.shiftLeft((int) newPrefix - prefix);
            if (index < 0 || BigInteger.valueOf(index).compareTo(count) >= 0) {
                throw new TemplateError("Unable to evaluate template language function '" + n + "': the subnet index "
                        + index + " is out of range; a /" + prefix + " holds " + count + " subnets of /" + newPrefix + ".");
            }
            BigInteger start = network.getValue().add(BigInteger.valueOf(index).shiftLeft(bits - (int) newPrefix));
            return TextNode.valueOf(address(network, start) + "/" + newPrefix);
        });
        eager("cidrHost", 2, 2, (n, a, ev) -> {
            IPAddress network = network(n, str(n, a, 0));
            long index = Functions.integer(n, a, 1);
            BigInteger size = BigInteger.ONE.shiftLeft(network.getBitCount() - network.getNetworkPrefixLength());
            // IPv4 keeps its first and last address (network and broadcast) out of the hosts; IPv6 only its first
            BigInteger hosts = size.subtract(BigInteger.valueOf(network.isIPv4() ? 2 : 1)).max(BigInteger.ZERO);
            if (index < 0 || BigInteger.valueOf(index).compareTo(hosts) >= 0) {
                throw new TemplateError("Unable to evaluate template language function '" + n + "': the host index "
                        + index + " is out of range; the network has " + hosts + " usable host addresses.");
            }
            return TextNode.valueOf(address(network, network.getValue().add(BigInteger.valueOf(index + 1))));
        });
    }

    private static JsonNode parse(String name, String cidr) {
        IPAddress network = network(name, cidr);
        BigInteger first = network.getValue();
        BigInteger size = BigInteger.ONE.shiftLeft(network.getBitCount() - network.getNetworkPrefixLength());
        BigInteger last = first.add(size).subtract(BigInteger.ONE);
        ObjectNode result = Values.object();
        result.put("network", address(network, first));
        result.put("netmask", network.getNetworkMask().withoutPrefixLength().toCompressedString());
        if (network.isIPv4()) {
            result.put("broadcast", address(network, last));
            boolean tiny = network.getNetworkPrefixLength() >= 31;
            result.put("firstUsable", address(network, tiny ? first : first.add(BigInteger.ONE)));
            result.put("lastUsable", address(network, tiny ? last : last.subtract(BigInteger.ONE)));
        } else {
            result.put("firstUsable", address(network, first));
            result.put("lastUsable", address(network, last));
        }
        result.put("cidr", network.getNetworkPrefixLength());
        return result;
    }

    private static IPAddress network(String name, String cidr) {
        IPAddress parsed = new IPAddressString(cidr.trim()).getAddress();
        if (parsed == null || parsed.getNetworkPrefixLength() == null || !cidr.contains("/")) {
            throw new TemplateError("Unable to evaluate template language function '" + name + "': the value '"
                    + JsonProblems.excerpt(cidr) + "' is not a network in CIDR notation such as '10.144.0.0/20'.");
        }
        return parsed.toPrefixBlock();
    }

    private static String address(IPAddress family, BigInteger value) {
        byte[] raw = value.toByteArray();
        int length = family.getByteCount();
        byte[] bytes = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, bytes, length - copy, copy);
        IPAddress a = family.isIPv4() ? new inet.ipaddr.ipv4.IPv4Address(bytes)
                : new inet.ipaddr.ipv6.IPv6Address(bytes);
        return a.toCompressedString();
    }
}
