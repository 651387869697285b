package io.vnetlab.arm;

import io.vnetlab.controlplane.NicRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.InterfaceOwner;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * {@code Microsoft.Network/azureFirewalls}, simulated as a forwarding appliance at its private address: a network
 * interface with IP forwarding, whose id is the firewall's own, in the {@code AzureFirewallSubnet} the IP
 * configuration with a subnet names, at the first free address (x.x.x.4 in an empty subnet, as Azure assigns it).
 * User routes to that address reach it, and a verdict that crosses it says that its rule collections were not
 * evaluated. Rule collections, firewall policies, public IPs and the management IP configuration are accepted and
 * not simulated (a warning each). {@code reference()} answers the assigned
 * {@code ipConfigurations[i].properties.privateIPAddress}.
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
            r.notUsed(config, "publicIPAddress", "public IP address", "the firewall's public endpoint, SNAT and"
                    + " DNAT are not simulated");
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
        if (r.at(p, "managementIpConfiguration").isPresent()) {
            r.warn("Azure Firewall '" + r.id().name() + "': its managementIpConfiguration (forced tunneling's"
                    + " management traffic) is not simulated.");
        }
        boolean rules = List.of("applicationRuleCollections", "networkRuleCollections", "natRuleCollections")
                .stream().anyMatch(n -> r.at(p, n).filter(a -> a.size() > 0).isPresent());
        if (rules || r.at(p, "firewallPolicy").isPresent()) {
            r.warn("Azure Firewall '" + r.id().name() + "': its rule collections"
                    + (r.at(p, "firewallPolicy").isPresent() ? " and firewall policy" : "") + " are not simulated;"
                    + " it forwards every packet routed to it, and verdicts that cross it say so.");
        }
        NetworkInterface nic = r.batch().putNetworkInterface(new NicRequest(r.id(), r.region(), subnet,
                null, true, null, List.of(), null, InterfaceOwner.AzureFirewall));
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
