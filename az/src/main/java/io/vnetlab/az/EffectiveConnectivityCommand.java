package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.ConfigurationType;
import io.vnetlab.model.ConnectivityConfiguration;
import io.vnetlab.model.NetworkGroup;
import io.vnetlab.model.NetworkManagerDeployment;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualNetwork;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code az network manager list-effective-connectivity-config}: the connectivity configurations that apply to a
 * virtual network, which the Virtual Network Manager quickstart checks after its commit
 * (docs/azure/virtual-network-manager.md#effective-connectivity): each configuration deployed to the network's region
 * whose groups hold the network, as {@code connect-config show} prints it, with the groups that hold the network as
 * {@code configurationGroups}; {@code {"skipToken": "", "value": [...]}}.
 */
final class EffectiveConnectivityCommand implements AzCommand {

    public String name() {
        return "network manager list-effective-connectivity-config";
    }

    public List<Param> params() {
        return List.of(Commands.groupParam(), Param.value("vnet", "--virtual-network-name", "--vnet-name").mandatory(),
                Param.value("skip_token", "--skip-token"));
    }

    public boolean changesState() {
        return false;
    }

    public JsonNode run(Session s, Args a) {
        VirtualNetwork network = s.vnet(a.required("resource_group"), a.required("vnet"));
        TopologyState state = s.topology().state();
        Set<ResourceId> shown = new LinkedHashSet<>();
        ArrayNode value = Json.array();
        for (NetworkManagerDeployment d : state.all(NetworkManagerDeployment.class)) {
            if (d.type() != ConfigurationType.Connectivity || !d.region().equals(network.region())) {
                continue;
            }
            for (ConnectivityConfiguration c : d.connectivity()) {
                ArrayNode groups = Json.array();
                for (ConnectivityConfiguration.ConnectivityGroup item : c.appliesToGroups()) {
                    boolean member = ResourceManager.networkGroupMembers(state, item.networkGroupId()).stream()
                            .anyMatch(n -> n.id().equals(network.id()));
                    if (member) {
                        state.get(NetworkGroup.class, item.networkGroupId()).ifPresent(g -> groups.add(group(g)));
                    }
                }
                if (!groups.isEmpty() && shown.add(c.id())) {
                    ObjectNode config = Shapes.cli(ResourceJson.connectivityConfiguration(c));
                    config.set("configurationGroups", groups);
                    List.of("name", "type", "etag", "resourceGroup", "resourceGuid").forEach(config::remove);
                    value.add(Json.sorted(config));
                }
            }
        }
        ObjectNode out = Json.object();
        out.put("skipToken", "");
        out.set("value", value);
        return out;
    }

    private static ObjectNode group(NetworkGroup g) {
        ObjectNode o = Json.object();
        o.put("description", g.description() == null ? "" : g.description());
        o.put("id", g.id().toString());
        o.put("provisioningState", "Succeeded");
        return o;
    }
}
