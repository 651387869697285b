package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the addresses of security rules mean for the NSGs of one network interface
 * (docs/azure/network-security-groups.md#service-tags): the {@code VirtualNetwork} tag of its subnet, {@code Internet},
 * {@code AzureLoadBalancer}, and the members of each application security group.
 */
final class AddressContext {

    /**
     * Ranges that are never {@code Internet} (docs/azure/network-security-groups.md#internet-tag): "this network"
     * 0.0.0.0/8, which Network Watcher leaves out of the tag's expansion, and the private ranges (DERIVED; with
     * 100.64.0.0/10 as the routes treat it).
     */
    static final List<Cidr> NOT_INTERNET = notInternet();

    private static List<Cidr> notInternet() {
        List<Cidr> ranges = new ArrayList<>();
        ranges.add(Cidr.parse("0.0.0.0/8"));
        ranges.addAll(DataPlane.DEFAULT_NONE_PREFIXES);
        return List.copyOf(ranges);
    }
    /**
     * The platform's probe source, the {@code AzureLoadBalancer} tag
     * (docs/azure/network-security-groups.md#internet-tag).
     */
    static final Cidr AZURE_LOAD_BALANCER = Cidr.parse("168.63.129.16/32");

    private final List<Cidr> virtualNetwork;
    /**
     * Where the members of an application security group are read, only when a rule names one: the security plane
     * itself rather than a method reference to it, which the first walk through an NSG in a JVM would link.
     */
    private final SecurityPlane groupMembers;

    AddressContext(List<Cidr> virtualNetwork, SecurityPlane groupMembers) {
        this.virtualNetwork = List.copyOf(virtualNetwork);
        this.groupMembers = groupMembers;
    }

    List<Cidr> virtualNetwork() {
        return virtualNetwork;
    }

    /** The same context with more prefixes in the VirtualNetwork tag (to ask "what if a peer were in it"). */
    AddressContext withVirtualNetworkPrefixes(List<Cidr> more) {
        List<Cidr> all = new ArrayList<>(virtualNetwork);
        all.addAll(more);
        return new AddressContext(all, groupMembers);
    }

    boolean inVirtualNetwork(IpAddress ip) {
        return anyContains(virtualNetwork, ip);
    }

    /** A loop, not a stream: every walk through an NSG asks, the first one in a JVM too. */
    private static boolean anyContains(List<Cidr> prefixes, IpAddress ip) {
        for (Cidr prefix : prefixes) {
            if (prefix.contains(ip)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Outside the private ranges and outside the VirtualNetwork tag
     * (docs/azure/network-security-groups.md#internet-tag).
     */
    boolean inInternet(IpAddress ip) {
        return !anyContains(NOT_INTERNET, ip) && !inVirtualNetwork(ip);
    }

    /** Whether a rule's side (its prefixes, or its application security groups) holds {@code ip}. */
    boolean matches(List<String> prefixes, List<ResourceId> groups, IpAddress ip) {
        if (!groups.isEmpty()) {
            for (ResourceId group : groups) {
                if (groupMembers.membersOf(group).contains(ip)) {
                    return true;
                }
            }
            return false;
        }
        for (String prefix : prefixes) {
            if (matches(prefix, ip)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(String prefix, IpAddress ip) {
        return RuleAddress.of(prefix).matches(this, ip);
    }

    /**
     * A rule's address, read once: {@code *}, a tag, a tag not simulated, a prefix or one address. Rules are checked
     * far more often than written (a 1,000-rule NSG on a path is read rule by rule), so each distinct text is parsed
     * once and remembered, up to {@value #PARSED_LIMIT} texts.
     */
    private record RuleAddress(String kind, Cidr prefix, IpAddress address) {

        private static final int PARSED_LIMIT = 100_000;
        private static final Map<String, RuleAddress> PARSED = new ConcurrentHashMap<>();
        private static final RuleAddress ANY = new RuleAddress("*", null, null);
        private static final RuleAddress VIRTUAL_NETWORK = new RuleAddress("VirtualNetwork", null, null);
        private static final RuleAddress INTERNET = new RuleAddress("Internet", null, null);
        private static final RuleAddress LOAD_BALANCER = new RuleAddress("AzureLoadBalancer", null, null);
        private static final RuleAddress NOT_SIMULATED = new RuleAddress("not simulated", null, null);

        static RuleAddress of(String text) {
            RuleAddress known = PARSED.get(text);
            if (known != null) {
                return known;
            }
            RuleAddress parsed = parse(text);
            if (PARSED.size() < PARSED_LIMIT) {
                PARSED.putIfAbsent(text, parsed);
            }
            return parsed;
        }

        private static RuleAddress parse(String text) {
            String p = text.trim();
            switch (p.toLowerCase(Locale.ROOT)) {
                case "*":
                    return ANY;
                case "virtualnetwork":
                    return VIRTUAL_NETWORK;
                case "internet":
                    return INTERNET;
                case "azureloadbalancer":
                    return LOAD_BALANCER;
                default:
                    if (io.vnetlab.model.ServiceTags.isNotSimulated(p)) {   // matches no simulated address
                        return NOT_SIMULATED;
                    }
                    return p.contains("/") ? new RuleAddress("prefix", Cidr.parseLenient(p).network(), null)
                            : new RuleAddress("address", null, IpAddress.parse(p));
            }
        }

        boolean matches(AddressContext context, IpAddress ip) {
            if (this == ANY) {
                return true;
            } else if (this == VIRTUAL_NETWORK) {
                return context.inVirtualNetwork(ip);
            } else if (this == INTERNET) {
                return context.inInternet(ip);
            } else if (this == LOAD_BALANCER) {
                return AZURE_LOAD_BALANCER.contains(ip);
            } else if (this == NOT_SIMULATED) {
                return false;
            }
            return prefix != null ? prefix.contains(ip) : address.equals(ip);
        }
    }

    /** The prefix a rule's address names literally (one address as a /32); empty for {@code *} and tags. */
    static java.util.Optional<Cidr> literalPrefix(String ruleAddress) {
        RuleAddress address = RuleAddress.of(ruleAddress);
        return address.prefix() != null ? java.util.Optional.of(address.prefix())
                : address.address() != null ? java.util.Optional.of(Cidr.host(address.address()))
                : java.util.Optional.empty();
    }

    /**
     * The {@code Internet} tag as effective security rules expand it: the IPv4 space less {@link #NOT_INTERNET} and
     * the VirtualNetwork tag, in the fewest prefixes, in address order (1.0.0.0/8, 2.0.0.0/7, 4.0.0.0/6, ...).
     */
    List<String> internetPrefixes() {
        List<Cidr> outside = new ArrayList<>(NOT_INTERNET);
        for (Cidr prefix : virtualNetwork) {
            if (!prefix.isIPv6()) {
                outside.add(prefix);
            }
        }
        List<String> prefixes = new ArrayList<>();
        addBlocksOutside(Cidr.ANY, outside, prefixes);
        return prefixes;
    }

    /** Adds {@code block} whole when nothing excluded touches it, else each of its halves in turn. */
    private static void addBlocksOutside(Cidr block, List<Cidr> excluded, List<String> into) {
        boolean touched = false;
        for (Cidr prefix : excluded) {
            if (prefix.contains(block)) {
                return;
            }
            touched |= prefix.overlaps(block);
        }
        if (!touched) {
            into.add(block.toString());
            return;
        }
        int halfLength = block.prefixLength() + 1;
        IpAddress first = block.firstAddress();
        addBlocksOutside(Cidr.parse(first + "/" + halfLength), excluded, into);
        addBlocksOutside(Cidr.parse(first.plus(block.size() / 2) + "/" + halfLength), excluded, into);
    }

    /** The prefixes a rule address stands for, as effective security rules expand them. */
    List<String> expand(String prefix) {
        RuleAddress address = RuleAddress.of(prefix);
        if (address == RuleAddress.ANY) {
            return List.of("0.0.0.0/0");
        } else if (address == RuleAddress.VIRTUAL_NETWORK) {
            return virtualNetwork.stream().map(Cidr::toString).collect(java.util.stream.Collectors.toList());
        } else if (address == RuleAddress.INTERNET) {
            return internetPrefixes();
        } else if (address == RuleAddress.LOAD_BALANCER) {
            return List.of(AZURE_LOAD_BALANCER.toString());
        } else if (address == RuleAddress.NOT_SIMULATED) {
            return List.of(prefix.trim());  // left as a tag
        }
        return List.of(prefix.contains("/") ? prefix : prefix + "/32");
    }
}
