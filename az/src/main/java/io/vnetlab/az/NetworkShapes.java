package io.vnetlab.az;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.GatewayConnection;
import io.vnetlab.model.LocalNetworkGateway;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Route;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.SecurityRule;
import io.vnetlab.model.VirtualNetworkGateway;

/**
 * Route tables, NSGs, application security groups, public IPs, gateways and connections as the CLI prints them:
 * {@link ResourceJson}'s resources through {@link Shapes#cli}.
 */
final class NetworkShapes {

    private NetworkShapes() {
    }

    static ObjectNode routeTable(TopologyState state, RouteTable t) {
        return Shapes.cli(ResourceJson.routeTable(state, t));
    }

    static ObjectNode route(Route r) {
        return Shapes.cli(ResourceJson.route(r));
    }

    static ObjectNode nsg(TopologyState state, NetworkSecurityGroup g) {
        return Shapes.cli(ResourceJson.networkSecurityGroup(state, g));
    }

    static ObjectNode rule(ResourceId nsgId, SecurityRule r) {
        return Shapes.cli(ResourceJson.securityRule(nsgId, r));
    }

    static ObjectNode asg(ApplicationSecurityGroup g) {
        return Shapes.cli(ResourceJson.applicationSecurityGroup(g));
    }

    /** A Basic address is Dynamic, the CLI's default allocation for that SKU. */
    static ObjectNode publicIp(TopologyState state, PublicIpAddress p) {
        ObjectNode arm = ResourceJson.publicIpAddress(state, p);
        if (!ResourceJson.properties(arm).has("publicIPAllocationMethod")) {
            ResourceJson.properties(arm).put("publicIPAllocationMethod", "Dynamic");
            arm = (ObjectNode) Json.sorted(arm);
        }
        return Shapes.cli(arm);
    }

    static ObjectNode vnetGateway(TopologyState state, VirtualNetworkGateway g) {
        return Shapes.cli(ResourceJson.virtualNetworkGateway(g));
    }

    static ObjectNode localGateway(LocalNetworkGateway l) {
        return Shapes.cli(ResourceJson.localNetworkGateway(l));
    }

    static ObjectNode connection(TopologyState state, GatewayConnection c) {
        return Shapes.cli(ResourceJson.connection(state, c));
    }

    /** Whether a resource is in the subscription and (if given) the resource group a list command names. */
    static boolean inGroup(ResourceId id, String subscription, String group) {
        return id.subscriptionId().equalsIgnoreCase(subscription) && (group == null
                || id.resourceGroup().equalsIgnoreCase(group));
    }
}
