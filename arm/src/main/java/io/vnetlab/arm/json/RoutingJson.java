package io.vnetlab.arm.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.ConnectionStatus;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.List;

import static io.vnetlab.arm.json.ArmObjects.addressSpace;
import static io.vnetlab.arm.json.ArmObjects.properties;
import static io.vnetlab.arm.json.ArmObjects.reference;
import static io.vnetlab.arm.json.ArmObjects.references;
import static io.vnetlab.arm.json.ArmObjects.resource;

/** Route tables and their routes, gateways, sites and connections. */
final class RoutingJson {

    private RoutingJson() {
    }

    /** {@code subnets} lists the subnets that use the table, and is absent while none does (as Azure answers). */
    static ObjectNode routeTable(TopologyState state, RouteTable t) {
        ObjectNode o = resource(t.id(), "Microsoft.Network/routeTables", t.region().name(), true);
        ObjectNode p = properties(o);
        p.put("disableBgpRoutePropagation", t.disableBgpRoutePropagation());
        p.put("resourceGuid", StableIds.guid("routeTable:" + t.id()));
        ArrayNode routes = p.putArray("routes");
        t.routes().forEach(r -> routes.add(route(r)));
        List<ResourceId> subnets = state.networks().stream().flatMap(n -> n.subnets().stream())
                .filter(s -> t.id().equals(s.routeTableId())).map(s -> s.id()).toList();
        if (!subnets.isEmpty()) {
            p.set("subnets", references(subnets));
        }
        return o;
    }

    static ObjectNode route(Route r) {
        ObjectNode o = resource(r.id(), "Microsoft.Network/routeTables/routes", null, true);
        ObjectNode p = properties(o);
        p.put("addressPrefix", r.addressPrefix().toString());
        p.put("hasBgpOverride", false);
        r.nextHopIp().ifPresent(ip -> p.put("nextHopIpAddress", ip.toString()));
        p.put("nextHopType", r.nextHopType().name());
        return o;
    }

    /** {@code bgpSettings.bgpPeeringAddress} is the gateway's address in GatewaySubnet, as Azure assigns it. */
    static ObjectNode virtualNetworkGateway(VirtualNetworkGateway g) {
        ObjectNode o = resource(g.id(), "Microsoft.Network/virtualNetworkGateways", g.region().name(), true);
        ObjectNode p = properties(o);
        p.put("activeActive", false);
        g.bgp().ifPresent(asn -> p.putObject("bgpSettings").put("asn", asn)
                .put("bgpPeeringAddress", g.ipAddress().toString()));
        p.put("enableBgp", g.bgp().isPresent());
        p.put("gatewayType", g.gatewayType().name());
        ObjectNode config = resource(g.id().child("ipConfigurations", "vnetGatewayConfig0"),
                "Microsoft.Network/virtualNetworkGateways/ipConfigurations", null, true);
        properties(config).put("privateIPAllocationMethod", "Dynamic").set("subnet", reference(g.subnetId()));
        if (!g.publicIpAddressIds().isEmpty()) {
            properties(config).set("publicIPAddress", reference(g.publicIpAddressIds().get(0)));
        }
        p.putArray("ipConfigurations").add(config);
        p.put("resourceGuid", StableIds.guid("gateway:" + g.id()));
        if (g.sku() != null) {
            p.putObject("sku").put("name", g.sku()).put("tier", g.sku());
        }
        if (g.vpnType() != null) {
            p.put("vpnType", g.vpnType().name());
        }
        return o;
    }

    static ObjectNode localNetworkGateway(LocalNetworkGateway l) {
        ObjectNode o = resource(l.id(), "Microsoft.Network/localNetworkGateways", l.region().name(), true);
        ObjectNode p = properties(o);
        l.bgp().ifPresent(asn -> {
            ObjectNode bgp = p.putObject("bgpSettings").put("asn", asn);
            if (l.bgpPeeringAddress() != null) {
                bgp.put("bgpPeeringAddress", l.bgpPeeringAddress().toString());
            }
        });
        p.put("gatewayIpAddress", l.gatewayIpAddress().toString());
        p.set("localNetworkAddressSpace", addressSpace(l.addressPrefixes()));
        p.put("resourceGuid", StableIds.guid("lgw:" + l.id()));
        return o;
    }

    static ObjectNode connection(GatewayConnection c, ConnectionStatus status) {
        ObjectNode o = resource(c.id(), "Microsoft.Network/connections", c.region().name(), true);
        ObjectNode p = properties(o);
        p.put("connectionProtocol", "IKEv2");
        p.put("connectionStatus", status.name());
        p.put("connectionType", c.connectionType().name());
        p.put("enableBgp", c.enableBgp());
        c.site().ifPresent(site -> p.set("localNetworkGateway2", reference(site)));
        p.put("resourceGuid", StableIds.guid("connection:" + c.id()));
        p.set("virtualNetworkGateway1", reference(c.virtualNetworkGateway1Id()));
        c.otherGateway().ifPresent(g -> p.set("virtualNetworkGateway2", reference(g)));
        return o;
    }
}
