package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.AzureFirewallRequest;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.AzureFirewall;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The firewall that is created first and placed afterwards, as Microsoft's firewall tutorial and many scripts build
 * it: {@code az network firewall create} without {@code --vnet-name}, then {@code az network firewall ip-config
 * create --vnet-name --public-ip-address} puts it in the network's AzureFirewallSubnet with that public IP, and
 * {@code az network firewall update} puts it again; {@code ip-config list} shows its configuration
 * (docs/azure/azure-firewall.md#ip-configuration). A PUT of the whole firewall each time, through the control plane.
 */
final class FirewallIpConfigCommands {

    private FirewallIpConfigCommands() {
    }

    static List<AzCommand> commands() {
        return List.of(new Create(), new ListConfigs(), new Update());
    }

    /** A firewall without IP configuration, from {@code firewall create}'s options other than the network. */
    static AzureFirewall putUnplaced(Session s, Args a, String group) {
        ResourceId id = s.id(group, ResourceId.NETWORK, "azureFirewalls", a.required("name"));
        Region region = Commands.region(s, a, group, "azureFirewalls");
        ResourceId policy = a.value("policy").map(p -> Commands.reference(s, group, "firewallPolicies", p))
                .orElse(null);
        List<ResourceId> publicIps = a.value("public_ip")
                .map(p -> List.of(Commands.reference(s, group, "publicIPAddresses", p))).orElse(List.of());
        List<String> ranges = a.list("private_ranges").isEmpty() ? null : a.list("private_ranges");
        return put(s, new AzureFirewallRequest(id, region, null, policy, List.of(),
                a.value("threat_intel_mode").orElse(null), null, publicIps, ranges));
    }

    private static AzureFirewall put(Session s, AzureFirewallRequest request) {
        return Session.call(() -> s.topology().batch(b -> {
            b.apply(state -> ResourceManager.putAzureFirewall(state, request));
            return b.state().get(AzureFirewall.class, request.id()).orElseThrow();
        }));
    }

    /** The request that puts {@code fw} again as it is. */
    private static AzureFirewallRequest asItIs(AzureFirewall fw) {
        return new AzureFirewallRequest(fw.id(), fw.region(), fw.subnetId(), fw.firewallPolicyId(),
                fw.ruleCollections(), fw.threatIntelMode(), fw.managementSubnetId(), fw.publicIpIds(),
                fw.snatPrivateRanges());
    }

    /** The firewall's IP configuration as the service returns it, named as its creator named it. */
    static ObjectNode configShape(AzureFirewall fw, NetworkInterface nic) {
        String name = nic.primaryIpConfigurationName();
        ObjectNode config = Json.object();
        config.put("id", fw.id().child("azureFirewallIpConfigurations", name).toString());
        config.put("name", name);
        config.put("privateIPAddress", nic.privateIpAddress().toString());
        config.put("provisioningState", "Succeeded");
        if (!fw.publicIpIds().isEmpty()) {
            config.set("publicIPAddress", Json.reference(fw.publicIpIds().get(0)));
        }
        config.put("resourceGroup", fw.id().resourceGroup());
        config.set("subnet", Json.reference(nic.subnetId()));
        config.put("type", "Microsoft.Network/azureFirewalls/azureFirewallIpConfigurations");
        return config;
    }

    /**
     * {@code az network firewall ip-config create}: the first configuration places the firewall in {@code
     * --vnet-name}'s AzureFirewallSubnet under its name; a further one adds its public IP (vnetlab keeps the name of
     * the first configuration only). Prints the configuration.
     */
    static final class Create implements AzCommand {
        public String name() {
            return "network firewall ip-config create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Param.value("firewall_name", "--firewall-name", "-f").mandatory(),
                    Commands.nameParam(), Param.value("public_ip", "--public-ip-address").mandatory(),
                    Param.value("vnet_name", "--vnet-name"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            AzureFirewall fw = FirewallCommands.firewall(s, group, a.required("firewall_name"));
            String name = a.required("name");
            Session.call(() -> ResourceManager.requireIpConfigurationName(name,
                    fw.id().child("azureFirewallIpConfigurations", name)));
            ResourceId publicIp = Commands.reference(s, group, "publicIPAddresses", a.required("public_ip"));
            // the CLI resolves the network into the subnet's id, so a network that is not there is refused
            Optional<VirtualNetwork> network = a.value("vnet_name").map(v -> s.vnet(group, v));
            List<ResourceId> publicIps = new ArrayList<>(fw.publicIpIds());
            if (!publicIps.contains(publicIp)) {
                publicIps.add(publicIp);
            }
            ResourceId subnet = fw.subnetId();
            String configName = null;
            if (!fw.placed()) {
                subnet = network.orElseThrow(() -> AzError.command("usage error: the firewall's first IP"
                        + " configuration needs --vnet-name, the network whose AzureFirewallSubnet it uses."))
                        .id().child("subnets", "AzureFirewallSubnet");
                configName = name;
            }
            AzureFirewall placed = put(s, new AzureFirewallRequest(fw.id(), fw.region(), subnet, fw.firewallPolicyId(),
                    fw.ruleCollections(), fw.threatIntelMode(), fw.managementSubnetId(), publicIps,
                    fw.snatPrivateRanges(), configName));
            NetworkInterface nic = s.topology().state().networkInterface(placed.id()).orElseThrow();
            ObjectNode config = configShape(placed, nic);
            if (!nic.primaryIpConfigurationName().equalsIgnoreCase(name)) {
                // a further configuration: its public IP, no subnet or private address of its own
                config = Json.object();
                config.put("id", placed.id().child("azureFirewallIpConfigurations", name).toString());
                config.put("name", name);
                config.put("provisioningState", "Succeeded");
                config.set("publicIPAddress", Json.reference(publicIp));
                config.put("resourceGroup", placed.id().resourceGroup());
                config.put("type", "Microsoft.Network/azureFirewalls/azureFirewallIpConfigurations");
            }
            return config;
        }
    }

    /** {@code az network firewall ip-config list}: the firewall's configuration; none while it is not placed. */
    static final class ListConfigs implements AzCommand {
        public String name() {
            return "network firewall ip-config list";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Param.value("firewall_name", "--firewall-name", "-f").mandatory());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            AzureFirewall fw = FirewallCommands.firewall(s, a.required("resource_group"), a.required("firewall_name"));
            ArrayNode list = Json.array();
            Optional<NetworkInterface> nic = s.topology().state().networkInterface(fw.id());
            nic.ifPresent(n -> list.add(configShape(fw, n)));
            return list;
        }
    }

    /**
     * {@code az network firewall update}: the firewall put again, with the policy, threat-intelligence mode and SNAT
     * private ranges it names changed; as the tutorials run it after {@code ip-config create}, it changes nothing else.
     */
    static final class Update implements AzCommand {
        public String name() {
            return "network firewall update";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.value("policy", "--firewall-policy", "--policy"),
                    Param.value("threat_intel_mode", "--threat-intel-mode").choices("Alert", "Deny", "Off"),
                    Param.list("private_ranges", "--private-ranges"), Param.list("tags", "--tags").emptyMeansNone());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            AzureFirewall fw = FirewallCommands.firewall(s, group, a.required("name"));
            AzureFirewallRequest now = asItIs(fw);
            ResourceId policy = a.value("policy").map(p -> Commands.reference(s, group, "firewallPolicies", p))
                    .orElse(now.firewallPolicyId());
            List<String> ranges = a.has("private_ranges") ? a.list("private_ranges") : now.snatPrivateRanges();
            AzureFirewall updated = put(s, new AzureFirewallRequest(now.id(), now.region(), now.subnetId(), policy,
                    now.ruleCollections(), a.value("threat_intel_mode").orElse(now.threatIntelMode()),
                    now.managementSubnetId(), now.publicIpIds(), ranges));
            return FirewallCommands.firewallShape(s.topology().state(), updated);
        }
    }
}
