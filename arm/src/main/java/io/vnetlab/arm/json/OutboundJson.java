package io.vnetlab.arm.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.NatGateway;
import io.vnetlab.model.PublicIpPrefix;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;

import static io.vnetlab.arm.json.ArmObjects.properties;
import static io.vnetlab.arm.json.ArmObjects.reference;
import static io.vnetlab.arm.json.ArmObjects.references;
import static io.vnetlab.arm.json.ArmObjects.resource;

/** NAT gateways and public IP prefixes as the network REST API returns them. */
final class OutboundJson {

    private OutboundJson() {
    }

    static ObjectNode natGateway(TopologyState state, NatGateway gateway) {
        ObjectNode o = resource(gateway.id(), "Microsoft.Network/natGateways", gateway.region().name(), true);
        ObjectNode p = properties(o);
        p.put("idleTimeoutInMinutes", gateway.idleTimeoutInMinutes());
        p.set("publicIpAddresses", references(gateway.publicIpAddressIds()));
        p.set("publicIpPrefixes", references(gateway.publicIpPrefixIds()));
        p.put("resourceGuid", StableIds.guid("nat:" + gateway.id()));
        List<io.vnetlab.model.ResourceId> subnets = new ArrayList<>();
        for (VirtualNetwork network : state.networks()) {
            for (Subnet subnet : network.subnets()) {
                if (gateway.id().equals(subnet.natGatewayId())) {
                    subnets.add(subnet.id());
                }
            }
        }
        if (!subnets.isEmpty()) {
            p.set("subnets", references(subnets));
        }
        o.putObject("sku").put("name", "Standard");
        return o;
    }

    static ObjectNode publicIpPrefix(TopologyState state, PublicIpPrefix prefix) {
        ObjectNode o = resource(prefix.id(), "Microsoft.Network/publicIPPrefixes", prefix.region().name(), true);
        ObjectNode p = properties(o);
        p.put("ipPrefix", prefix.ipPrefix().toString());
        p.putArray("ipTags");
        state.all(NatGateway.class).stream().filter(g -> g.publicIpPrefixIds().contains(prefix.id())).findFirst()
                .ifPresent(g -> p.set("natGateway", reference(g.id())));
        p.put("prefixLength", prefix.ipPrefix().prefixLength());
        p.put("publicIPAddressVersion", "IPv4");
        p.put("resourceGuid", StableIds.guid("prefix:" + prefix.id()));
        o.putObject("sku").put("name", "Standard").put("tier", "Regional");
        return o;
    }
}
