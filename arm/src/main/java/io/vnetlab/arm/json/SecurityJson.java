package io.vnetlab.arm.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.ApplicationSecurityGroup;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.Protocol;
import io.vnetlab.model.PublicIpAddress;
import io.vnetlab.model.PublicIpAddressSku;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityRule;

import java.util.List;

import static io.vnetlab.arm.json.ArmObjects.properties;
import static io.vnetlab.arm.json.ArmObjects.reference;
import static io.vnetlab.arm.json.ArmObjects.references;
import static io.vnetlab.arm.json.ArmObjects.resource;
import static io.vnetlab.arm.json.ArmObjects.strings;

/** Network security groups and their rules, application security groups, public IP addresses. */
final class SecurityJson {

    private SecurityJson() {
    }

    /** {@code subnets} and {@code networkInterfaces} list where the group applies, absent while it applies nowhere. */
    static ObjectNode networkSecurityGroup(TopologyState state, NetworkSecurityGroup g) {
        ObjectNode o = resource(g.id(), "Microsoft.Network/networkSecurityGroups", g.region().name(), true);
        ObjectNode p = properties(o);
        ArrayNode defaults = p.putArray("defaultSecurityRules");
        g.defaultSecurityRules().forEach(r -> defaults.add(securityRule(g.id(), r)));
        List<ResourceId> nics = state.networkInterfaces().stream()
                .filter(n -> g.id().equals(n.networkSecurityGroupId())).map(NetworkInterface::id).toList();
        if (!nics.isEmpty()) {
            p.set("networkInterfaces", references(nics));
        }
        p.put("resourceGuid", g.resourceGuid());
        ArrayNode rules = p.putArray("securityRules");
        g.securityRules().forEach(r -> rules.add(securityRule(g.id(), r)));
        List<ResourceId> subnets = state.networks().stream().flatMap(n -> n.subnets().stream())
                .filter(s -> g.id().equals(s.networkSecurityGroupId())).map(s -> s.id()).toList();
        if (!subnets.isEmpty()) {
            p.set("subnets", references(subnets));
        }
        return o;
    }

    /**
     * A security rule as the network provider returns it: one address or port in the singular property
     * ({@code sourceAddressPrefix}) with the plural one empty, several in the plural one only; {@code *} is
     * the protocol enum's "any".
     */
    static ObjectNode securityRule(ResourceId nsgId, SecurityRule r) {
        String collection = r.isDefault() ? "defaultSecurityRules" : "securityRules";
        ObjectNode o = resource(nsgId.child(collection, r.name()),
                "Microsoft.Network/networkSecurityGroups/" + collection, null, true);
        ObjectNode p = properties(o);
        p.put("access", r.access().name());
        if (r.description() != null) {
            p.put("description", r.description());
        }
        singularOrPlural(p, "destinationAddressPrefix", "destinationAddressPrefixes", r.destinationAddressPrefixes());
        if (!r.destinationApplicationSecurityGroupIds().isEmpty()) {
            p.set("destinationApplicationSecurityGroups", references(r.destinationApplicationSecurityGroupIds()));
        }
        singularOrPlural(p, "destinationPortRange", "destinationPortRanges", r.destinationPortRanges());
        p.put("direction", r.direction().name());
        p.put("priority", r.priority());
        p.put("protocol", r.protocol() == Protocol.Any ? "*" : r.protocol().name());
        singularOrPlural(p, "sourceAddressPrefix", "sourceAddressPrefixes", r.sourceAddressPrefixes());
        if (!r.sourceApplicationSecurityGroupIds().isEmpty()) {
            p.set("sourceApplicationSecurityGroups", references(r.sourceApplicationSecurityGroupIds()));
        }
        singularOrPlural(p, "sourcePortRange", "sourcePortRanges", r.sourcePortRanges());
        return o;
    }

    private static void singularOrPlural(ObjectNode p, String singular, String plural, List<String> values) {
        if (values.size() == 1) {
            p.put(singular, values.get(0));
            p.putArray(plural);
        } else {
            p.set(plural, strings(values));
        }
    }

    static ObjectNode applicationSecurityGroup(ApplicationSecurityGroup g) {
        ObjectNode o = resource(g.id(), "Microsoft.Network/applicationSecurityGroups", g.region().name(), true);
        properties(o).put("resourceGuid", StableIds.guid("asg:" + g.id()));
        return o;
    }

    /**
     * {@code sku} sits beside {@code properties}; a Standard address is Static, the only allocation it allows (a
     * Basic one's allocation is the creator's choice, which the model does not hold); {@code ipConfiguration}
     * names the interface that uses it.
     */
    static ObjectNode publicIpAddress(TopologyState state, PublicIpAddress pip) {
        ObjectNode o = resource(pip.id(), "Microsoft.Network/publicIPAddresses", pip.region().name(), true);
        ObjectNode p = properties(o);
        p.putObject("ddosSettings").put("protectionMode", "VirtualNetworkInherited");
        p.put("idleTimeoutInMinutes", 4);
        p.put("ipAddress", pip.ipAddress().toString());
        state.networkInterfaces().stream().filter(n -> pip.id().equals(n.publicIpAddressId())).findFirst()
                .ifPresent(n -> p.set("ipConfiguration", reference(NetworkJson.ipConfigurationId(n))));
        state.all(io.vnetlab.model.VirtualNetworkGateway.class).stream()
                .filter(g -> g.publicIpAddressIds().contains(pip.id())).findFirst()
                .ifPresent(g -> p.set("ipConfiguration", reference(g.id().child("ipConfigurations",
                        "vnetGatewayConfig0"))));
        p.putArray("ipTags");
        state.all(io.vnetlab.model.NatGateway.class).stream().filter(g -> g.publicIpAddressIds().contains(pip.id()))
                .findFirst().ifPresent(g -> p.set("natGateway", reference(g.id())));
        p.put("publicIPAddressVersion", pip.version());
        if (pip.sku() == PublicIpAddressSku.Standard) {
            p.put("publicIPAllocationMethod", "Static");
        }
        p.put("resourceGuid", StableIds.guid("pip:" + pip.id()));
        o.putObject("sku").put("name", pip.sku().name()).put("tier", "Regional");
        return o;
    }
}
