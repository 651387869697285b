package io.vnetlab.render;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.dataplane.Blocker;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.Endpoint;
import io.vnetlab.dataplane.ProtocolPorts;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A blocker in plain words, the same for every surface (it states Azure's facts, not what to type):
 *
 * <pre>{@code
 * BlockerText.reason(blocker);   // "SalesVNet and ResearchVNet are not peered."
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class BlockerText {

    private BlockerText() {
    }

    public static String reason(Blocker b) {
        String reason = flowReason(b);
        return b.reply().map(r -> "Replies from " + r.from() + " to " + r.to() + ": " + reason).orElse(reason);
    }

    private static String flowReason(Blocker b) {
        switch (b.kind()) {
            case UNSIMULATED_SOURCE:
                return "Flows that start outside the topology's network interfaces (from " + b.value(0) + ") are"
                        + " simulated only from public Internet addresses: start the flow at a VM, a network interface"
                        + " or an Internet address.";
            case OVERLAPPING_ADDRESS: {
                String here = b.resource(0).name();
                String there = b.resource(1).name();
                return b.value(0) + " is the address of nic '" + b.resource(2).name() + "' in " + here
                        + " as well as of the destination in " + there + ": the address spaces of " + here + " and "
                        + there + " overlap, so the packet never leaves " + here + ", and overlapping networks cannot"
                        + " be peered.";
            }
            case NO_INTERFACE:
                return "No network interface in " + b.resource(0).name() + " has address " + b.value(0) + ".";
            case PRIVATE_ADDRESS_TO_INTERNET: {
                EffectiveRoute route = b.value(1);
                return b.value(0) + " is a private address of " + names(b.resources()) + "; the route "
                        + route.describe() + " sends the packet to the Internet, where that network's private"
                        + " addresses are not reachable.";
            }
            case UNSIMULATED_NEXT_HOP:
                return "Next hop type " + b.value(0) + " is not simulated yet.";
            case GATEWAY_ROUTING_LOOP:
                return "Routing loop: the packet to " + b.value(0) + " came back to gateway '" + b.resource(0).name()
                        + "', which has no connection to a site or network holding it.";
            case HOP_LIMIT:
                return "The packet took more than " + b.value(0) + " hops: a routing loop.";
            case APPLIANCE_NOT_FOUND: {
                String table = b.resources().size() > 1 ? " of route table '" + b.resource(1).name() + "'" : "";
                return "The next hop " + b.value(0) + " of route " + b.value(1) + table + " is not a network"
                        + " interface in " + b.resource(0).name() + " or in a network peered with it (Connected), so"
                        + " the route leads nowhere.";
            }
            case IP_FORWARDING_OFF:
                return "Network interface '" + b.resource(0).name() + "' (" + b.value(0) + ") does not have IP"
                        + " forwarding enabled, so Azure drops the packets to " + b.value(1) + " that are routed to it.";
            case APPLIANCE_ROUTING_LOOP:
                return "Routing loop: the packet came back to appliance '" + b.resource(0).name() + "' ("
                        + b.value(0) + "). The route table of subnet " + Names.qualified(b.resource(1))
                        + " sends the traffic back to the appliance in it.";
            case USER_ROUTE_TO_NONE:
                return "User route '" + b.value(0) + "' of route table '" + tableName(b.resources()) + "' sends "
                        + b.value(1) + " to next hop None, which drops the packet to " + b.value(2) + ".";
            case NO_GATEWAY:
                return "Route " + b.value(0) + " sends the packet to a virtual network gateway, but "
                        + b.resource(0).name() + " has no gateway and uses none through gateway transit.";
            case GATEWAY_NOT_ROUTE_BASED:
                return "Route " + b.value(0) + " sends the packet to a virtual network gateway, but the gateway "
                        + b.resource(1).name() + " uses ('" + b.resource(0).name() + "') is not a route-based VPN"
                        + " gateway; a user route cannot point at an ExpressRoute or policy-based gateway.";
            case SITE_HAS_NO_ROUTE_BACK:
                return "Site '" + b.resource(0).name() + "' learns no route back to " + b.value(0) + ": "
                        + advertisesOnly(b.resource(1), b.resource(2));
            case NOT_PEERED_WITH_HUB:
                return b.resource(0).name() + " is not peered (Connected) with " + b.resource(1).name()
                        + ", whose gateway connects the site.";
            case NO_GATEWAY_TRANSIT:
                return "Peering " + Names.peering(b.resource(0)) + " does not allow gateway transit.";
            case NOT_USING_REMOTE_GATEWAYS: {
                String hub = b.resource(1).name();
                return "Peering " + Names.peering(b.resource(0)) + " does not use the remote gateway, so " + hub
                        + "'s gateway neither advertises " + Names.parent(b.resource(0)) + " to the site nor gives it"
                        + " the site's routes.";
            }
            case BASIC_GATEWAY_SKU:
                return "Gateway '" + b.resource(0).name() + "' has SKU Basic, which gives no gateway transit to"
                        + " peered networks.";
            case NO_ROUTE_TO_SITE:
                return b.value(0) + " is behind site '" + b.resource(0).name() + "', which gateway '"
                        + b.resource(1).name() + "' of " + b.resource(3).name() + " connects, but "
                        + b.resource(2).name() + " has no route to it through that gateway.";
            case GATEWAY_ROUTES_NOT_PROPAGATED:
                return "Route table '" + b.resource(0).name() + "' of subnet " + Names.qualified(b.resource(1))
                        + " disables gateway route propagation, so the subnet gets none of the routes gateway '"
                        + b.resource(2).name() + "' learns.";
            case NO_SUCH_SITE:
                return "No on-premises site " + b.resource(0) + " in this topology.";
            case SITE_NOT_CONNECTED:
                return "Site '" + b.resource(0).name() + "' has no connection to a virtual network gateway.";
            case TUNNEL_NOT_CONNECTED:
                return "Connection '" + b.resource(0).name() + "' of gateway '" + b.resource(3).name()
                        + "' is NotConnected: its site '" + b.resource(1).name() + "' is gateway '"
                        + b.resource(2).name() + "' (the site's address is that gateway's public IP), which has no"
                        + " site-to-site connection back to a site of gateway '" + b.resource(3).name() + "'.";
            case SITE_LEARNS_NO_ROUTE:
                return "Site '" + b.resource(0).name() + "' learns no route to " + b.value(0) + ": "
                        + advertisesOnly(b.resource(1), b.resource(2));
            case NO_ROUTE_FOR_REPLIES:
                return "Replies from " + b.value(0) + " cannot return to " + b.value(1) + ": " + b.resource(0).name()
                        + " has no route back to it.";
            case NO_NETWORK_HOLDS_ADDRESS:
                return "No virtual network in the topology has address " + b.value(0) + ", and "
                        + b.resource(0).name() + " has no route that leads to it.";
            case NOT_PEERED: {
                List<ResourceId> common = b.resources().subList(2, b.resources().size());
                String transitivity = common.isEmpty() ? "" : " Peering is not transitive: both are peered with "
                        + common.stream().map(ResourceId::name).collect(Collectors.joining(" and "))
                        + ", but that gives them no path to each other.";
                return b.resource(0).name() + " and " + b.resource(1).name() + " are not peered." + transitivity;
            }
            case PEERING_NOT_SYNCED: {
                String c = b.resource(1).name();
                Cidr prefix = b.value(1);
                return "Peering " + Names.peering(b.resource(0)) + " has not synced " + c + "'s address space: "
                        + b.value(0) + (prefix == null ? "" : " is in " + prefix + ", which") + " was added to " + c
                        + " after the peering was made (peeringSyncLevel " + b.value(2) + ").";
            }
            case PEERING_STATES_DIFFER:
                return "Peerings between " + Names.parent(b.resource(0)) + " and " + Names.parent(b.resource(1))
                        + " are " + b.value(0) + " and " + b.value(1) + ".";
            case PEERING_DISCONNECTED: {
                String other = b.resource(1).name();
                return "Peering " + Names.peering(b.resource(0)) + " is Disconnected: its counterpart in " + other
                        + " (or " + other + " itself) was deleted.";
            }
            case PEERING_ONE_SIDED:
                return "Peering " + Names.peering(b.resource(0)) + " is " + b.value(0) + ": " + b.resource(1).name()
                        + " has no peering back to " + Names.parent(b.resource(0)) + ", and traffic flows only when"
                        + " both directions are Connected.";
            case NO_LOAD_BALANCER_RULE:
                return "No rule of load balancer '" + b.resource(0).name() + "' at frontend '" + b.resource(1).name()
                        + "' (" + b.value(1) + ") carries " + traffic(b.value(0)) + ": a load balancer forwards only"
                        + " what its load-balancing and inbound NAT rules name (an HA ports rule names every TCP and"
                        + " UDP port).";
            case NO_HEALTHY_BACKEND: {
                String rule = HopText.ruleKind(b.resource(1)) + " '" + b.resource(1).name() + "'";
                if (b.value(0) == null) {
                    return "The " + rule + " of load balancer '" + b.resource(0).name() + "' has no backend to send"
                            + " the packet to.";
                }
                List<String> nics = new java.util.ArrayList<>();
                b.resources().subList(2, b.resources().size()).forEach(n -> nics.add("'" + n.name() + "'"));
                return "No backend of " + rule + " of load balancer '" + b.resource(0).name() + "' is healthy:"
                        + (nics.isEmpty() ? " its backend pool is empty." : " probe '" + b.value(0) + "' fails on "
                        + String.join(", ", nics) + ", so the load balancer sends them no new flows.");
            }
            case PROBE_DENIED_BY_NSG: {
                List<String> rules = b.value(1);
                return "Network security group '" + b.resource(0).name() + "' on " + HopText.appliedTo(b.resource(1))
                        + " denies the health probe (" + traffic(b.value(0)) + " from AzureLoadBalancer, 168.63.129.16)"
                        + " to backend nic '" + b.resource(2).name() + "': " + String.join(", ", rules) + ".";
            }
            case NSG_DENIES: {
                SecurityRuleDirection direction = b.value(1);
                List<String> rules = b.value(4);
                return "Network security group '" + b.resource(0).name() + "' on " + HopText.appliedTo(b.resource(1))
                        + " denies " + traffic(b.value(0)) + " " + verb(direction) + " from " + b.value(2) + " to "
                        + b.value(3) + ": " + String.join(", ", rules) + ".";
            }
            case VIRTUAL_NETWORK_ACCESS_OFF: {
                String network = Names.parent(b.resource(0));
                List<Cidr> space = b.value(0);
                List<String> rules = b.value(1);
                return "allowVirtualNetworkAccess is off on peering " + Names.peering(b.resource(0)) + ", so "
                        + b.resource(1).name() + " (" + prefixes(space) + ") is not in " + network + "'s"
                        + " VirtualNetwork service tag and " + String.join(", ", rules) + " does not match it.";
            }
            case NO_PUBLIC_ADDRESS:
                return "No network interface of the topology has public IP address " + b.value(0) + "; from the"
                        + " Internet only public addresses are reachable.";
            case NO_PUBLIC_IP: {
                Endpoint destination = b.value(0);
                return destination.shortName() + " has no public IP address: from the Internet only public addresses"
                        + " are reachable, and " + b.value(1) + " is private.";
            }
            case STANDARD_PUBLIC_IP_CLOSED:
                return "Public IP '" + b.resource(0).name() + "' is Standard SKU, closed to inbound traffic unless a"
                        + " network security group on the subnet or the network interface allows it, and neither has"
                        + " one.";
            case NO_IPV6_ADDRESS:
                return "Network interface '" + b.resource(0).name() + "' has no IPv6 address, so it cannot send to "
                        + b.value(0) + ": give it an IPv6 IP configuration in a dual-stack subnet.";
            case NO_OUTBOUND_ACCESS: {
                String nic = "nic '" + b.resource(1).name() + "'";
                if (b.resources().size() > 2 && HopText.isLoadBalancer(b.resource(2))) {
                    return nic + " is in a backend pool of Standard load balancer '" + b.resource(2).name() + "',"
                            + " which gives its backends no default outbound access, and " + untranslated(b)
                            + "; subnet '" + Names.qualified(b.resource(0)) + "' has no NAT gateway and the interface"
                            + " no public IP, so the packet has no path to the Internet.";
                }
                if (b.resources().size() > 2) {
                    return "NAT gateway '" + b.resource(2).name() + "' of subnet '" + Names.qualified(b.resource(0))
                            + "' has no public IP address or prefix, and it overrides every other outbound method of "
                            + nic + ", so the packet has no path to the Internet.";
                }
                return "Subnet '" + Names.qualified(b.resource(0)) + "' is private (defaultOutboundAccess false) and "
                        + nic + " has no explicit outbound method: no NAT gateway on the subnet, no public IP on the"
                        + " interface, no load balancer outbound rule. Azure gives it no path to the Internet.";
            }
            case FIREWALL_DENIED: {
                io.vnetlab.dataplane.FirewallDecision d = b.value(0);
                return "Azure Firewall '" + b.resource(0).name() + "' denied the packet from " + b.value(1) + " to "
                        + b.value(2) + ": " + FirewallText.rule(d) + (d.outcome()
                        == io.vnetlab.dataplane.FirewallDecision.Outcome.DEFAULT_DENY
                        ? ", as Azure Firewall denies whatever no rule allows." : " matched first.");
            }
            case FIREWALL_ASYMMETRIC_ROUTING: {
                List<io.vnetlab.dataplane.Place> replyPasses = b.value(2);
                return "Azure Firewall '" + b.resource(0).name() + "' passed the request from " + b.value(0)
                        + " without translating its source, but the reply from " + b.value(1) + " "
                        + (replyPasses.isEmpty() ? "goes straight back" : "passes " + replyPasses.stream()
                        .map(HopText::place).collect(java.util.stream.Collectors.joining(", ")))
                        + " and bypasses the firewall: asymmetric routing, which the stateful firewall drops.";
            }
            case FIREWALL_RULE_UNDECIDABLE: {
                io.vnetlab.dataplane.FirewallDecision d = b.value(0);
                if (d.outcome() == io.vnetlab.dataplane.FirewallDecision.Outcome.UNDECIDABLE_SERVICE_TAG) {
                    return "Azure Firewall '" + b.resource(0).name() + "' reaches " + FirewallText.rule(d) + ", whose"
                            + " destinations name a service tag; vnetlab does not hold the tag's addresses, so it"
                            + " cannot decide whether " + b.value(2) + " is one of them.";
                }
                return "Azure Firewall '" + b.resource(0).name() + "' reaches " + FirewallText.rule(d) + ", which"
                        + " matches destination FQDNs or FQDN tags; the flow to " + b.value(2) + " names no"
                        + " destination FQDN, so vnetlab cannot decide it.";
            }
            case FORWARDED_TRAFFIC_REFUSED: {
                String from = b.resource(1).name();
                return "The packet's source " + b.value(0) + " is outside " + from + "'s address space, so it is"
                        + " forwarded traffic, and peering " + Names.peering(b.resource(0)) + " does not allow"
                        + " forwarded traffic.";
            }
            case SUBNET_NOT_IN_PEERING: {
                List<String> names = b.value(0);
                return "Subnet " + Names.qualified(b.resource(1)) + " is not part of peering "
                        + Names.peering(b.resource(0)) + ", a subnet peering that joins only " + String.join(", ", names)
                        + " of " + Names.parent(b.resource(1)) + ".";
            }
            case IPV6_ONLY_PEERING:
                return "Peering " + Names.peering(b.resource(0)) + " peers IPv6 prefixes only (enableOnlyIPv6Peering),"
                        + " so it carries no route to " + b.value(0) + ".";
            case ADMIN_RULE_DENIES: {
                SecurityRuleDirection direction = b.value(1);
                List<String> rules = b.value(4);
                return "Security admin configuration '" + b.resource(0).name() + "' of network manager '"
                        + Names.parent(b.resource(0)) + "' denies " + traffic(b.value(0)) + " " + verb(direction)
                        + " from " + b.value(2) + " to " + b.value(3) + " in " + b.resource(1).name() + ": "
                        + String.join(", ", rules) + " (admin rules are evaluated before network security groups).";
            }
            case PRIVATE_ENDPOINT_INITIATES:
                return "Private endpoint '" + b.resource(0).name() + "' (network interface '" + b.resource(1).name()
                        + "') only receives connections: the service behind it cannot open one into the network, so"
                        + " no flow starts at a private endpoint.";
            case PRIVATE_ENDPOINT_PROTOCOL:
                return "Private endpoint '" + b.resource(0).name() + "' carries TCP and UDP only; it does not answer "
                        + b.value(0).toString().toUpperCase(java.util.Locale.ROOT) + ".";
            case BASIC_FRONTEND_ACROSS_GLOBAL_PEERING:
                return "Load balancer '" + b.resource(0).name() + "' is Basic SKU: its frontend '" + b.resource(1).name()
                        + "' (" + b.value(0) + ") cannot be reached across global peering "
                        + Names.peering(b.resource(2)) + "; only a Standard load balancer answers from another"
                        + " region.";
            default:
                throw new IllegalStateException("no text for blocker kind " + b.kind());
        }
    }

    /** {@code all traffic} when nothing narrowed the flow, else {@code TCP 22} and the like. */
    static String traffic(ProtocolPorts traffic) {
        return traffic.isAllTraffic() ? "all traffic" : traffic.toString();
    }

    static String verb(SecurityRuleDirection direction) {
        return direction == SecurityRuleDirection.Inbound ? "inbound" : "outbound";
    }

    static String prefixes(List<Cidr> prefixes) {
        return prefixes.stream().map(Cidr::toString).collect(Collectors.joining(", "));
    }

    static String tableName(List<ResourceId> table) {
        return table.isEmpty() ? "?" : table.get(0).name();
    }

    private static String names(List<ResourceId> ids) {
        return ids.stream().map(ResourceId::name).collect(Collectors.joining(", "));
    }

    private static String advertisesOnly(ResourceId gateway, ResourceId network) {
        return "gateway '" + gateway.name() + "' advertises only " + network.name() + "'s address space and the"
                + " networks that use it through gateway transit.";
    }

    /**
     * Why a Standard load balancer translates none of a backend's flow: no rule covers the interface, or its rules
     * translate other protocols only (docs/azure/outbound-access.md#load-balancers).
     */
    private static String untranslated(Blocker b) {
        List<io.vnetlab.model.LoadBalancer.Rule> rules = b.values().size() > 1 ? b.value(1) : List.of();
        if (rules.isEmpty()) {
            return "no outbound rule of it, and no load-balancing rule with outbound SNAT, covers the interface";
        }
        io.vnetlab.model.Protocol protocol = b.value(0);
        return "none of its rules translates this " + (protocol == null ? ""
                : protocol.name().toUpperCase(java.util.Locale.ROOT) + " ") + "flow: " + rules.stream().map(r -> "load-balancing rule '" + r.name() + "' translates "
                + (r.protocol() == io.vnetlab.model.LoadBalancer.TransportProtocol.All ? "TCP and UDP"
                : r.protocol().name().toUpperCase(java.util.Locale.ROOT)) + " only")
                .collect(Collectors.joining(", ")) + " (a load balancer translates TCP and UDP, each rule its own"
                + " protocol)";
    }
}
