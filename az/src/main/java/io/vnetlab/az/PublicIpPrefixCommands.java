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

    /**
     * {@code network public-ip prefix show|update|list|delete}: the generic verbs of a top-level type; {@code -n} is a name,
     * as in the CLI's generated commands.
     */
    static List<AzCommand> verbs() {
        var type = ResourceCommands.Type.of(PublicIpPrefix.class, "publicIPPrefixes",
                (state, r) -> Shapes.cli(io.vnetlab.arm.json.ResourceJson.publicIpPrefix(state, r)),
                PublicIpPrefix::id);
        return List.of(new ResourceCommands.Show<>("network public-ip prefix show", type),
                ResourceCommands.tagsUpdate("network public-ip prefix update", type),
                new ResourceCommands.ListAll<>("network public-ip prefix list", type),
                new ResourceCommands.Delete<>("network public-ip prefix delete", type,
                        io.vnetlab.controlplane.ResourceManager::deletePublicIpPrefix));
    }

}
