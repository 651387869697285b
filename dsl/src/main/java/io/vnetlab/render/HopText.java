package io.vnetlab.render;

import io.vnetlab.dataplane.Hop;
import io.vnetlab.dataplane.HopDetail;
import io.vnetlab.dataplane.HopOutcome;
import io.vnetlab.dataplane.Place;
import io.vnetlab.dataplane.SecurityCheck;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRuleAccess;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The plain-text parts of a hop line {@code from -> to: decision   outcome}:
 *
 * <pre>{@code
 * HopText.from(hop);       // SalesVNet/Apps
 * HopText.to(hop);         // MarketingVNet, or "" when the packet went nowhere
 * HopText.decision(hop);   // route 10.2.0.0/16 -> VNetPeering (Default), peering 'SalesVNet-To-MarketingVNet' Connected
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class HopText {

    private HopText() {
    }

    public static String from(Hop hop) {
        return place(hop.at());
    }

    /** Where the packet went, or the empty string when it went nowhere. */
    public static String to(Hop hop) {
        return hop.destination().map(HopText::place).orElse("");
    }

    /** {@code ok}, {@code delivered} or {@code BLOCKED}. */
    public static String outcome(HopOutcome outcome) {
        switch (outcome) {
            case FORWARDED:
                return "ok";
            case DELIVERED:
                return "delivered";
            default:
                return "BLOCKED";
        }
    }

    /** The facts that decided, in words: the NSG, the route, the peering, then the details. */
    public static String decision(Hop hop) {
        List<String> parts = new ArrayList<>();
        hop.securityCheck().ifPresent(check -> parts.add(security(check)));
        hop.decidingRoute().ifPresent(route -> parts.add("route " + route.describe()));
        hop.peeringCrossed().ifPresent(p -> parts.add("peering '" + p.peering().name() + "' " + p.state()));
        for (HopDetail detail : hop.details()) {
            parts.add(detail(detail));
        }
        return String.join(", ", parts);
    }

    /** {@code SalesVNet/Apps}, {@code appliance 10.0.1.4 (Hub/Nva)}, {@code gateway 'HubVpn' (Hub)}, ... */
    public static String place(Place place) {
        switch (place.kind()) {
            case SUBNET:
                return Names.qualified(place.id());
            case NETWORK:
                return place.id().name();
            case APPLIANCE:
            case FIREWALL:
                return "appliance " + place.address() + " (" + Names.qualified(place.subnetId()) + ")";
            case GATEWAY:
                return "gateway '" + place.id().name() + "' (" + Names.parent(place.subnetId()) + ")";
            case SITE:
                return "site '" + place.id().name() + "'";
            case INTERNET:
                return "Internet";
            default:
                return place.endpoint().shortName();
        }
    }

    /** {@code nsg 'web-nsg' on subnet 'vnet/web', inbound: allowed by securityRules/allow-http}. */
    static String security(SecurityCheck check) {
        String verb = check.direction() == SecurityRuleDirection.Inbound ? "inbound" : "outbound";
        return "nsg '" + check.networkSecurityGroup().name() + "' on " + appliedTo(check.appliedTo()) + ", " + verb
                + ": " + (check.access() == SecurityRuleAccess.Allow ? "allowed by " : "")
                + String.join(", ", check.rules());
    }

    /** {@code subnet 'vnet/web'} or {@code nic 'webNic'}. */
    static String appliedTo(ResourceId id) {
        return Names.isSubnet(id) ? "subnet '" + Names.qualified(id) + "'" : "nic '" + id.name() + "'";
    }

    /** {@code source NAT by NAT gateway 'nat' to public IP 'nat-ip' 20.0.0.4}, and the like per method. */
    static String outbound(io.vnetlab.dataplane.OutboundAccess access) {
        String to = access.publicIpId().map(ip -> " to " + publicAddressKind(ip) + " '" + ip.name() + "' "
                + access.sourceAddress().map(Object::toString).orElse("")).orElse("").stripTrailing();
        switch (access.method()) {
            case NAT_GATEWAY:
                return "source NAT by NAT gateway '" + access.through().name() + "'" + to;
            case INSTANCE_PUBLIC_IP:
                return "source NAT" + to;
            case LOAD_BALANCER_OUTBOUND_RULE:
                return "source NAT by outbound rule '" + access.rule().name() + "' of load balancer '"
                        + access.through().name() + "'" + to;
            case LOAD_BALANCER_RULE:
                return "source NAT by load-balancing rule '" + access.rule().name() + "' of load balancer '"
                        + access.through().name() + "'" + to;
            case AZURE_FIREWALL:
                return "source NAT by the Azure Firewall to its public IP address" + (access.publicIpId().isEmpty()
                        ? "" : to.replaceFirst("^ to public IP", ""));
            case DEFAULT_OUTBOUND_ACCESS:
                return "default outbound access of subnet '" + Names.qualified(access.through()) + "' (source: an"
                        + " address Azure owns, not simulated)";
            default:
                if (Names.isSubnet(access.through())) {
                    return "no outbound access: subnet '" + Names.qualified(access.through()) + "' is private";
                }
                return isLoadBalancer(access.through())
                        ? "no outbound access: nic '" + access.networkInterface().name() + "' is in a pool of Standard"
                        + " load balancer '" + access.through().name() + "', and no rule of it translates this flow"
                        : "no outbound access: NAT gateway '" + access.through().name() + "' has no public IP address";
        }
    }

    static boolean isLoadBalancer(ResourceId id) {
        return id.type().equalsIgnoreCase("Microsoft.Network/loadBalancers");
    }

    private static String publicAddressKind(ResourceId id) {
        return id.type().equalsIgnoreCase("Microsoft.Network/publicIPPrefixes") ? "public IP prefix" : "public IP";
    }

    /** {@code rule} or {@code inbound NAT rule}, from the child resource type in the id. */
    static String ruleKind(ResourceId rule) {
        return rule.toString().contains("/inboundNatRules/") ? "inbound NAT rule" : "rule";
    }

    private static String detail(HopDetail detail) {
        if (detail instanceof HopDetail.FirewallRuleDecided d) {
            return FirewallText.decided(d.decision());
        }
        if (detail instanceof HopDetail.FirewallSourceNat d) {
            return d.translatedSource() ? "source NAT to the firewall's address " + d.translated()
                    : "no source NAT: the destination is in private range " + d.privateRange();
        }
        if (detail instanceof HopDetail.FirewallDnat d) {
            return "DNAT public IP '" + d.publicIp().name() + "' " + d.publicAddress() + " -> " + d.translatedAddress()
                    + (d.translatedPort() < 0 ? "" : ":" + d.translatedPort()) + ", source NAT to " + d.source();
        }
        if (detail instanceof HopDetail.Holds d) {
            return "nic '" + d.nic().name() + "' holds " + d.address();
        } else if (detail instanceof HopDetail.SourceIsDestination) {
            return "the destination is the source itself";
        } else if (detail instanceof HopDetail.NoRoute d) {
            return "no route to " + d.destination();
        } else if (detail instanceof HopDetail.NoInterface d) {
            return "no network interface has address " + d.address();
        } else if (detail instanceof HopDetail.RoutingLoop d) {
            return "routing loop through " + d.appliance();
        } else if (detail instanceof HopDetail.IpForwardingOff d) {
            return "nic '" + d.nic().name() + "' has IP forwarding off: drops packets not addressed to " + d.address();
        } else if (detail instanceof HopDetail.ForwardedRefused d) {
            return "forwarded traffic from " + d.fromNetwork().name() + " refused";
        } else if (detail instanceof HopDetail.Relayed d) {
            return "gateway '" + d.gateway().name() + "' connection to gateway '" + d.relay().name() + "'";
        } else if (detail instanceof HopDetail.Connection d) {
            return "connection '" + d.connection().name() + "' (" + d.type() + ")";
        } else if (detail instanceof HopDetail.InSitePrefix d) {
            return d.destination() + " is in " + (d.prefix() == null ? "?" : d.prefix().toString());
        } else if (detail instanceof HopDetail.NoRouteBack d) {
            return "site '" + d.site().name() + "' has no route back to " + d.source();
        } else if (detail instanceof HopDetail.PublicAddress d) {
            return "public IP '" + d.publicIp().name() + "' " + d.publicAddress() + " -> " + d.privateAddress();
        } else if (detail instanceof HopDetail.SourceNat d) {
            return "source NAT to public IP '" + d.publicIp().name() + "' " + d.address();
        } else if (detail instanceof HopDetail.Outbound d) {
            return outbound(d.access());
        } else if (detail instanceof HopDetail.StandardSkuClosed d) {
            return "public IP '" + d.publicIp().name() + "' is Standard SKU and no NSG allows the flow";
        } else if (detail instanceof HopDetail.NoPublicAddress d) {
            return "no resource of the topology has public address " + d.address();
        } else if (detail instanceof HopDetail.NoPublicIp d) {
            return "nic '" + d.nic().name() + "' has no public IP address";
        } else if (detail instanceof HopDetail.LoadBalanced d) {
            return "load balancer '" + d.loadBalancer().name() + "' frontend '" + d.frontend().name() + "' "
                    + d.frontendAddress() + ", " + ruleKind(d.rule()) + " '" + d.rule().name() + "' -> backend nic '"
                    + d.backend().name() + "' " + d.backendAddress() + (d.backendPort() == 0 ? "" : ":" + d.backendPort());
        } else if (detail instanceof HopDetail.ProbeBlocked d) {
            return "backend nic '" + d.nic().name() + "' unhealthy: nsg '" + d.networkSecurityGroup().name()
                    + "' denies probe '" + d.probe().name() + "' from AzureLoadBalancer (" + String.join(", ", d.rules())
                    + ")";
        } else if (detail instanceof HopDetail.NoLoadBalancingRule d) {
            return "no rule of load balancer '" + d.loadBalancer().name() + "' at frontend '" + d.frontend().name()
                    + "' carries the packet";
        } else if (detail instanceof HopDetail.NotTheDestination) {
            return "not the destination";
        } else if (detail instanceof HopDetail.ConnectedGroupCrossed d) {
            return "connected group of '" + d.configuration().name() + "'";
        } else if (detail instanceof HopDetail.AdminRules d) {
            String verb = d.direction() == SecurityRuleDirection.Inbound ? "inbound" : "outbound";
            return "admin rules of '" + d.configuration().name() + "' on " + d.network().name() + ", " + verb + ": "
                    + d.access() + " by " + String.join(", ", d.rules());
        }
        HopDetail.Reply d = (HopDetail.Reply) detail;
        String why = d.cause() != null ? decision(d.cause())
                : d.route() != null ? "route " + d.route().describe() : "no route back";
        return "reply to " + d.to() + ": " + why;
    }
}
