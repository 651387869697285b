package io.vnetlab.dataplane;

import io.vnetlab.address.Cidr;
import io.vnetlab.address.IpAddress;
import io.vnetlab.model.ConnectionType;
import io.vnetlab.model.ResourceId;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A fact a hop's decision rests on besides its route, peering and security check: which interface holds the
 * address, why the packet was dropped there, which connection or public IP it went through.
 */
@API(status = MAINTAINED, since = "0.1")
public sealed interface HopDetail {

    /** Interface {@code nic} holds {@code address}: the packet is delivered to it. */
    record Holds(ResourceId nic, IpAddress address) implements HopDetail { }

    /** The flow's destination is its source. */
    record SourceIsDestination() implements HopDetail { }

    /** The subnet has no route to {@code destination}. */
    record NoRoute(IpAddress destination) implements HopDetail { }

    /** No interface of the network holds {@code address}. */
    record NoInterface(IpAddress address) implements HopDetail { }

    /** The packet came back to the appliance at {@code appliance}. */
    record RoutingLoop(IpAddress appliance) implements HopDetail { }

    /** Interface {@code nic} (at {@code address}) drops what is not addressed to it. */
    record IpForwardingOff(ResourceId nic, IpAddress address) implements HopDetail { }

    /** The peering into this network refuses traffic forwarded from {@code fromNetwork}. */
    record ForwardedRefused(ResourceId fromNetwork) implements HopDetail { }

    /** Gateway {@code gateway} relayed the packet over its connection to gateway {@code relay}. */
    record Relayed(ResourceId gateway, ResourceId relay) implements HopDetail { }

    /** The packet crossed gateway connection {@code connection}. */
    record Connection(ResourceId connection, ConnectionType type) implements HopDetail { }

    /** {@code destination} lies in the site's prefix {@code prefix} ({@code null} if none holds it). */
    record InSitePrefix(IpAddress destination, Cidr prefix) implements HopDetail { }

    /** Site {@code site} learns no route back to {@code source}. */
    record NoRouteBack(ResourceId site, IpAddress source) implements HopDetail { }

    /** In through public IP {@code publicIp} at {@code publicAddress}, translated to {@code privateAddress}. */
    record PublicAddress(ResourceId publicIp, IpAddress publicAddress, IpAddress privateAddress) implements HopDetail { }

    /** The source was translated to public IP {@code publicIp} at {@code address}. */
    record SourceNat(ResourceId publicIp, IpAddress address) implements HopDetail { }

    /** The packet left for the Internet by {@code access}, its source translated as that method does. */
    record Outbound(OutboundAccess access) implements HopDetail { }

    /** Public IP {@code publicIp} is Standard SKU, closed unless an NSG allows the flow. */
    record StandardSkuClosed(ResourceId publicIp) implements HopDetail { }

    /** Nothing in the topology has public address {@code address}. */
    record NoPublicAddress(IpAddress address) implements HopDetail { }

    /** Interface {@code nic} has no public IP. */
    record NoPublicIp(ResourceId nic) implements HopDetail { }

    /** An Azure Firewall applied its rules: the rule collection and rule that decided, or its default deny. */
    record FirewallRuleDecided(FirewallDecision decision) implements HopDetail { }

    /**
     * Azure Firewall {@code firewall} translated the source {@code original} to its own address {@code translated};
     * or kept it ({@code translated} {@code null}) because private range {@code privateRange} holds the destination
     * (docs/azure/azure-firewall.md#snat).
     */
    record FirewallSourceNat(ResourceId firewall, IpAddress original, IpAddress translated, Cidr privateRange)
            implements HopDetail {
        /** Whether the source was translated. */
        public boolean translatedSource() {
            return translated != null;
        }
    }

    /**
     * Azure Firewall {@code firewall} took the packet at its public IP {@code publicIp} ({@code publicAddress}) and
     * translated the destination to {@code translatedAddress} on {@code translatedPort} (-1: the packet's own port)
     * and the source to its own address {@code source} (docs/azure/azure-firewall.md#dnat).
     */
    record FirewallDnat(ResourceId firewall, ResourceId publicIp, IpAddress publicAddress,
                        IpAddress translatedAddress, int translatedPort, IpAddress source) implements HopDetail { }

    /**
     * The packet went to network {@code network} of a connected group that configuration {@code configuration}
     * makes (docs/azure/virtual-network-manager.md#connected-groups).
     */
    record ConnectedGroupCrossed(ResourceId configuration, ResourceId network) implements HopDetail { }

    /**
     * The security admin rules that decided, before any NSG (docs/azure/virtual-network-manager.md#security-admin-rules):
     * configuration {@code configuration} on network {@code network}, in {@code direction}, with {@code access}
     * ({@code Allow}, {@code Deny} or {@code AlwaysAllow}) by {@code rules} ({@code collection/rule}).
     */
    record AdminRules(ResourceId configuration, ResourceId network, io.vnetlab.model.SecurityRuleDirection direction,
                      io.vnetlab.model.AdminRule.Access access, java.util.List<String> rules) implements HopDetail { }

    /**
     * Load balancer {@code loadBalancer} took the packet at frontend {@code frontend} ({@code frontendAddress}) by rule
     * or inbound NAT rule {@code rule} and sent it to backend {@code backend} at {@code backendAddress}, on
     * {@code backendPort} (0: the packet's own port) (docs/azure/load-balancers.md#data-path).
     */
    record LoadBalanced(ResourceId loadBalancer, ResourceId frontend, IpAddress frontendAddress, ResourceId rule,
                        ResourceId backend, IpAddress backendAddress, int backendPort) implements HopDetail { }

    /**
     * Backend {@code nic} is unhealthy: NSG {@code networkSecurityGroup} denies probe {@code probe} from the
     * AzureLoadBalancer address by {@code rules} (docs/azure/load-balancers.md#health-probes).
     */
    record ProbeBlocked(ResourceId nic, ResourceId probe, ResourceId networkSecurityGroup,
                        java.util.List<String> rules) implements HopDetail {
        public ProbeBlocked {
            rules = java.util.List.copyOf(rules);
        }
    }

    /** No rule of load balancer {@code loadBalancer} at frontend {@code frontend} carries the packet. */
    record NoLoadBalancingRule(ResourceId loadBalancer, ResourceId frontend) implements HopDetail { }

    /** The interface that holds the address is not the flow's destination. */
    record NotTheDestination() implements HopDetail { }

    /**
     * The reply to {@code to} does not return: {@code cause} is the reply's own blocking hop, or {@code route} the
     * route that sends it elsewhere; neither when no route leads back.
     */
    record Reply(IpAddress to, EffectiveRoute route, Hop cause) implements HopDetail { }
}
