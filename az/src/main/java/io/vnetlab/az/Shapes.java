package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.arm.json.StableIds;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.dataplane.EffectiveRoute;
import io.vnetlab.dataplane.EffectiveRouteTable;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.Peering;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.Subscription;
import io.vnetlab.model.VirtualMachine;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;

/**
 * Resources as the CLI prints them: the ARM resource of {@link ResourceJson} with its {@code properties}
 * flattened and {@code resourceGroup} added last ({@link #cli}), plus what only the CLI shows (resource groups,
 * the account, a VM's profiles and instance view, effective routes). Keys keep the serializer's alphabetical
 * order with the flattened properties in the {@code properties} slot, which is what {@code --query} filters and
 * {@code -o table} with a query show; {@code -o json} sorts them anyway.
 */
final class Shapes {

    private Shapes() {
    }

    static String guid(String seed) {
        return StableIds.guid(seed);
    }

    static ObjectNode resourceGroup(ResourceGroup g) {
        ObjectNode o = Json.object();
        o.put("id", g.id().toString());
        o.put("location", g.region().name());
        o.putNull("managedBy");
        o.put("name", g.name());
        o.putObject("properties").put("provisioningState", "Succeeded");
        o.putNull("tags");
        o.put("type", "Microsoft.Resources/resourceGroups");
        return o;
    }

    static ObjectNode account(Subscription s, String tenantId) {
        ObjectNode o = Json.object();
        o.put("environmentName", "AzureCloud");
        o.put("homeTenantId", tenantId);
        o.put("id", s.id());
        o.put("isDefault", true);
        o.putArray("managedByTenants");
        o.put("name", s.name());
        o.put("state", "Enabled");
        o.put("tenantId", tenantId);
        ObjectNode user = o.putObject("user");
        user.put("name", "vnetlab@example.com");
        user.put("type", "user");
        return o;
    }

    static ObjectNode vnet(TopologyState state, VirtualNetwork n) {
        return cli(ResourceJson.virtualNetwork(state, n));
    }

    static ObjectNode subnet(TopologyState state, Subnet s) {
        return cli(ResourceJson.subnet(state, s));
    }

    static ObjectNode peering(Peering p) {
        return cli(ResourceJson.peering(p));
    }

    static String macAddress(NetworkInterface nic) {
        return StableIds.macAddress(nic);
    }

    static ObjectNode nic(NetworkInterface nic) {
        return cli(ResourceJson.networkInterface(nic));
    }

    /** {@link #nic(NetworkInterface)} with what a private endpoint adds to its interface. */
    static ObjectNode nic(TopologyState state, NetworkInterface nic) {
        return cli(ResourceJson.networkInterface(state, nic));
    }

    /**
     * The network resource with what {@code az vm create} chose (size, image, admin user), which the network model
     * does not hold; {@code showDetails} ({@code -d}) adds the instance view's addresses and power state.
     */
    static ObjectNode vm(TopologyState state, VirtualMachine vm, Session.VmDetails details, boolean showDetails) {
        ObjectNode arm = ResourceJson.virtualMachine(vm);
        ObjectNode p = ResourceJson.properties(arm);
        p.putObject("hardwareProfile").put("vmSize", details.size());
        ObjectNode os = p.putObject("osProfile");
        os.put("adminUsername", details.adminUsername());
        os.put("computerName", vm.name());
        p.putObject("storageProfile").putObject("imageReference").put("alias", details.image());
        ObjectNode o = cli((ObjectNode) Json.sorted(arm));
        if (showDetails) {
            o.put("fqdns", "");
            NetworkInterface primary = state.primaryNetworkInterface(vm);
            o.put("macAddresses", macAddress(primary));
            o.put("powerState", "VM running");
            o.put("privateIps", vm.networkInterfaceIds().stream().map(id -> state.networkInterface(id).orElseThrow()
                    .privateIpAddress().toString()).reduce((a, b) -> a + "," + b).orElse(""));
            o.put("publicIps", publicIps(state, vm));
        }
        return o;
    }

    /**
     * A resource as the CLI prints what the network and compute SDKs return: each {@code properties} object
     * flattened into its resource, in its slot, and {@code resourceGroup} added last to every object with a
     * resource id (the CLI's {@code _add_resource_group}).
     */
    static ObjectNode cli(ObjectNode resource) {
        ObjectNode o = Json.object();
        resource.properties().forEach(field -> {
            if (field.getKey().equals("properties") && field.getValue().isObject()) {
                field.getValue().properties().forEach(p -> o.set(p.getKey(), cliValue(p.getValue())));
            } else {
                o.set(field.getKey(), cliValue(field.getValue()));
            }
        });
        JsonNode id = o.get("id");
        if (id != null && id.isTextual() && !o.has("resourceGroup") && ResourceId.looksLikeId(id.textValue())) {
            o.put("resourceGroup", ResourceId.parse(id.textValue()).resourceGroup());
        }
        return o;
    }

    /**
     * What a create that the CLI runs as an ARM deployment prints under its output's name ({@code az network lb
     * create}: {@code {"loadBalancer": ...}}): the template's output {@code [reference('NAME')]}, which is the
     * resource's {@code properties} as ARM returns them — no id, name or location, and each sub-resource keeps its own
     * {@code properties} — with {@code resourceGroup} added to every object that has a resource id, as the CLI adds it
     * to whatever it prints (docs/azure/cli-and-network-watcher.md#deployment-output).
     */
    static ObjectNode deploymentOutput(ObjectNode armResource) {
        JsonNode properties = armResource.get("properties");
        return (ObjectNode) withResourceGroups(properties == null ? Json.object() : properties);
    }

    private static JsonNode withResourceGroups(JsonNode value) {
        if (value.isArray()) {
            ArrayNode a = Json.array();
            value.forEach(item -> a.add(withResourceGroups(item)));
            return a;
        }
        if (!value.isObject()) {
            return value;
        }
        ObjectNode o = Json.object();
        value.properties().forEach(field -> o.set(field.getKey(), withResourceGroups(field.getValue())));
        JsonNode id = o.get("id");
        if (id != null && id.isTextual() && !o.has("resourceGroup") && ResourceId.looksLikeId(id.textValue())) {
            o.put("resourceGroup", ResourceId.parse(id.textValue()).resourceGroup());
        }
        return o;
    }

    private static JsonNode cliValue(JsonNode value) {
        if (value.isObject()) {
            return cli((ObjectNode) value);
        }
        if (value.isArray()) {
            ArrayNode a = Json.array();
            value.forEach(item -> a.add(cliValue(item)));
            return a;
        }
        return value;
    }

    /** The VM's public addresses, comma-joined as {@code az vm show -d} prints {@code publicIps}. */
    static String publicIps(TopologyState state, VirtualMachine vm) {
        List<String> ips = new java.util.ArrayList<>();
        for (ResourceId nicId : vm.networkInterfaceIds()) {
            state.networkInterface(nicId).map(NetworkInterface::publicIpAddressId)
                    .flatMap(id -> state.get(io.vnetlab.model.PublicIpAddress.class, id))
                    .ifPresent(pip -> ips.add(pip.ipAddress().toString()));
        }
        return String.join(",", ips);
    }

    static ObjectNode effectiveRoutes(EffectiveRouteTable table) {
        ObjectNode o = Json.object();
        o.putNull("nextLink");
        ArrayNode value = o.putArray("value");
        for (EffectiveRoute r : table.routes()) {
            ObjectNode route = value.addObject();
            route.set("addressPrefix", Json.strings(List.of(r.addressPrefix())));
            route.put("disableBgpRoutePropagation", false);
            if (r.name() == null) {
                route.putNull("name");
            } else {
                route.put("name", r.name());
            }
            route.set("nextHopIpAddress", Json.strings(r.nextHopIpAddresses()));
            route.put("nextHopType", r.nextHopType().name());
            route.put("source", r.source().name());
            route.put("state", r.state().name());
        }
        // docs/azure/service-endpoints.md#routes: after the others, the service's tag for its public prefixes
        for (io.vnetlab.dataplane.ServiceEndpointRoute r : table.serviceEndpointRoutes()) {
            ObjectNode route = value.addObject();
            route.set("addressPrefix", Json.strings(List.of(r.addressPrefixLabel())));
            route.put("disableBgpRoutePropagation", false);
            route.putNull("name");
            route.putArray("nextHopIpAddress");
            route.put("nextHopType", r.nextHopType().name());
            route.put("source", r.source().name());
            route.put("state", r.state().name());
        }
        return o;
    }
}
