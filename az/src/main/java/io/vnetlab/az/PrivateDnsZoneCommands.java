package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.PrivateDnsZone;
import io.vnetlab.model.ResourceId;

import java.util.List;
import java.util.Locale;

/**
 * {@code az network private-dns zone create|show|list|delete} (docs/azure/private-dns.md#zones): a zone is global,
 * in the resource group {@code -g}; deleting one asks for confirmation ({@code --yes}) and is refused while virtual
 * networks are linked to it.
 */
final class PrivateDnsZoneCommands {

    static final String TYPE = "privateDnsZones";

    private PrivateDnsZoneCommands() {
    }

    static JsonNode shape(Session s, PrivateDnsZone zone) {
        return Shapes.cli(ResourceJson.privateDnsZone(s.topology().state(), zone));
    }

    /** The zone {@code name} of group {@code group}, or ARM's "not found" for it. */
    static PrivateDnsZone zone(Session s, String group, String name) {
        s.group(group);
        ResourceId id = s.id(group, ResourceId.NETWORK, TYPE, name.toLowerCase(Locale.ROOT));
        return s.topology().state().get(PrivateDnsZone.class, id).orElseThrow(() ->
                Session.notFound("Microsoft.Network/" + TYPE, name, group));
    }

    /** Applies a control-plane change (a delete, say) to the topology the command works on. */
    static void change(Session s, java.util.function.UnaryOperator<io.vnetlab.controlplane.TopologyState> change) {
        s.topology().batch(b -> {
            b.apply(change);
            return null;
        });
    }

    /**
     * The service's answer to a create of a name that exists: the CLI's creates send {@code If-None-Match: *}
     * (azure-cli privatedns custom.py), and its tests expect "exists already" for zones and links and "Precondition
     * Failed" for record sets.
     */
    static AzError existsAlready(String resource, String group) {
        return AzError.service("PreconditionFailed", "Precondition Failed: the resource '" + resource + "' under"
                + " resource group '" + group + "' exists already.", 412);
    }

    /** ARM's "not found" for a child of a zone (a link, a record set), with the exit code of a missing resource. */
    static AzError childNotFound(ResourceId id) {
        ResourceId zone = id.parent().orElseThrow();
        return Session.notFound("Microsoft.Network/privateDnsZones", zone.name() + "/" + id.type()
                .substring(id.type().lastIndexOf('/') + 1) + "/" + id.name(), id.resourceGroup());
    }

    /** The {@code --zone-name -z} option of the zone's child commands. */
    static Param zoneParam() {
        return Param.value("zone_name", "--zone-name", "-z").mandatory();
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network private-dns zone create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.list("tags", "--tags").emptyMeansNone(),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            String group = a.required("resource_group");
            s.group(group);
            ResourceId id = s.id(group, ResourceId.NETWORK, TYPE, a.required("name").toLowerCase(Locale.ROOT));
            if (s.topology().state().get(PrivateDnsZone.class, id).isPresent()) {
                // the CLI sends If-None-Match: * (azure-cli privatedns custom.py)
                throw existsAlready("Microsoft.Network/privateDnsZones/" + id.name(), group);
            }
            PrivateDnsZone zone = Session.call(() -> s.topology().batch(b -> b.putPrivateDnsZone(new PrivateDnsZone(id))));
            return a.flag("no_wait") ? null : shape(s, zone);
        }
    }

    /** {@code zone update}: the zone has nothing to change but its tags ({@code --tags}), which Az stores. */
    static final class Update implements AzCommand {
        public String name() {
            return "network private-dns zone update";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.list("tags", "--tags").emptyMeansNone(),
                    Param.value("if_match", "--if-match"), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            PrivateDnsZone zone = zone(s, a.required("resource_group"), a.required("name"));
            JsonNode shape = shape(s, zone);
            if (a.value("if_match").filter(etag -> !etag.equals(shape.path("etag").asText())).isPresent()) {
                throw AzError.service("PreconditionFailed", "The etag mismatch: the zone '" + zone.name()
                        + "' has another etag than --if-match names.", 412);
            }
            return a.flag("no_wait") ? null : shape;
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network private-dns zone show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return shape(s, zone(s, a.required("resource_group"), a.required("name")));
        }
    }

    static final class ListZones implements AzCommand {
        public String name() {
            return "network private-dns zone list";
        }

        public List<Param> params() {
            return List.of(Commands.optionalGroupParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return Commands.listInGroup(s, a, s.topology().state().all(PrivateDnsZone.class), PrivateDnsZone::id,
                    z -> shape(s, z));
        }
    }

    static final class Delete implements AzCommand {
        public String name() {
            return "network private-dns zone delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Commands.nameParam(), Param.flag("yes", "--yes", "-y"),
                    Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            GroupCommands.requireYes(a);
            String group = a.required("resource_group");
            s.group(group);
            ResourceId id = s.id(group, ResourceId.NETWORK, TYPE, a.required("name").toLowerCase(Locale.ROOT));
            Commands.deleteIfPresent(s.topology().state().get(PrivateDnsZone.class, id),
                    () -> change(s, st -> ResourceManager.deletePrivateDnsZone(st, id)));
            return null;
        }
    }
}
