package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.PrivateDnsZoneGroup;
import io.vnetlab.model.PrivateEndpoint;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code az network private-endpoint dns-zone-group create|add|remove|show|list|delete}
 * (docs/azure/private-dns.md#zone-groups): the group {@code --name -n} of endpoint {@code --endpoint-name}, each zone
 * ({@code --private-dns-zone}, a name in {@code -g} or an id) under a configuration named {@code --zone-name}.
 */
final class DnsZoneGroupCommands {

    private DnsZoneGroupCommands() {
    }

    private static JsonNode shape(Session s, PrivateDnsZoneGroup group) {
        return Shapes.cli(ResourceJson.privateDnsZoneGroup(s.topology().state(), group));
    }

    private static PrivateEndpoint endpoint(Session s, Args a) {
        String group = a.required("resource_group");
        s.group(group);
        ResourceId id = s.id(group, ResourceId.NETWORK, "privateEndpoints", a.required("endpoint_name"));
        return Commands.existing(s, PrivateEndpoint.class, "privateEndpoints", id);
    }

    private static ResourceId groupId(Session s, Args a) {
        return endpoint(s, a).id().child("privateDnsZoneGroups", a.required("name"));
    }

    private static PrivateDnsZoneGroup existing(Session s, ResourceId id) {
        return s.topology().state().get(PrivateDnsZoneGroup.class, id).orElseThrow(() -> Session.childNotFound(id));
    }

    private static PrivateDnsZoneGroup.ZoneConfig config(Session s, Args a) {
        String zone = a.required("private_dns_zone");
        ResourceId zoneId = ResourceId.looksLikeId(zone) ? ResourceId.parse(zone)
                : s.id(a.required("resource_group"), ResourceId.NETWORK, PrivateDnsZoneCommands.TYPE,
                zone.toLowerCase(Locale.ROOT));
        return new PrivateDnsZoneGroup.ZoneConfig(a.required("zone_name"), zoneId);
    }

    private static JsonNode put(Session s, PrivateDnsZoneGroup group) {
        return shape(s, Session.call(() -> s.topology().batch(b -> b.putPrivateDnsZoneGroup(group))));
    }

    private static List<Param> groupParams() {
        return List.of(Commands.groupParam(), Param.value("endpoint_name", "--endpoint-name").mandatory(),
                Commands.nameParam());
    }

    private static List<Param> zoneParams(boolean withZone) {
        List<Param> params = new ArrayList<>(groupParams());
        if (withZone) {
            params.add(Param.value("private_dns_zone", "--private-dns-zone").mandatory());
        }
        params.add(Param.value("zone_name", "--zone-name").mandatory());
        params.add(Param.flag("no_wait", "--no-wait"));
        return params;
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network private-endpoint dns-zone-group create";
        }

        public List<Param> params() {
            return zoneParams(true);
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            return put(s, new PrivateDnsZoneGroup(groupId(s, a), List.of(config(s, a))));
        }
    }

    static final class Add implements AzCommand {
        public String name() {
            return "network private-endpoint dns-zone-group add";
        }

        public List<Param> params() {
            return zoneParams(true);
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            PrivateDnsZoneGroup group = existing(s, groupId(s, a));
            List<PrivateDnsZoneGroup.ZoneConfig> zones = new ArrayList<>(group.zones());
            zones.add(config(s, a));
            return put(s, new PrivateDnsZoneGroup(group.id(), zones));
        }
    }

    static final class Remove implements AzCommand {
        public String name() {
            return "network private-endpoint dns-zone-group remove";
        }

        public List<Param> params() {
            return zoneParams(false);
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            PrivateDnsZoneGroup group = existing(s, groupId(s, a));
            String removed = a.required("zone_name");
            List<PrivateDnsZoneGroup.ZoneConfig> zones = group.zones().stream()
                    .filter(z -> !z.name().equalsIgnoreCase(removed)).toList();
            return put(s, new PrivateDnsZoneGroup(group.id(), zones));
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network private-endpoint dns-zone-group show";
        }

        public List<Param> params() {
            return groupParams();
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return shape(s, existing(s, groupId(s, a)));
        }
    }

    static final class ListGroups implements AzCommand {
        public String name() {
            return "network private-endpoint dns-zone-group list";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), Param.value("endpoint_name", "--endpoint-name").mandatory());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            PrivateEndpoint endpoint = endpoint(s, a);
            ArrayNode list = Json.array();
            s.topology().state().all(PrivateDnsZoneGroup.class).stream()
                    .filter(g -> g.endpointId().equals(endpoint.id())).forEach(g -> list.add(shape(s, g)));
            return list;
        }
    }

    static final class Delete implements AzCommand {
        public String name() {
            return "network private-endpoint dns-zone-group delete";
        }

        public List<Param> params() {
            List<Param> params = new ArrayList<>(groupParams());
            params.add(Param.flag("no_wait", "--no-wait"));
            return params;
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId id = groupId(s, a);
            Commands.deleteIfPresent(s.topology().state().get(PrivateDnsZoneGroup.class, id),
                    () -> PrivateDnsZoneCommands.change(s, st -> ResourceManager.deletePrivateDnsZoneGroup(st, id)));
            return null;
        }
    }
}
