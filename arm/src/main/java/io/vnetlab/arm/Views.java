package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.address.Cidr;
import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Peering;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.SecurityRule;
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
        // ---- network security groups, public IPs, Bastion (issue 10, part 3)
        if (type.equalsIgnoreCase(NetworkSecurityGroupHandler.TYPE)) {
            return state.get(NetworkSecurityGroup.class, id).map(g -> networkSecurityGroup(state, g));
        }
        if (type.equalsIgnoreCase(NetworkSecurityGroupHandler.TYPE + "/securityRules")) {
            return id.parent().flatMap(g -> state.get(NetworkSecurityGroup.class, g))
                    .flatMap(g -> g.securityRule(id.name())).map(Views::securityRule);
        }
        if (type.equalsIgnoreCase("Microsoft.Network/applicationSecurityGroups")) {
            return state.get(ApplicationSecurityGroup.class, id).map(Views::applicationSecurityGroup);
        }
        if (type.equalsIgnoreCase("Microsoft.Network/publicIPAddresses")) {
            return state.get(PublicIpAddress.class, id).map(pip -> publicIpAddress(state, pip));
        }
        if (type.equalsIgnoreCase(BastionHostHandler.TYPE)) {
            return state.networkInterface(id).map(Views::bastionHost);
        }
        // ---- end network security groups, public IPs, Bastion (issue 10, part 3)
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
        if (!nic.applicationSecurityGroupIds().isEmpty()) {            // issue 10, part 3
            ArrayNode asgs = cp.putArray("applicationSecurityGroups");
            nic.applicationSecurityGroupIds().forEach(id -> asgs.add(idOf(id)));
        }
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

    // ---- network security groups, public IPs, Bastion (issue 10, part 3)

    static ObjectNode networkSecurityGroup(TopologyState state, NetworkSecurityGroup g) {
        ObjectNode p = succeeded();
        p.put("resourceGuid", g.resourceGuid());
        ArrayNode rules = p.putArray("securityRules");
        for (SecurityRule rule : g.securityRules()) {
            rules.addObject().put("name", rule.name()).put("id", g.id().child("securityRules", rule.name()).toString())
                    .set("properties", securityRule(rule));
        }
        ArrayNode defaults = p.putArray("defaultSecurityRules");
        for (SecurityRule rule : g.defaultSecurityRules()) {
            defaults.addObject().put("name", rule.name())
                    .put("id", g.id().child("defaultSecurityRules", rule.name()).toString())
                    .set("properties", securityRule(rule));
        }
        ArrayNode subnets = p.putArray("subnets");
        for (VirtualNetwork n : state.networks()) {
            for (Subnet s : n.subnets()) {
                if (g.id().equals(s.networkSecurityGroupId())) {
                    subnets.add(idOf(s.id()));
                }
            }
        }
        ArrayNode nics = p.putArray("networkInterfaces");
        for (NetworkInterface nic : state.networkInterfaces()) {
            if (g.id().equals(nic.networkSecurityGroupId())) {
                nics.add(idOf(nic.id()));
            }
        }
        return p;
    }

    /** A rule's properties; prefixes and ports in the singular form when there is one, as Azure answers. */
    static ObjectNode securityRule(SecurityRule rule) {
        ObjectNode p = succeeded();
        p.put("priority", rule.priority());
        p.put("direction", rule.direction().name());
        p.put("access", rule.access().name());
        p.put("protocol", rule.protocol() == Protocol.Any ? "*" : rule.protocol().name());
        addresses(p, "source", rule.sourceAddressPrefixes(), rule.sourceApplicationSecurityGroupIds());
        addresses(p, "destination", rule.destinationAddressPrefixes(), rule.destinationApplicationSecurityGroupIds());
        ports(p, "sourcePortRange", rule.sourcePortRanges());
        ports(p, "destinationPortRange", rule.destinationPortRanges());
        if (rule.description() != null) {
            p.put("description", rule.description());
        }
        return p;
    }

    private static void addresses(ObjectNode p, String side, List<String> prefixes, List<ResourceId> groups) {
        if (!groups.isEmpty()) {
            ArrayNode list = p.putArray(side + "ApplicationSecurityGroups");
            groups.forEach(id -> list.add(idOf(id)));
            return;
        }
        ports(p, side + "AddressPrefix", prefixes);
    }

    private static void ports(ObjectNode p, String single, List<String> values) {
        String plural = single.endsWith("Prefix") ? single + "es" : single + "s";
        ArrayNode list = p.putArray(plural);
        if (values.size() == 1) {
            p.put(single, values.get(0));
        } else {
            values.forEach(list::add);
        }
    }

    static ObjectNode applicationSecurityGroup(ApplicationSecurityGroup group) {
        return succeeded();
    }

    /** The address the deployment assigned, and the interface IP configuration that uses it. */
    static ObjectNode publicIpAddress(TopologyState state, PublicIpAddress pip) {
        ObjectNode p = succeeded();
        p.put("ipAddress", pip.ipAddress().toString());
        p.put("publicIPAddressVersion", "IPv4");
        for (NetworkInterface nic : state.networkInterfaces()) {
            if (pip.id().equals(nic.publicIpAddressId())) {
                p.set("ipConfiguration", idOf(nic.id().child("ipConfigurations", "ipconfig1")));
            }
        }
        return p;
    }

    /** A Bastion host, simulated as an interface with the Bastion's id (see BastionHostHandler). */
    static ObjectNode bastionHost(NetworkInterface nic) {
        ObjectNode p = succeeded();
        ObjectNode config = p.putArray("ipConfigurations").addObject();
        config.put("name", "IpConf");
        config.put("id", nic.id().child("bastionHostIpConfigurations", "IpConf").toString());
        ObjectNode cp = config.putObject("properties");
        cp.put("provisioningState", "Succeeded");
        cp.put("privateIPAllocationMethod", "Dynamic");
        cp.put("privateIPAddress", nic.privateIpAddress().toString());
        cp.set("subnet", idOf(nic.subnetId()));
        return p;
    }
    // ---- end network security groups, public IPs, Bastion (issue 10, part 3)

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
