package io.vnetlab.az;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.List;

/**
 * Route tables, NSGs, application security groups, public IPs, gateways and connections as the CLI prints them
 * (the same conventions as {@link Shapes}: ARM's {@code properties} flattened, {@code resourceGroup} last).
 */
final class NetworkShapes {

    private NetworkShapes() {
    }

    private static ObjectNode top(ResourceId id, String name, String location) {
        ObjectNode o = Json.object();
        o.put("etag", Shapes.etag(id));
        o.put("id", id.toString());
        if (location != null) {
            o.put("location", location);
        }
        o.put("name", name);
        return o;
    }

    static ObjectNode routeTable(TopologyState state, RouteTable t) {
        ObjectNode o = top(t.id(), t.name(), t.region().name());
        o.put("disableBgpRoutePropagation", t.disableBgpRoutePropagation());
        o.put("provisioningState", "Succeeded");
        o.put("resourceGuid", Shapes.guid("routeTable:" + t.id()));
        ArrayNode routes = o.putArray("routes");
        t.routes().forEach(r -> routes.add(route(r)));
        List<Subnet> subnets = state.networks().stream().flatMap(n -> n.subnets().stream())
                .filter(s -> t.id().equals(s.routeTableId())).toList();
        if (!subnets.isEmpty()) {
            ArrayNode a = o.putArray("subnets");
            subnets.forEach(s -> a.add(Json.reference(s.id())));
        }
        o.put("type", "Microsoft.Network/routeTables");
        o.put("resourceGroup", t.resourceGroup());
        return o;
    }

    static ObjectNode route(Route r) {
        ObjectNode o = top(r.id(), r.name(), null);
        o.put("addressPrefix", r.addressPrefix().toString());
        o.put("hasBgpOverride", false);
        r.nextHopIp().ifPresent(ip -> o.put("nextHopIpAddress", ip.toString()));
        o.put("nextHopType", r.nextHopType().name());
        o.put("provisioningState", "Succeeded");
        o.put("type", "Microsoft.Network/routeTables/routes");
        o.put("resourceGroup", r.id().resourceGroup());
        return o;
    }

    static ObjectNode nsg(TopologyState state, NetworkSecurityGroup g) {
        ObjectNode o = top(g.id(), g.name(), g.region().name());
        ArrayNode defaults = o.putArray("defaultSecurityRules");
        g.defaultSecurityRules().forEach(r -> defaults.add(rule(g.id(), r)));
        List<NetworkInterface> nics = state.networkInterfaces().stream()
                .filter(n -> g.id().equals(n.networkSecurityGroupId())).toList();
        if (!nics.isEmpty()) {
            ArrayNode a = o.putArray("networkInterfaces");
            nics.forEach(n -> a.add(Json.reference(n.id())));
        }
        o.put("provisioningState", "Succeeded");
        o.put("resourceGuid", g.resourceGuid());
        ArrayNode rules = o.putArray("securityRules");
        g.securityRules().forEach(r -> rules.add(rule(g.id(), r)));
        List<Subnet> subnets = state.networks().stream().flatMap(n -> n.subnets().stream())
                .filter(s -> g.id().equals(s.networkSecurityGroupId())).toList();
        if (!subnets.isEmpty()) {
            ArrayNode a = o.putArray("subnets");
            subnets.forEach(s -> a.add(Json.reference(s.id())));
        }
        o.put("type", "Microsoft.Network/networkSecurityGroups");
        o.put("resourceGroup", g.resourceGroup());
        return o;
    }

    /** The CLI's protocol spelling: {@code *} for any (the REST enum's value). */
    static String protocol(Protocol p) {
        return p == Protocol.Any ? "*" : p.name();
    }

    /**
     * A security rule as the network provider returns it: one value in the singular property
     * ({@code sourceAddressPrefix}), several in the plural one, the other one empty or absent.
     */
    static ObjectNode rule(ResourceId nsgId, SecurityRule r) {
        ResourceId id = nsgId.child(r.isDefault() ? "defaultSecurityRules" : "securityRules", r.name());
        ObjectNode o = top(id, r.name(), null);
        o.put("access", r.access().name());
        if (r.description() != null) {
            o.put("description", r.description());
        }
        singularOrPlural(o, "destinationAddressPrefix", r.destinationAddressPrefixes());
        if (!r.destinationApplicationSecurityGroupIds().isEmpty()) {
            ArrayNode a = o.putArray("destinationApplicationSecurityGroups");
            r.destinationApplicationSecurityGroupIds().forEach(g -> a.add(Json.reference(g)));
        }
        singularOrPlural(o, "destinationPortRange", r.destinationPortRanges());
        o.put("direction", r.direction().name());
        o.put("priority", r.priority());
        o.put("protocol", protocol(r.protocol()));
        o.put("provisioningState", "Succeeded");
        singularOrPlural(o, "sourceAddressPrefix", r.sourceAddressPrefixes());
        if (!r.sourceApplicationSecurityGroupIds().isEmpty()) {
            ArrayNode a = o.putArray("sourceApplicationSecurityGroups");
            r.sourceApplicationSecurityGroupIds().forEach(g -> a.add(Json.reference(g)));
        }
        singularOrPlural(o, "sourcePortRange", r.sourcePortRanges());
        o.put("type", "Microsoft.Network/networkSecurityGroups/" + (r.isDefault() ? "defaultSecurityRules"
                : "securityRules"));
        o.put("resourceGroup", nsgId.resourceGroup());
        return o;
    }

    private static void singularOrPlural(ObjectNode o, String singular, List<String> values) {
        String plural = singular + (singular.endsWith("x") ? "es" : "s");
        if (values.size() == 1) {
            o.put(singular, values.get(0));
            o.putArray(plural);
        } else {
            o.set(plural, Json.strings(values));
        }
    }

    static ObjectNode asg(ApplicationSecurityGroup g) {
        ObjectNode o = top(g.id(), g.name(), g.region().name());
        o.put("provisioningState", "Succeeded");
        o.put("resourceGuid", Shapes.guid("asg:" + g.id()));
        o.put("type", "Microsoft.Network/applicationSecurityGroups");
        o.put("resourceGroup", g.resourceGroup());
        return o;
    }

    static ObjectNode publicIp(TopologyState state, PublicIpAddress p) {
        ObjectNode o = top(p.id(), p.name(), p.region().name());
        o.putObject("ddosSettings").put("protectionMode", "VirtualNetworkInherited");
        o.put("idleTimeoutInMinutes", 4);
        o.put("ipAddress", p.ipAddress().toString());
        state.networkInterfaces().stream().filter(n -> p.id().equals(n.publicIpAddressId())).findFirst()
                .ifPresent(n -> o.set("ipConfiguration", Json.reference(Shapes.ipConfigurationId(n))));
        o.putArray("ipTags");
        o.put("provisioningState", "Succeeded");
        o.put("publicIPAddressVersion", "IPv4");
        o.put("publicIPAllocationMethod", "Static");
        o.put("resourceGuid", Shapes.guid("pip:" + p.id()));
        ObjectNode sku = o.putObject("sku");
        sku.put("name", p.sku().name());
        sku.put("tier", "Regional");
        o.put("type", "Microsoft.Network/publicIPAddresses");
        o.put("resourceGroup", p.resourceGroup());
        return o;
    }

    static ObjectNode vnetGateway(TopologyState state, VirtualNetworkGateway g) {
        ObjectNode o = top(g.id(), g.name(), g.region().name());
        o.put("activeActive", false);
        g.bgp().ifPresent(asn -> o.putObject("bgpSettings").put("asn", asn));
        o.put("enableBgp", g.bgp().isPresent());
        o.put("gatewayType", g.gatewayType().name());
        ObjectNode config = o.putArray("ipConfigurations").addObject();
        config.put("name", "vnetGatewayConfig0");
        config.put("privateIPAllocationMethod", "Dynamic");
        config.set("subnet", Json.reference(g.subnetId()));
        o.put("provisioningState", "Succeeded");
        o.put("resourceGuid", Shapes.guid("gateway:" + g.id()));
        ObjectNode sku = o.putObject("sku");
        sku.put("name", g.sku());
        sku.put("tier", g.sku());
        o.put("type", "Microsoft.Network/virtualNetworkGateways");
        if (g.vpnType() != null) {
            o.put("vpnType", g.vpnType().name());
        }
        o.put("resourceGroup", g.id().resourceGroup());
        return o;
    }

    static ObjectNode localGateway(LocalNetworkGateway l) {
        ObjectNode o = top(l.id(), l.name(), l.region().name());
        l.bgp().ifPresent(asn -> {
            ObjectNode bgp = o.putObject("bgpSettings");
            bgp.put("asn", asn);
            bgp.put("bgpPeeringAddress", l.bgpPeeringAddress().toString());
        });
        o.put("gatewayIpAddress", l.gatewayIpAddress().toString());
        o.set("localNetworkAddressSpace", Shapes.addressSpace(l.addressPrefixes()));
        o.put("provisioningState", "Succeeded");
        o.put("resourceGuid", Shapes.guid("lgw:" + l.id()));
        o.put("type", "Microsoft.Network/localNetworkGateways");
        o.put("resourceGroup", l.id().resourceGroup());
        return o;
    }

    static ObjectNode connection(GatewayConnection c) {
        ObjectNode o = top(c.id(), c.name(), c.region().name());
        o.put("connectionProtocol", "IKEv2");
        o.put("connectionType", c.connectionType().name());
        o.put("enableBgp", c.enableBgp());
        c.site().ifPresent(site -> o.set("localNetworkGateway2", Json.reference(site)));
        o.put("provisioningState", "Succeeded");
        o.put("resourceGuid", Shapes.guid("connection:" + c.id()));
        o.put("type", "Microsoft.Network/connections");
        o.set("virtualNetworkGateway1", Json.reference(c.virtualNetworkGateway1Id()));
        c.otherGateway().ifPresent(g -> o.set("virtualNetworkGateway2", Json.reference(g)));
        o.put("resourceGroup", c.id().resourceGroup());
        return o;
    }

    /** Whether a resource is in the subscription and (if given) the resource group a list command names. */
    static boolean inGroup(ResourceId id, String subscription, String group) {
        return id.subscriptionId().equalsIgnoreCase(subscription) && (group == null
                || id.resourceGroup().equalsIgnoreCase(group));
    }
}
