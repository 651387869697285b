package io.vnetlab.arm.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.IpAllocationMethod;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PrivateEndpoint;
import io.vnetlab.model.PrivateLinkDnsZones;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Optional;

import static io.vnetlab.arm.json.ArmObjects.properties;
import static io.vnetlab.arm.json.ArmObjects.reference;
import static io.vnetlab.arm.json.ArmObjects.resource;

/**
 * Private endpoints as the network API returns them (docs/azure/private-endpoints.md#arm-and-cli-shapes): the
 * connection to the private-link resource, the interface Azure created, and {@code customDnsConfigs}, the names of the
 * target's sub-resource that resolve to the endpoint's address; and what the endpoint adds to its interface.
 */
final class PrivateEndpointJson {

    static final String TYPE = "Microsoft.Network/privateEndpoints";

    private PrivateEndpointJson() {
    }

    /** The names the endpoint's sub-resources take, empty for a sub-resource whose zone vnetlab does not know. */
    static List<String> fqdns(PrivateEndpoint endpoint) {
        return PrivateLinkDnsZones.names(endpoint).stream().map(PrivateLinkDnsZones.Name::publicName).toList();
    }

    /** Whether vnetlab knows the names of every sub-resource the endpoint targets. */
    static boolean knowsNames(PrivateEndpoint endpoint) {
        return PrivateLinkDnsZones.knowsAll(endpoint);
    }

    static ObjectNode privateEndpoint(TopologyState state, PrivateEndpoint endpoint) {
        ObjectNode o = resource(endpoint.id(), TYPE, endpoint.region().name(), true);
        ObjectNode p = properties(o);
        Optional<NetworkInterface> nic = state.networkInterface(endpoint.networkInterfaceId());
        p.set("applicationSecurityGroups", ArmObjects.references(nic.map(NetworkInterface::applicationSecurityGroupIds)
                .orElse(List.of())));
        ArrayNode dns = p.putArray("customDnsConfigs");
        for (String fqdn : fqdns(endpoint)) {
            ObjectNode config = dns.addObject().put("fqdn", fqdn);
            nic.ifPresent(n -> config.putArray("ipAddresses").add(n.privateIpAddress().toString()));
        }
        p.put("customNetworkInterfaceName", endpoint.customNetworkInterface().orElse(""));
        ArrayNode configurations = p.putArray("ipConfigurations");
        nic.filter(n -> n.allocationMethod() == IpAllocationMethod.Static).ifPresent(n -> {
            ObjectNode config = configurations.addObject().put("name", n.primaryIpConfigurationName());
            ObjectNode cp = config.putObject("properties");
            endpoint.connection().groupIds().stream().findFirst().ifPresent(g -> cp.put("groupId", g).put("memberName", g));
            cp.put("privateIPAddress", n.privateIpAddress().toString());
        });
        ArrayNode connection = connection(endpoint);
        p.set("manualPrivateLinkServiceConnections", endpoint.connection().manualApproval() ? connection : connection.arrayNode());
        p.putArray("networkInterfaces").add(reference(endpoint.networkInterfaceId()));
        p.set("privateLinkServiceConnections", endpoint.connection().manualApproval() ? connection.arrayNode() : connection);
        p.put("resourceGuid", StableIds.guid("privateEndpoint:" + endpoint.id()));
        p.set("subnet", reference(endpoint.subnetId()));
        return o;
    }

    private static ArrayNode connection(PrivateEndpoint endpoint) {
        String kind = endpoint.connection().manualApproval() ? "manualPrivateLinkServiceConnections"
                : "privateLinkServiceConnections";
        ResourceId id = endpoint.id().child(kind, endpoint.connection().name());
        ObjectNode c = resource(id, TYPE + "/privateLinkServiceConnections", null, true);
        ObjectNode cp = properties(c);
        cp.set("groupIds", ArmObjects.strings(endpoint.connection().groupIds()));
        cp.put("privateLinkServiceId", endpoint.connection().privateLinkServiceId());
        if (endpoint.connection().requestMessage() != null) {
            cp.put("requestMessage", endpoint.connection().requestMessage());
        }
        ObjectNode state = cp.putObject("privateLinkServiceConnectionState");
        state.put("actionsRequired", "None");
        state.put("description", endpoint.connection().statusDescription());
        state.put("status", endpoint.connection().status().name());
        return ArmObjects.strings(List.of()).add(c);
    }

    /**
     * What the endpoint adds to its interface's shape: a reference to it, and on the IP configuration the
     * sub-resource it serves and the names that resolve to it ({@code privateLinkConnectionProperties}).
     */
    static ObjectNode onInterface(ObjectNode nic, PrivateEndpoint endpoint) {
        ObjectNode p = properties(nic);
        p.set("privateEndpoint", reference(endpoint.id()));
        ObjectNode config = (ObjectNode) p.get("ipConfigurations").get(0).get("properties");
        ObjectNode link = config.putObject("privateLinkConnectionProperties");
        link.set("fqdns", ArmObjects.strings(fqdns(endpoint)));
        String group = endpoint.connection().groupIds().stream().findFirst().orElse("");
        link.put("groupId", group);
        link.put("requiredMemberName", group);
        return nic;
    }
}
