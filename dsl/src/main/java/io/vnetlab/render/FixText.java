package io.vnetlab.render;

import io.vnetlab.dataplane.Fix;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRuleDirection;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A fix in words: what to change, in Azure's terms, then how to change it on the reader's surface. The plain text
 * that assertions and the Java examples print speaks the Java DSL; a surface with its own vocabulary (the
 * {@code az} emulation) subclasses and overrides {@link #how(Fix)}.
 *
 * <pre>{@code
 * FixText.PLAIN.render(fix);
 * // enable IP forwarding on network interface 'nvaNic' (az network nic update -g rg -n nvaNic --ip-forwarding true)
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1")
public class FixText {

    /** The fixes as assertions, the demo and the Java examples print them. */
    public static final FixText PLAIN = new FixText();

    protected FixText() {
    }

    /** {@code what (how)}, or just {@code what} when the surface has nothing to type for it. */
    public final String render(Fix fix) {
        String how = how(fix);
        return what(fix) + (how == null ? "" : " (" + how + ")");
    }

    /** {@code To fix, a.} or {@code To fix, either a, or b.} */
    public final String line(List<Fix> fixes) {
        List<String> texts = new ArrayList<>();
        for (Fix fix : fixes) {
            texts.add(render(fix));
        }
        return VerdictRenderer.fixLine(texts);
    }

    /**
     * How to make the change on this surface, or {@code null}. Plain text: the Java DSL call where there is one, and
     * the {@code az} command for what the Java DSL does not do (syncing a peering, IP forwarding on an interface
     * made elsewhere).
     */
    protected String how(Fix fix) {
        switch (fix.kind()) {
            case SYNC_PEERING:
                return syncPeeringCommand(fix.resource(0));
            case ENABLE_IP_FORWARDING: {
                ResourceId nic = fix.resource(0);
                return "az network nic update -g " + nic.resourceGroup() + " -n " + nic.name() + " --ip-forwarding true";
            }
            case PEER_USING_REMOTE_GATEWAY: {
                String spoke = fix.resource(0).name();
                String hub = fix.resource(1).name();
                return "topology.peer(\"" + spoke + "\").with(\"" + hub + "\").usingGatewayOf(\"" + hub + "\")";
            }
            case ENABLE_GATEWAY_ROUTE_PROPAGATION:
                return "withEnableBgpRoutePropagation()";
            case CONNECT_SITE:
                return "topology.connections().define(..).withSiteToSite(gateway, \"" + fix.resource(0).name() + "\")";
            case CONNECT_GATEWAY_BACK:
                return "topology.connections().define(..).withSiteToSite(\"" + fix.resource(0).name() + "\", "
                        + (fix.value(0) == null ? "site" : "\"" + fix.value(0) + "\"") + ")";
            case ATTACH_NAT_GATEWAY:
            case GIVE_LOAD_BALANCER_BACKEND_OUTBOUND:
                return "topology.natGateways().associateWithSubnet(gateway, \"" + Names.parent(fix.resource(0))
                        + "\", \"" + fix.resource(0).name() + "\")";
            default:
                return null;
        }
    }

    /** {@code az network vnet peering sync}, which the Java DSL and {@code az} users alike run for a stale peering. */
    protected static String syncPeeringCommand(ResourceId peering) {
        return "az network vnet peering sync -g " + peering.resourceGroup() + " --vnet-name " + Names.parent(peering)
                + " -n " + peering.name();
    }

    /** The change to make, in Azure's terms: resources, settings, rules. */
    public static String what(Fix fix) {
        switch (fix.kind()) {
            case USE_NON_OVERLAPPING_ADDRESS_SPACE:
                return "give " + fix.resource(0).name() + " an address space that does not overlap "
                        + fix.resource(1).name() + "'s, then peer them";
            case PEER_DIRECTLY:
                return "peer " + fix.resource(0).name() + " with " + fix.resource(1).name()
                        + " directly (a peering in each direction)";
            case ROUTE_THROUGH_SHARED_PEER_APPLIANCE: {
                String a = fix.resource(0).name();
                String c = fix.resource(1).name();
                String hub = fix.resource(2).name();
                return "route " + BlockerText.prefixes(fix.value(0)) + " from " + a + " through a network virtual"
                        + " appliance in " + hub + " (a route table with next hop VirtualAppliance, IP forwarding on"
                        + " the appliance's network interface, and allowForwardedTraffic on the peerings of " + a
                        + " and " + c + " to " + hub + ")";
            }
            case RECREATE_PEERING:
                return "update or re-create peering " + Names.peering(fix.resource(0)) + ", then create a peering"
                        + " from " + fix.resource(1).name() + " to " + Names.parent(fix.resource(0));
            case CREATE_PEERING_BACK:
                return "create the peering from " + fix.resource(0).name() + " to " + fix.resource(1).name();
            case SYNC_PEERING:
                return "sync peering " + Names.peering(fix.resource(0));
            case ADD_SUBNET_TO_PEERING: {
                ResourceId subnet = fix.resource(1);
                boolean local = Names.parent(subnet).equalsIgnoreCase(Names.parent(fix.resource(0)));
                return "add subnet " + subnet.name() + " to the " + (local ? "localSubnetNames" : "remoteSubnetNames")
                        + " of peering " + Names.peering(fix.resource(0)) + " (and to the other direction's)";
            }
            case SET_PEERING_SETTINGS: {
                List<String> settings = new ArrayList<>();
                for (int i = 0; i < fix.resources().size(); i++) {
                    settings.add(fix.value(i) + " on peering " + Names.peering(fix.resource(i)));
                }
                return "set " + String.join(" and ", settings);
            }
            case ADD_SECURITY_RULE:
                return "add " + rule(fix, 0) + " (any priority from 100 to 4096 comes before the default rules)";
            case CHANGE_RULE_OR_ADD_BEFORE_IT:
                return "change or remove " + fix.value(0) + " of nsg '" + fix.resource(0).name() + "', or add "
                        + rule(fix, 1) + " with a priority number below " + fix.value(5);
            case CHANGE_RULE:
                return "change or remove " + fix.value(0) + " of nsg '" + fix.resource(0).name() + "'";
            case ASSOCIATE_PUBLIC_IP:
                return "associate a public IP address with nic '" + fix.resource(0).name() + "'";
            case ASSOCIATE_NSG:
                return "associate a network security group that allows " + BlockerText.traffic(fix.value(0))
                        + " with nic '" + fix.resource(0).name() + "' or its subnet";
            case POINT_ROUTE_AT_APPLIANCE:
                return "point the route at the private IP address of the appliance's network interface";
            case ENABLE_IP_FORWARDING:
                return "enable IP forwarding on network interface '" + fix.resource(0).name() + "'";
            case DISSOCIATE_ROUTE_TABLE_FROM_APPLIANCE_SUBNET:
                return "do not associate the route table that points at " + fix.value(0)
                        + " with the appliance's own subnet " + Names.qualified(fix.resource(0));
            case REMOVE_USER_ROUTE:
                return "remove route '" + fix.value(0) + "' from route table '" + BlockerText.tableName(fix.resources())
                        + "' or change its next hop";
            case CREATE_GATEWAY:
                return "create a route-based VPN gateway in " + fix.resource(0).name() + "'s GatewaySubnet, or use"
                        + " the gateway of a peered hub (useRemoteGateways, with allowGatewayTransit on the hub's side)";
            case PEER_USING_REMOTE_GATEWAY: {
                String hub = fix.resource(1).name();
                return "peer " + fix.resource(0).name() + " with " + hub + " using " + hub + "'s gateway";
            }
            case UPGRADE_BASIC_GATEWAY:
                return "use a gateway SKU other than Basic, such as VpnGw1, in " + fix.resource(0).name();
            case ENABLE_GATEWAY_ROUTE_PROPAGATION:
                return "turn gateway route propagation back on for route table '" + fix.resource(0).name() + "'";
            case ADD_GATEWAY_ROUTE:
                return "add a route to " + fix.value(0) + " with next hop VirtualNetworkGateway to route table '"
                        + fix.resource(0).name() + "'";
            case CONNECT_SITE:
                return "connect the site to a gateway";
            case CONNECT_GATEWAY_BACK:
                return "connect gateway '" + fix.resource(0).name() + "' back, site-to-site, to "
                        + (fix.value(0) == null ? "a new site whose address is gateway '" + fix.resource(1).name()
                        + "''s public IP" : "site '" + fix.value(0) + "', which is gateway '" + fix.resource(1).name()
                        + "'");
            case ATTACH_NAT_GATEWAY:
                return "attach a NAT gateway with a Standard public IP to subnet '" + Names.qualified(fix.resource(0))
                        + "' (or give the interface a public IP, or turn default outbound access back on)";
            case GIVE_LOAD_BALANCER_BACKEND_OUTBOUND:
                return "give load balancer '" + fix.resource(1).name() + "' an outbound rule for the interface's"
                        + " pool on a public frontend, give the interface a public IP, or attach a NAT gateway with a"
                        + " Standard public IP to subnet '" + Names.qualified(fix.resource(0)) + "'";
            case ADD_NAT_GATEWAY_PUBLIC_IP:
                return "give NAT gateway '" + fix.resource(0).name() + "' a Standard public IP address or prefix";
            case ADD_FIREWALL_ALLOW_RULE: {
                io.vnetlab.dataplane.FirewallDecision d = fix.value(0);
                int port = fix.value(4);
                String where = fix.resource(0).type().endsWith("firewallPolicies")
                        ? "firewall policy '" + fix.resource(0).name() + "'" : "Azure Firewall '"
                        + fix.resource(0).name() + "' (classic rules)";
                return "add to " + where + " a network rule allowing " + fix.value(3).toString()
                        .toUpperCase(java.util.Locale.ROOT) + (port < 0 ? "" : " " + port) + " from " + fix.value(1)
                        + " to " + fix.value(2) + (d.outcome() == io.vnetlab.dataplane.FirewallDecision.Outcome.DENIED
                        ? ", in a rule collection processed before '" + d.collection() + "'" : "");
            }
            case ADD_FIREWALL_DNAT_RULE: {
                int port = fix.value(2);
                String where = fix.resource(0).type().endsWith("firewallPolicies")
                        ? "firewall policy '" + fix.resource(0).name() + "'" : "Azure Firewall '"
                        + fix.resource(0).name() + "' (classic rules)";
                return "add to " + where + " a DNAT rule translating " + fix.value(1).toString()
                        .toUpperCase(java.util.Locale.ROOT) + (port < 0 ? "" : " " + port) + " to " + fix.value(0)
                        + " to the private address and port of the server";
            }
            case ROUTE_REPLIES_THROUGH_FIREWALL:
                return "route the replies through the firewall: a route for " + fix.value(0) + " with next hop"
                        + " VirtualAppliance " + fix.value(1) + " in the route table of subnet '"
                        + Names.qualified(fix.resource(0)) + "' (or have Azure Firewall '" + fix.resource(1).name()
                        + "' SNAT this traffic through its private ranges)";
            case NAME_DESTINATION_FQDN:
                return "give the flow's destination its FQDN (Endpoint.host(fqdn, address)) so that rule '"
                        + ((io.vnetlab.dataplane.FirewallDecision) fix.value(0)).rule() + "' can be matched";
            default:
                throw new IllegalStateException("no text for fix kind " + fix.kind());
        }
    }

    /** {@code an inbound security rule to nsg 'n' that allows TCP 22 from a to b}, from the values at {@code at}. */
    private static String rule(Fix fix, int at) {
        SecurityRuleDirection direction = fix.value(at);
        return "a" + (direction == SecurityRuleDirection.Inbound ? "n inbound" : "n outbound") + " security rule to"
                + " nsg '" + fix.resource(0).name() + "' that allows " + BlockerText.traffic(fix.value(at + 1))
                + " from " + fix.value(at + 2) + " to " + fix.value(at + 3);
    }
}
