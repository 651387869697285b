package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.vnetlab.model.Subnet;
import io.vnetlab.model.VirtualNetwork;

import java.util.List;

/** {@code az network vnet subnet create|show|list|update|delete}. */
final class SubnetCommands {

    private SubnetCommands() {
    }

    static Param vnetName() {
        return Param.value("vnet_name", "--vnet-name").mandatory();
    }

    static List<Param> writeParams(boolean prefixRequired) {
        Param prefixes = Param.list("address_prefixes", "--address-prefixes", "--address-prefix");
        return List.of(VnetCommands.groupParam(), vnetName(), VnetCommands.nameParam(),
                prefixRequired ? prefixes.mandatory() : prefixes,
                Param.value("nsg", "--network-security-group", "--nsg"), Param.value("route_table", "--route-table"),
                Param.flag("no_wait", "--no-wait"));
    }

    static JsonNode put(Session s, Args a) {
        VnetCommands.refuseUnmodelled(a, "nsg", "--network-security-group", "network security groups (issue 4)");
        VnetCommands.refuseUnmodelled(a, "route_table", "--route-table", "route tables (issue 3)");
        VirtualNetwork network = s.vnet(a.required("resource_group"), a.required("vnet_name"));
        String name = a.required("name");
        if (a.has("address_prefixes")) {
            String prefix = VnetCommands.onePrefix(a.list("address_prefixes"), "--address-prefixes");
            Session.call(() -> s.topology().networks().update(network.id().toString()).withSubnet(name, prefix).apply());
        } else {
            s.subnet(a.required("resource_group"), a.required("vnet_name"), name);
        }
        if (a.flag("no_wait")) {
            return null;
        }
        return Shapes.subnet(s.topology().state(), s.subnet(a.required("resource_group"), a.required("vnet_name"), name));
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
            return List.of(VnetCommands.groupParam(), vnetName(), VnetCommands.nameParam());
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
            return List.of(VnetCommands.groupParam(), vnetName());
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
            return List.of(VnetCommands.groupParam(), vnetName(), VnetCommands.nameParam(), Param.flag("no_wait", "--no-wait"));
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
