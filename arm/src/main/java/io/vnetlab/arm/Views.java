package io.vnetlab.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Peering;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;
import io.vnetlab.model.VirtualNetworkGateway;

/**
 * The {@code properties} of simulated resources, which handlers return after their PUT and {@code reference()}
 * answers: those of {@link ResourceJson}, the one serializer, with the values the deployment assigned (a NIC's
 * private address, a peering's state).
 */
final class Views {

    private Views() {
    }

    static ObjectNode network(TopologyState state, VirtualNetwork n) {
        return ResourceJson.properties(ResourceJson.virtualNetwork(state, n));
    }

    static ObjectNode subnet(TopologyState state, Subnet s) {
        return ResourceJson.properties(ResourceJson.subnet(state, s));
    }

    static ObjectNode peering(Peering peering) {
        return ResourceJson.properties(ResourceJson.peering(peering));
    }

    static ObjectNode networkInterface(io.vnetlab.controlplane.TopologyState state, NetworkInterface nic) {
        return ResourceJson.properties(ResourceJson.networkInterface(state, nic));
    }

    static ObjectNode virtualMachine(VirtualMachine vm) {
        return ResourceJson.properties(ResourceJson.virtualMachine(vm));
    }

    static ObjectNode routeTable(TopologyState state, RouteTable table) {
        return ResourceJson.properties(ResourceJson.routeTable(state, table));
    }

    static ObjectNode route(Route route) {
        return ResourceJson.properties(ResourceJson.route(route));
    }

    static ObjectNode virtualNetworkGateway(VirtualNetworkGateway g) {
        return ResourceJson.properties(ResourceJson.virtualNetworkGateway(g));
    }

    static ObjectNode localNetworkGateway(LocalNetworkGateway site) {
        return ResourceJson.properties(ResourceJson.localNetworkGateway(site));
    }

    static ObjectNode connection(TopologyState state, GatewayConnection c) {
        return ResourceJson.properties(ResourceJson.connection(state, c));
    }

    static ObjectNode azureFirewall(NetworkInterface nic) {
        return ResourceJson.properties(ResourceJson.azureFirewall(nic));
    }

    static ObjectNode networkSecurityGroup(TopologyState state, NetworkSecurityGroup g) {
        return ResourceJson.properties(ResourceJson.networkSecurityGroup(state, g));
    }

    static ObjectNode securityRule(ResourceId groupId, SecurityRule rule) {
        return ResourceJson.properties(ResourceJson.securityRule(groupId, rule));
    }

    static ObjectNode applicationSecurityGroup(ApplicationSecurityGroup group) {
        return ResourceJson.properties(ResourceJson.applicationSecurityGroup(group));
    }

    static ObjectNode publicIpAddress(TopologyState state, PublicIpAddress pip) {
        return ResourceJson.properties(ResourceJson.publicIpAddress(state, pip));
    }

    static ObjectNode bastionHost(NetworkInterface nic) {
        return ResourceJson.properties(ResourceJson.bastionHost(nic));
    }
}
