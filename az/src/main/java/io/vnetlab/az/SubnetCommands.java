package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.vnetlab.Topology;
import io.vnetlab.controlplane.ServiceEndpointRequest;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.NetworkSecurityGroup;
import io.vnetlab.model.PrivateEndpointNetworkPolicies;
import io.vnetlab.model.RouteTable;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;
import java.util.function.Consumer;

/** {@code az network vnet subnet create|show|list|update|delete}. */
final class SubnetCommands {

    private SubnetCommands() {
    }

    static Param vnetName() {
        return Param.value("vnet_name", "--vnet-name").mandatory();
    }

    static List<Param> writeParams(boolean prefixRequired) {
        Param prefixes = Param.list("address_prefixes", "--address-prefixes", "--address-prefix");
        return List.of(Commands.groupParam(), vnetName(), Commands.nameParam(),
                prefixRequired ? prefixes.mandatory() : prefixes,
                Param.value("nsg", "--network-security-group", "--nsg").emptyMeansNone(),
                Param.value("route_table", "--route-table").emptyMeansNone(),
                Param.value("nat_gateway", "--nat-gateway").emptyMeansNone(),
                Param.bool("default_outbound_access", "--default-outbound-access"),
                Param.value("endpoint_policies", "--private-endpoint-network-policies").choices(
                        java.util.Arrays.stream(PrivateEndpointNetworkPolicies.values()).map(Enum::name)
                                .toArray(String[]::new)),
                Param.bool("disable_endpoint_policies", "--disable-private-endpoint-network-policies"),
                Param.list("service_endpoints", "--service-endpoints").emptyMeansNone(),
                Param.flag("no_wait", "--no-wait"));
    }

    /**
     * The subnet's prefix, NSG and route table, all or nothing. {@code --network-security-group} and {@code --route-table} take a name (in the command's group) or an
     * id; {@code ""} removes the association, as the CLI's update does.
     */
    static JsonNode put(Session s, Args a) {
        String group = a.required("resource_group");
        VirtualNetwork network = s.vnet(group, a.required("vnet_name"));
        String name = a.required("name");
        java.util.Optional<Subnet> existing = network.subnet(name);
        if (existing.isEmpty() && !a.has("address_prefixes")) {
            throw Session.childNotFound(network.id().child("subnets", name));
        }
        List<String> given = a.has("address_prefixes") ? a.list("address_prefixes") : List.of();
        // a dual-stack subnet takes an IPv4 and an IPv6 prefix (docs/azure/ipv6.md#subnets)
        VnetCommands.SubnetPrefixes prefixes = a.has("address_prefixes")
                ? VnetCommands.SubnetPrefixes.of(given, "--address-prefixes") : null;
        String ipv6 = prefixes == null ? null : prefixes.ipv6();
        String prefix = prefixes != null ? prefixes.ipv4() : existing.get().addressPrefix().toString();
        ResourceId nsgId = existing.map(Subnet::networkSecurityGroupId).orElse(null);
        if (a.has("nsg")) {
            String v = a.required("nsg");
            nsgId = v.isEmpty() ? null : Commands.reference(s, group, "networkSecurityGroups", v);
        }
        ResourceId routeTableId = existing.map(Subnet::routeTableId).orElse(null);
        if (a.has("route_table")) {
            String v = a.required("route_table");
            routeTableId = v.isEmpty() ? null : Commands.reference(s, group, "routeTables", v);
        }
        ResourceId natId = existing.map(Subnet::natGatewayId).orElse(null);
        if (a.has("nat_gateway")) {
            String v = a.required("nat_gateway");
            natId = v.isEmpty() ? null : Commands.reference(s, group, "natGateways", v);
        }
        ResourceId nsg = nsgId;
        ResourceId table = routeTableId;
        ResourceId nat = natId;
        String subnetName = existing.map(Subnet::name).orElse(name);
        ResourceId subnetId = network.id().child("subnets", subnetName);
        requireReference(s, nsg, NetworkSecurityGroup.class, subnetId);
        requireReference(s, table, RouteTable.class, subnetId);
        requireReference(s, nat, io.vnetlab.model.NatGateway.class, subnetId);
        // checked before anything changes, so that a create with a wrong service name creates nothing
        // (docs/azure/service-endpoints.md#errors); "" removes them all, as the CLI's update does
        String[] services = a.list("service_endpoints").stream().filter(v -> !v.isEmpty()).toArray(String[]::new);
        if (a.has("service_endpoints")) {
            Session.call(() -> ResourceManager.requireValidServiceEndpoints(java.util.Arrays.stream(services)
                    .map(ServiceEndpointRequest::to).toList(), subnetId));
        }
        String networkId = network.id().toString();
        Consumer<Topology> change = t -> {
            if (a.has("address_prefixes")) {
                if (ipv6 == null) {
                    t.networks().update(networkId).withSubnet(subnetName, prefix).apply();
                } else {
                    t.networks().update(networkId).withDualStackSubnet(subnetName, prefix, ipv6).apply();
                }
            }
            if (a.has("nsg")) {
                if (nsg == null) {
                    t.networkSecurityGroups().dissociateFromSubnet(networkId, subnetName);
                } else {
                    t.networkSecurityGroups().associateWithSubnet(nsg.toString(), networkId, subnetName);
                }
            }
            if (a.has("route_table")) {
                if (table == null) {
                    t.routeTables().dissociate(networkId, subnetName);
                } else {
                    t.routeTables().associate(table.toString(), networkId, subnetName);
                }
            }
            if (a.has("nat_gateway")) {
                if (nat == null) {
                    t.natGateways().dissociateFromSubnet(networkId, subnetName);
                } else {
                    t.natGateways().associateWithSubnet(nat.toString(), networkId, subnetName);
                }
            }
            a.bool("default_outbound_access").ifPresent(access ->
                    t.networks().setDefaultOutboundAccess(networkId, subnetName, access));
            // docs/azure/private-endpoints.md#network-policies
            endpointPolicies(a).ifPresent(policies -> t.networks().setPrivateEndpointNetworkPolicies(networkId,
                    subnetName, policies));
            if (a.has("service_endpoints")) {
                t.networks().setServiceEndpoints(networkId, subnetName, services);   // docs/azure/service-endpoints.md#cli
            }
        };
        Session.call(() -> change.accept(s.topology()));
        if (a.flag("no_wait")) {
            return null;
        }
        return Shapes.subnet(s.topology().state(), s.subnet(a.required("resource_group"), a.required("vnet_name"), name));
    }

    /**
     * {@code --private-endpoint-network-policies}, or the older {@code --disable-private-endpoint-network-policies
     * [true|false]}, which can only say {@code Disabled} or {@code Enabled} (azure-cli maps it so); the newer option
     * wins when both are given (docs/azure/private-endpoints.md#network-policies).
     */
    private static java.util.Optional<PrivateEndpointNetworkPolicies> endpointPolicies(Args a) {
        java.util.Optional<PrivateEndpointNetworkPolicies> named = a.value("endpoint_policies")
                .map(v -> java.util.Arrays.stream(PrivateEndpointNetworkPolicies.values())
                        .filter(p -> p.name().equalsIgnoreCase(v)).findFirst().orElseThrow());
        return named.isPresent() ? named : a.bool("disable_endpoint_policies")
                .map(disabled -> disabled ? PrivateEndpointNetworkPolicies.Disabled
                        : PrivateEndpointNetworkPolicies.Enabled);
    }

    /** Azure's answer for an NSG or route table that does not exist (as the network provider words it). */
    static void requireReference(Session s, ResourceId id, Class<?> type, ResourceId by) {
        if (id != null && s.topology().state().get(type, id).isEmpty()) {
            throw Commands.invalidReference(id, by);
        }
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network vnet subnet create";
        }

        public List<Param> params() {
            return writeParams(true);
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            return put(s, a);
        }
    }

    static final class Update implements AzCommand {
        public String name() {
            return "network vnet subnet update";
        }

        public List<Param> params() {
            return writeParams(false);
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            return put(s, a);
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network vnet subnet show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), vnetName(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            Subnet subnet = s.subnet(a.required("resource_group"), a.required("vnet_name"), a.required("name"));
            return Shapes.subnet(s.topology().state(), subnet);
        }
    }

    static final class ListSubnets implements AzCommand {
        public String name() {
            return "network vnet subnet list";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), vnetName());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            VirtualNetwork network = s.vnet(a.required("resource_group"), a.required("vnet_name"));
            ArrayNode list = Json.array();
            network.subnets().forEach(x -> list.add(Shapes.subnet(s.topology().state(), x)));
            return list;
        }
    }

    static final class Delete implements AzCommand {
        public String name() {
            return "network vnet subnet delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), vnetName(), Commands.nameParam(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            Subnet subnet = s.subnet(a.required("resource_group"), a.required("vnet_name"), a.required("name"));
            Session.call(() -> s.topology().networks().update(subnet.networkId().toString())
                    .withoutSubnet(subnet.name()).apply());
            return null;
        }
    }
}
