package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.NatGateways;
import io.vnetlab.model.NatGateway;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * {@code az network nat gateway create|show|list|update|delete} (docs/azure/outbound-access.md#nat-gateway). Public
 * IP addresses and prefixes are given by name (in the command's group) or id, space-separated.
 */
final class NatGatewayCommands {

    private NatGatewayCommands() {
    }

    static NatGateway natGateway(Session s, String group, String nameOrId) {
        ResourceId id = Commands.reference(s, group, "natGateways", nameOrId);
        s.group(id.resourceGroup());
        return Commands.existing(s, NatGateway.class, "natGateways", id);
    }

    private static List<String> references(Session s, String group, String type, List<String> namesOrIds) {
        return namesOrIds.stream().map(v -> Commands.reference(s, group, type, v).toString()).toList();
    }

    private static JsonNode shape(Session s, NatGateway gateway) {
        return Shapes.cli(io.vnetlab.arm.json.ResourceJson.natGateway(s.topology().state(), gateway));
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network nat gateway create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.value("location", "--location", "-l"),
                    Param.list("public_ip_addresses", "--public-ip-addresses"),
                    Param.list("public_ip_prefixes", "--public-ip-prefixes"),
                    Param.value("idle_timeout", "--idle-timeout"), Param.list("zone", "--zone", "-z"),
                    Param.list("tags", "--tags").emptyMeansNone(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            Region region = Commands.region(s, a, group, "natGateways");
            List<String> addresses = references(s, group, "publicIPAddresses", a.list("public_ip_addresses"));
            List<String> prefixes = references(s, group, "publicIPPrefixes", a.list("public_ip_prefixes"));
            NatGateway created = Session.call(() -> {
                NatGateways.Definition d = s.topology().natGateways().define(a.required("name")).withRegion(region)
                        .withExistingResourceGroup(group);
                addresses.forEach(d::withPublicIpAddress);
                prefixes.forEach(d::withPublicIpPrefix);
                a.value("idle_timeout").ifPresent(t -> d.withIdleTimeoutInMinutes(idleTimeout(t)));
                return d.create();
            });
            return a.flag("no_wait") ? null : shape(s, created);
        }
    }

    /** {@code --idle-timeout} as the CLI parses it: an integer. */
    static int idleTimeout(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw AzError.usage("argument --idle-timeout: invalid int value: '" + value + "'");
        }
    }

    static final class Update implements AzCommand {
        public String name() {
            return "network nat gateway update";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(),
                    Param.list("public_ip_addresses", "--public-ip-addresses"),
                    Param.list("public_ip_prefixes", "--public-ip-prefixes"),
                    Param.value("idle_timeout", "--idle-timeout"), Param.list("tags", "--tags").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            NatGateway existing = natGateway(s, group, a.required("name"));
            NatGateway updated = Session.call(() -> {
                NatGateways.Update u = s.topology().natGateways().update(existing.id().toString());
                if (a.has("public_ip_addresses")) {
                    u.withPublicIpAddresses(references(s, group, "publicIPAddresses", a.list("public_ip_addresses")));
                }
                if (a.has("public_ip_prefixes")) {
                    u.withPublicIpPrefixes(references(s, group, "publicIPPrefixes", a.list("public_ip_prefixes")));
                }
                a.value("idle_timeout").ifPresent(t -> u.withIdleTimeoutInMinutes(idleTimeout(t)));
                return u.apply();
            });
            return a.flag("no_wait") ? null : shape(s, updated);
        }
    }

    /**
     * {@code network nat gateway show|list|delete}: the generic verbs of a top-level type; {@code -n} is a name, as
     * in the CLI's generated commands (an id goes to {@code --ids}, which vnetlab does not take).
     */
    static List<AzCommand> verbs() {
        var type = ResourceCommands.Type.of(NatGateway.class, "natGateways",
                (state, r) -> Shapes.cli(io.vnetlab.arm.json.ResourceJson.natGateway(state, r)), NatGateway::id);
        return List.of(new ResourceCommands.Show<>("network nat gateway show", type),
                new ResourceCommands.ListAll<>("network nat gateway list", type),
                new ResourceCommands.Delete<>("network nat gateway delete", type,
                        io.vnetlab.controlplane.ResourceManager::deleteNatGateway));
    }

}
