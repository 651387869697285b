package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.TopologyState;
import io.vnetlab.address.Cidr;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

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
