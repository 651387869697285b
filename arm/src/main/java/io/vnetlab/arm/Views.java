package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.TopologyState;
import io.vnetlab.address.Cidr;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

import java.util.List;
import java.util.Optional;

/**
 * Simulated resources as a GET shows their {@code properties}: what {@code reference()} answers, with the values
 * the deployment assigned (a NIC's private address, a peering's state).
 */
final class Views {

    private Views() {
    }

    /** The properties of a simulated resource that exists in {@code state}, if it does. */
    static Optional<ObjectNode> of(TopologyState state, ResourceId id) {
        String type = id.type();
        if (type.equalsIgnoreCase("Microsoft.Network/virtualNetworks")) {
            return state.network(id).map(n -> network(state, n));
        }
        if (type.equalsIgnoreCase("Microsoft.Network/virtualNetworks/subnets")) {
            return state.subnet(id).map(Views::subnet);
        }
        if (type.equalsIgnoreCase("Microsoft.Network/virtualNetworks/virtualNetworkPeerings")) {
            return state.peering(id).map(Views::peering);
        }
        if (type.equalsIgnoreCase("Microsoft.Network/networkInterfaces")) {
            return state.networkInterface(id).map(Views::networkInterface);
        }
        if (type.equalsIgnoreCase("Microsoft.Compute/virtualMachines")) {
            return state.virtualMachine(id).map(Views::virtualMachine);
        }
        // ---- routing resources and firewalls (issue 10, part 2)
        if (type.equalsIgnoreCase("Microsoft.Network/routeTables")) {
            return state.get(RouteTable.class, id).map(t -> routeTable(state, t));
        }
        if (type.equalsIgnoreCase("Microsoft.Network/routeTables/routes")) {
            return id.parent().flatMap(t -> state.get(RouteTable.class, t)).flatMap(t -> t.route(id.name()))
                    .map(Views::route);
        }
        if (type.equalsIgnoreCase("Microsoft.Network/virtualNetworkGateways")) {
            return state.get(VirtualNetworkGateway.class, id).map(Views::virtualNetworkGateway);
        }
        if (type.equalsIgnoreCase("Microsoft.Network/localNetworkGateways")) {
            return state.get(LocalNetworkGateway.class, id).map(Views::localNetworkGateway);
        }
        if (type.equalsIgnoreCase("Microsoft.Network/connections")) {
            return state.get(GatewayConnection.class, id).map(Views::connection);
        }
        if (type.equalsIgnoreCase(AzureFirewallHandler.TYPE)) {
            return state.networkInterface(id).map(Views::azureFirewall);
        }
        // ---- end routing resources and firewalls (issue 10, part 2)
        return Optional.empty();
    }

    static ObjectNode network(TopologyState state, VirtualNetwork n) {
        ObjectNode p = succeeded();
        p.put("resourceGuid", n.resourceGuid());
        p.set("addressSpace", prefixes(n.addressSpace()));
        ArrayNode subnets = p.putArray("subnets");
        for (Subnet s : n.subnets()) {
            subnets.addObject().put("name", s.name()).put("id", s.id().toString()).set("properties", subnet(s));
        }
        ArrayNode peerings = p.putArray("virtualNetworkPeerings");
        for (Peering peering : state.peeringsOf(n.id())) {
            peerings.addObject().put("name", peering.name()).put("id", peering.id().toString())
                    .set("properties", peering(peering));
        }
        return p;
    }

    static ObjectNode subnet(Subnet s) {
        ObjectNode p = succeeded();
        p.put("addressPrefix", s.addressPrefix().toString());
        s.networkSecurityGroup().ifPresent(id -> p.set("networkSecurityGroup", idOf(id)));
        s.routeTable().ifPresent(id -> p.set("routeTable", idOf(id)));
        return p;
    }

    static ObjectNode peering(Peering peering) {
        ObjectNode p = succeeded();
        p.put("peeringState", peering.state().name());
        p.put("peeringSyncLevel", peering.syncLevel().name());
        p.set("remoteVirtualNetwork", idOf(peering.remoteNetworkId()));
        p.put("allowVirtualNetworkAccess", peering.allowVirtualNetworkAccess());
        p.put("allowForwardedTraffic", peering.allowForwardedTraffic());
        p.put("allowGatewayTransit", peering.allowGatewayTransit());
        p.put("useRemoteGateways", peering.useRemoteGateways());
        p.set("remoteAddressSpace", prefixes(peering.remoteAddressSpace()));
        p.set("remoteVirtualNetworkAddressSpace", prefixes(peering.remoteVirtualNetworkAddressSpace()));
        p.put("resourceGuid", peering.resourceGuid());
        return p;
    }

    static ObjectNode networkInterface(NetworkInterface nic) {
        ObjectNode p = succeeded();
        ObjectNode config = p.putArray("ipConfigurations").addObject();
        config.put("name", "ipconfig1");
        config.put("id", nic.id().child("ipConfigurations", "ipconfig1").toString());
        ObjectNode cp = config.putObject("properties");
        cp.put("provisioningState", "Succeeded");
        cp.put("privateIPAddress", nic.privateIpAddress().toString());
        cp.put("privateIPAllocationMethod", nic.allocationMethod().name());
        cp.put("privateIPAddressVersion", "IPv4");
        cp.put("primary", true);
        cp.set("subnet", idOf(nic.subnetId()));
        nic.publicIpAddress().ifPresent(id -> cp.set("publicIPAddress", idOf(id)));
        p.put("enableIPForwarding", nic.ipForwarding());
        nic.networkSecurityGroup().ifPresent(id -> p.set("networkSecurityGroup", idOf(id)));
        nic.virtualMachine().ifPresent(id -> p.set("virtualMachine", idOf(id)));
        return p;
    }

    static ObjectNode virtualMachine(VirtualMachine vm) {
        ObjectNode p = succeeded();
        ArrayNode nics = p.putObject("networkProfile").putArray("networkInterfaces");
        List<ResourceId> ids = vm.networkInterfaceIds();
        for (int i = 0; i < ids.size(); i++) {
            nics.addObject().put("id", ids.get(i).toString()).putObject("properties").put("primary", i == 0);
        }
        return p;
    }

    // ---- routing resources and firewalls (issue 10, part 2)

    static ObjectNode routeTable(TopologyState state, RouteTable table) {
        ObjectNode p = succeeded();
        p.put("disableBgpRoutePropagation", table.disableBgpRoutePropagation());
        ArrayNode routes = p.putArray("routes");
        for (Route route : table.routes()) {
            routes.addObject().put("name", route.name()).put("id", route.id().toString())
                    .set("properties", route(route));
        }
        ArrayNode subnets = p.putArray("subnets");
        for (VirtualNetwork n : state.networks()) {
            for (Subnet s : n.subnets()) {
                if (table.id().equals(s.routeTableId())) {
                    subnets.add(idOf(s.id()));
                }
            }
        }
        return p;
    }

    static ObjectNode route(Route route) {
        ObjectNode p = succeeded();
        p.put("addressPrefix", route.addressPrefix().toString());
        p.put("nextHopType", route.nextHopType().name());
        route.nextHopIp().ifPresent(ip -> p.put("nextHopIpAddress", ip.toString()));
        return p;
    }

    static ObjectNode virtualNetworkGateway(VirtualNetworkGateway g) {
        ObjectNode p = succeeded();
        p.put("gatewayType", g.gatewayType().name());
        if (g.vpnType() != null) {
            p.put("vpnType", g.vpnType().name());
        }
        if (g.sku() != null) {
            p.putObject("sku").put("name", g.sku()).put("tier", g.sku());
        }
        p.put("enableBgp", g.bgpAsn() != null);
        if (g.bgpAsn() != null) {
            p.putObject("bgpSettings").put("asn", g.bgpAsn()).put("bgpPeeringAddress", g.ipAddress().toString());
        }
        ObjectNode config = p.putArray("ipConfigurations").addObject();
        config.put("name", "default");
        config.put("id", g.id().child("ipConfigurations", "default").toString());
        ObjectNode cp = config.putObject("properties");
        cp.put("provisioningState", "Succeeded");
        cp.put("privateIPAllocationMethod", "Dynamic");
        cp.set("subnet", idOf(g.subnetId()));
        return p;
    }

    static ObjectNode localNetworkGateway(LocalNetworkGateway site) {
        ObjectNode p = succeeded();
        p.put("gatewayIpAddress", site.gatewayIpAddress().toString());
        ObjectNode space = p.putObject("localNetworkAddressSpace");
        ArrayNode list = space.putArray("addressPrefixes");
        site.addressPrefixes().forEach(c -> list.add(c.toString()));
        if (site.bgpAsn() != null) {
            ObjectNode bgp = p.putObject("bgpSettings").put("asn", site.bgpAsn());
            if (site.bgpPeeringAddress() != null) {
                bgp.put("bgpPeeringAddress", site.bgpPeeringAddress().toString());
            }
        }
        return p;
    }

    static ObjectNode connection(GatewayConnection c) {
        ObjectNode p = succeeded();
        p.put("connectionType", c.connectionType().name());
        p.set("virtualNetworkGateway1", idOf(c.virtualNetworkGateway1Id()));
        c.otherGateway().ifPresent(id -> p.set("virtualNetworkGateway2", idOf(id)));
        c.site().ifPresent(id -> p.set("localNetworkGateway2", idOf(id)));
        p.put("enableBgp", c.enableBgp());
        return p;
    }

    /** An Azure Firewall, simulated as a forwarding interface with the firewall's id (see AzureFirewallHandler). */
    static ObjectNode azureFirewall(NetworkInterface nic) {
        ObjectNode p = succeeded();
        ObjectNode config = p.putArray("ipConfigurations").addObject();
        config.put("name", "ipconfig1");
        config.put("id", nic.id().child("azureFirewallIpConfigurations", "ipconfig1").toString());
        ObjectNode cp = config.putObject("properties");
        cp.put("provisioningState", "Succeeded");
        cp.put("privateIPAddress", nic.privateIpAddress().toString());
        cp.set("subnet", idOf(nic.subnetId()));
        return p;
    }
    // ---- end routing resources and firewalls (issue 10, part 2)

    private static ObjectNode succeeded() {
        return Values.object().put("provisioningState", "Succeeded");
    }

    private static ObjectNode idOf(ResourceId id) {
        return Values.object().put("id", id.toString());
    }

    private static JsonNode prefixes(List<Cidr> cidrs) {
        ObjectNode space = Values.object();
        ArrayNode list = space.putArray("addressPrefixes");
        cidrs.forEach(c -> list.add(c.toString()));
        return space;
    }
}
