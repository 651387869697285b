package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.model.PublicIpPrefix;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;

/** {@code az network public-ip prefix create|show|list|delete} (docs/azure/outbound-access.md#public-ip-prefixes). */
final class PublicIpPrefixCommands {

    private PublicIpPrefixCommands() {
    }

    private static JsonNode shape(Session s, PublicIpPrefix prefix) {
        return Shapes.cli(io.vnetlab.arm.json.ResourceJson.publicIpPrefix(s.topology().state(), prefix));
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network public-ip prefix create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.value("location", "--location", "-l"),
                    Param.value("length", "--length").mandatory(), Param.value("version", "--version")
                            .choices("IPv4", "IPv6"), Param.list("zone", "--zone", "-z"),
                    Param.list("tags", "--tags").emptyMeansNone(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = Commands.region(s, a, group, "publicIPPrefixes");
            int length;
            try {
                length = Integer.parseInt(a.required("length").trim());
            } catch (NumberFormatException e) {
                throw AzError.usage("argument --length: invalid int value: '" + a.required("length") + "'");
            }
            if (a.value("version").filter(v -> v.equalsIgnoreCase("IPv6")).isPresent()) {
                throw AzError.usage("argument --version: IPv6 public IP prefixes are not emulated yet.");
            }
            PublicIpPrefix created = Session.call(() -> s.topology().publicIpPrefixes().define(a.required("name"))
                    .withRegion(region).withExistingResourceGroup(group).withPrefixLength(length).create());
            return a.flag("no_wait") ? null : shape(s, created);
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network public-ip prefix show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            s.group(a.required("resource_group"));
            ResourceId id = Commands.reference(s, a.required("resource_group"), "publicIPPrefixes", a.required("name"));
            s.group(id.resourceGroup());
            return shape(s, Commands.existing(s, PublicIpPrefix.class, "publicIPPrefixes", id));
        }
    }

    /** {@code network public-ip prefix list [-g GROUP]}, the generic list of a top-level type. */
    static AzCommand list() {
        return new ResourceCommands.ListAll<>("network public-ip prefix list", ResourceCommands.Type.of(PublicIpPrefix.class, "publicIPPrefixes",
                (state, r) -> Shapes.cli(io.vnetlab.arm.json.ResourceJson.publicIpPrefix(state, r)), PublicIpPrefix::id));
    }

    static final class Delete implements AzCommand {
        public String name() {
            return "network public-ip prefix delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            s.group(a.required("resource_group"));
            ResourceId id = Commands.reference(s, a.required("resource_group"), "publicIPPrefixes", a.required("name"));
            Commands.deleteIfPresent(s.topology().state().get(PublicIpPrefix.class, id),
                    () -> s.topology().publicIpPrefixes().delete(id.toString()));
            return null;
        }
    }
}
