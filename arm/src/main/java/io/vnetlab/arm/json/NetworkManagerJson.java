package io.vnetlab.arm.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.AdminRule;
import io.vnetlab.model.AdminRuleCollection;
import io.vnetlab.model.ConfigurationType;
import io.vnetlab.model.ConnectivityConfiguration;
import io.vnetlab.model.NetworkGroup;
import io.vnetlab.model.NetworkGroupStaticMember;
import io.vnetlab.model.NetworkManager;
import io.vnetlab.model.NetworkManagerDeployment;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.SecurityAdminConfiguration;

import java.util.List;

import static io.vnetlab.arm.json.ArmObjects.properties;
import static io.vnetlab.arm.json.ArmObjects.resource;

/**
 * {@code Microsoft.Network/networkManagers} and its children as the REST API returns them
 * (docs/azure/virtual-network-manager.md#resource-shapes).
 */
final class NetworkManagerJson {

    static final String MANAGERS = "Microsoft.Network/networkManagers";

    private NetworkManagerJson() {
    }

    static ObjectNode networkManager(NetworkManager m) {
        ObjectNode o = resource(m.id(), MANAGERS, m.region().name(), true);
        ObjectNode p = properties(o);
        p.put("description", m.description());
        ObjectNode scopes = p.putObject("networkManagerScopes");
        scopes.putArray("managementGroups");
        ArrayNode subs = scopes.putArray("subscriptions");
        m.scopeSubscriptions().forEach(s -> subs.add(s.startsWith("/") ? s : "/subscriptions/" + s));
        ArrayNode accesses = p.putArray("networkManagerScopeAccesses");
        m.scopeAccesses().forEach(a -> accesses.add(a.name()));
        p.put("resourceGuid", StableIds.guid(m.id().toString()));
        o.putObject("tags");
        return o;
    }

    static ObjectNode networkGroup(NetworkGroup g) {
        ObjectNode o = resource(g.id(), MANAGERS + "/networkGroups", null, true);
        ObjectNode p = properties(o);
        p.put("description", g.description());
        p.put("memberType", "VirtualNetwork");
        p.put("resourceGuid", StableIds.guid(g.id().toString()));
        return o;
    }

    static ObjectNode staticMember(NetworkGroupStaticMember m) {
        ObjectNode o = resource(m.id(), MANAGERS + "/networkGroups/staticMembers", null, true);
        ObjectNode p = properties(o);
        p.put("region", "");
        p.put("resourceId", m.networkId().toString());
        return o;
    }

    static ObjectNode connectivityConfiguration(ConnectivityConfiguration c) {
        ObjectNode o = resource(c.id(), MANAGERS + "/connectivityConfigurations", null, true);
        ObjectNode p = properties(o);
        ArrayNode groups = p.putArray("appliesToGroups");
        for (ConnectivityConfiguration.ConnectivityGroup g : c.appliesToGroups()) {
            ObjectNode item = groups.addObject();
            item.put("groupConnectivity", g.groupConnectivity().name());
            item.put("isGlobal", String.valueOf(g.isGlobal()));
            item.put("networkGroupId", g.networkGroupId().toString());
            item.put("useHubGateway", String.valueOf(g.useHubGateway()));
        }
        p.put("connectivityTopology", c.topology().name());
        p.put("deleteExistingPeering", String.valueOf(c.deleteExistingPeering()));
        p.put("description", c.description());
        ArrayNode hubs = p.putArray("hubs");
        for (ResourceId hub : c.hubs()) {
            hubs.addObject().put("resourceId", hub.toString()).put("resourceType", "Microsoft.Network/virtualNetworks");
        }
        p.put("isGlobal", String.valueOf(c.isGlobal()));
        p.put("resourceGuid", StableIds.guid(c.id().toString()));
        return o;
    }

    static ObjectNode securityAdminConfiguration(SecurityAdminConfiguration c) {
        ObjectNode o = resource(c.id(), MANAGERS + "/securityAdminConfigurations", null, true);
        ObjectNode p = properties(o);
        p.put("description", c.description());
        p.put("resourceGuid", StableIds.guid(c.id().toString()));
        return o;
    }

    static ObjectNode ruleCollection(AdminRuleCollection c) {
        ObjectNode o = resource(c.id(), MANAGERS + "/securityAdminConfigurations/ruleCollections", null, true);
        ObjectNode p = properties(o);
        ArrayNode groups = p.putArray("appliesToGroups");
        c.appliesToGroups().forEach(g -> groups.addObject().put("networkGroupId", g.toString()));
        p.put("description", c.description());
        p.put("resourceGuid", StableIds.guid(c.id().toString()));
        return o;
    }

    static ObjectNode adminRule(AdminRule r) {
        ObjectNode o = resource(r.id(), MANAGERS + "/securityAdminConfigurations/ruleCollections/rules", null, true);
        o.put("kind", "Custom");
        ObjectNode p = properties(o);
        p.put("access", r.access().name());
        p.put("description", r.description());
        addresses(p.putArray("destinations"), r.destinationAddressPrefixes());
        ArrayNode destinationPorts = p.putArray("destinationPortRanges");
        r.destinationPortRanges().forEach(destinationPorts::add);
        p.put("direction", r.direction().name());
        p.put("priority", r.priority());
        p.put("protocol", r.protocol().name());
        p.put("resourceGuid", StableIds.guid(r.id().toString()));
        ArrayNode sourcePorts = p.putArray("sourcePortRanges");
        r.sourcePortRanges().forEach(sourcePorts::add);
        addresses(p.putArray("sources"), r.sourceAddressPrefixes());
        return o;
    }

    /** {@code {"addressPrefix": ..., "addressPrefixType": "IPPrefix" | "ServiceTag"}} per address. */
    private static void addresses(ArrayNode into, List<String> prefixes) {
        for (String prefix : prefixes) {
            boolean tag = !prefix.equals("*") && !Character.isDigit(prefix.charAt(0));
            into.addObject().put("addressPrefix", prefix).put("addressPrefixType", tag ? "ServiceTag" : "IPPrefix");
        }
    }

    /** One row of {@code list-deploy-status}: what a commit made effective in one region. */
    static ObjectNode deploymentStatus(NetworkManagerDeployment d) {
        ObjectNode o = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        ArrayNode configs = o.putArray("configurationIds");
        d.configurationIds().forEach(id -> configs.add(id.toString()));
        o.put("deploymentStatus", "Deployed");
        o.put("deploymentType", d.type() == ConfigurationType.Connectivity ? "Connectivity" : "SecurityAdmin");
        o.put("errorMessage", "");
        o.put("region", d.region().name());
        return o;
    }
}
