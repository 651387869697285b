package io.vnetlab.arm;

import io.vnetlab.controlplane.AzureFirewallRequest;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.FirewallRuleCollection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code Microsoft.Network/azureFirewalls} (docs/azure/azure-firewall.md): a firewall at its private address — a
 * network interface with IP forwarding, whose id is the firewall's own, in the {@code AzureFirewallSubnet} the IP
 * configuration with a subnet names, at the first free address (x.x.x.4 in an empty subnet, as Azure assigns it) —
 * that forwards what its rules allow: its firewall policy's, or its classic network, application and NAT rule
 * collections. The management IP configuration turns forced tunnelling on; its public IPs are kept.
 * {@code reference()} answers the assigned {@code ipConfigurations[i].properties.privateIPAddress}.
 */
final class AzureFirewallHandler implements ResourceHandler {

    static final String TYPE = "Microsoft.Network/azureFirewalls";
    static final String SUBNET = "AzureFirewallSubnet";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ObjectNode deploy(ResourceContext r) {
        JsonNode p = r.properties();
        JsonNode configs = r.at(p, "ipConfigurations").filter(JsonNode::isArray).orElse(Values.NODES.arrayNode());
        ResourceId subnet = null;
        int withSubnet = -1;
        for (int i = 0; i < configs.size(); i++) {
            JsonNode config = Values.property(configs.get(i), "properties").orElse(Values.object());
            if (subnet == null) {
                subnet = r.reference(config, "subnet").orElse(null);
                withSubnet = subnet == null ? -1 : i;
            }
        }
        if (subnet == null && r.at(r.properties(), "virtualHub").isPresent()) {
            throw r.notSimulated("it is a secured virtual hub's firewall, and vnetlab does not simulate Virtual WAN hubs");
        }
        if (subnet == null) {
            throw new PathError(r.path() + ".properties.ipConfigurations", "Azure Firewall '" + r.id().name()
                    + "' has no IP configuration with a subnet; the first one needs subnet.id, the"
                    + " AzureFirewallSubnet of its virtual network.");
        }
        if (!subnet.name().equals(SUBNET)) {
            throw new AzureException(AzureErrorCode.AzureFirewallMustBeInAzureFirewallSubnet, "Azure Firewall "
                    + r.id() + " cannot be deployed in subnet '" + subnet.name() + "' of virtual network "
                    + subnet.parent().map(ResourceId::name).orElse("?") + ": an Azure Firewall goes only in the subnet"
                    + " named exactly 'AzureFirewallSubnet' (a /26 is recommended). Add that subnet and use it.",
                    r.id(), subnet);
        }
        // docs/azure/azure-firewall.md#forced-tunneling: the management IP configuration's subnet
        ResourceId management = r.reference(p, "managementIpConfiguration.properties.subnet").orElse(null);
        List<FirewallRuleCollection> collections = new ArrayList<>();
        collections.addAll(FirewallRulesJson.classicCollections(r, r.at(p, "natRuleCollections").orElse(null),
                FirewallRuleCollection.Kind.Nat));
        collections.addAll(FirewallRulesJson.classicCollections(r, r.at(p, "networkRuleCollections").orElse(null),
                FirewallRuleCollection.Kind.Network));
        collections.addAll(FirewallRulesJson.classicCollections(r, r.at(p, "applicationRuleCollections")
                .orElse(null), FirewallRuleCollection.Kind.Application));
        List<ResourceId> publicIps = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            r.reference(Values.property(configs.get(i), "properties").orElse(Values.object()), "publicIPAddress")
                    .ifPresent(publicIps::add);
        }
        List<String> snat = r.at(p, "additionalProperties").map(a -> a.get("Network.SNAT.PrivateRanges"))
                .filter(JsonNode::isTextual).map(text -> List.of(text.asText().split("\\s*,\\s*"))).orElse(null);
        ResourceId subnetId = subnet;
        r.batch().apply(s -> ResourceManager.putAzureFirewall(s, new AzureFirewallRequest(r.id(), r.region(),
                subnetId, r.reference(p, "firewallPolicy").orElse(null), collections,
                r.text(p, "threatIntelMode").orElse(null), management, publicIps, snat)));
        NetworkInterface nic = r.batch().state().networkInterface(r.id()).orElseThrow();
        ObjectNode view = ((ObjectNode) p).deepCopy();
        view.setAll(Views.azureFirewall(nic));
        ArrayNode declared = Values.NODES.arrayNode();
        for (int i = 0; i < configs.size(); i++) {
            ObjectNode config = configs.get(i).isObject() ? ((ObjectNode) configs.get(i)).deepCopy() : Values.object();
            if (i == withSubnet) {
                ObjectNode cp = config.putObject("properties");
                cp.setAll(Values.property(configs.get(i), "properties").filter(JsonNode::isObject)
                        .map(n -> (ObjectNode) n).orElse(Values.object()));
                cp.setAll((ObjectNode) view.get("ipConfigurations").get(0).get("properties"));
            }
            declared.add(config);
        }
        if (!declared.isEmpty()) {
            view.set("ipConfigurations", declared);
        }
        return view;
    }
}
