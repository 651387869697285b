package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.DnsResolutionPolicy;
import io.vnetlab.model.PrivateDnsZone;
import io.vnetlab.model.PrivateDnsZoneLink;
import io.vnetlab.model.ResourceId;

import java.util.List;

/**
 * {@code az network private-dns link vnet create|show|list|update|delete}
 * (docs/azure/private-dns.md#virtual-network-links): {@code --virtual-network -v} a name in {@code -g} or an id,
 * {@code --registration-enabled -e} required on create; delete asks for confirmation ({@code --yes}).
 */
final class PrivateDnsLinkCommands {

    private PrivateDnsLinkCommands() {
    }

    private static JsonNode shape(PrivateDnsZoneLink link) {
        return Shapes.cli(ResourceJson.privateDnsZoneLink(link));
    }

    private static List<Param> linkParams() {
        return List.of(Commands.groupParam(), PrivateDnsZoneCommands.zoneParam(), Commands.nameParam());
    }

    private static ResourceId linkId(Session s, Args a) {
        PrivateDnsZone zone = PrivateDnsZoneCommands.zone(s, a.required("resource_group"), a.required("zone_name"));
        return zone.id().child("virtualNetworkLinks", a.required("name"));
    }

    private static PrivateDnsZoneLink existing(Session s, ResourceId id) {
        return s.topology().state().get(PrivateDnsZoneLink.class, id)
                .orElseThrow(() -> PrivateDnsZoneCommands.childNotFound(id));
    }

    /** {@code --resolution-policy}, one of the CLI's allowed values (aaz enum: case-insensitive). */
    private static java.util.Optional<DnsResolutionPolicy> policy(Args a) {
        return a.value("resolution_policy").map(text -> java.util.Arrays.stream(DnsResolutionPolicy.values())
                .filter(v -> v.name().equalsIgnoreCase(text)).findFirst().orElseThrow(() -> AzError.usage(
                        "argument --resolution-policy: invalid choice: '" + text + "' (choose from 'Default',"
                                + " 'NxDomainRedirect')")));
    }

    private static JsonNode put(Session s, Args a, PrivateDnsZoneLink link) {
        PrivateDnsZoneLink put = Session.call(() -> s.topology().batch(b -> b.putPrivateDnsZoneLink(link)));
        return a.flag("no_wait") ? null : shape(put);
    }

    static final class Create implements AzCommand {
        public String name() {
            return "network private-dns link vnet create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), PrivateDnsZoneCommands.zoneParam(), Commands.nameParam(),
                    Param.value("virtual_network", "--virtual-network", "-v").mandatory(),
                    Param.bool("registration_enabled", "--registration-enabled", "-e").mandatory(),
                    Param.value("resolution_policy", "--resolution-policy"),
                    Param.list("tags", "--tags").emptyMeansNone(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId id = linkId(s, a);
            if (s.topology().state().get(PrivateDnsZoneLink.class, id).isPresent()) {
                // the CLI sends If-None-Match: * (azure-cli privatedns custom.py)
                throw PrivateDnsZoneCommands.existsAlready("Microsoft.Network/privateDnsZones/"
                        + id.parent().orElseThrow().name() + "/virtualNetworkLinks/" + id.name(), id.resourceGroup());
            }
            ResourceId network = Commands.reference(s, a.required("resource_group"), "virtualNetworks",
                    a.required("virtual_network"));
            return put(s, a, new PrivateDnsZoneLink(id, network, a.bool("registration_enabled").orElseThrow(),
                    policy(a).orElse(DnsResolutionPolicy.Default)));
        }
    }

    static final class Update implements AzCommand {
        public String name() {
            return "network private-dns link vnet update";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), PrivateDnsZoneCommands.zoneParam(), Commands.nameParam(),
                    Param.bool("registration_enabled", "--registration-enabled", "-e"),
                    Param.value("resolution_policy", "--resolution-policy"),
                    Param.list("tags", "--tags").emptyMeansNone(), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            PrivateDnsZoneLink link = existing(s, linkId(s, a));
            return put(s, a, new PrivateDnsZoneLink(link.id(), link.networkId(),
                    a.bool("registration_enabled").orElse(link.registrationEnabled()),
                    policy(a).orElse(link.resolutionPolicy())));
        }
    }

    static final class Show implements AzCommand {
        public String name() {
            return "network private-dns link vnet show";
        }

        public List<Param> params() {
            return linkParams();
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return shape(existing(s, linkId(s, a)));
        }
    }

    static final class ListLinks implements AzCommand {
        public String name() {
            return "network private-dns link vnet list";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), PrivateDnsZoneCommands.zoneParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            PrivateDnsZone zone = PrivateDnsZoneCommands.zone(s, a.required("resource_group"), a.required("zone_name"));
            com.fasterxml.jackson.databind.node.ArrayNode list = Json.array();
            s.topology().state().all(PrivateDnsZoneLink.class).stream().filter(l -> l.zoneId().equals(zone.id()))
                    .forEach(l -> list.add(shape(l)));
            return list;
        }
    }

    static final class Delete implements AzCommand {
        public String name() {
            return "network private-dns link vnet delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), PrivateDnsZoneCommands.zoneParam(), Commands.nameParam(),
                    Param.flag("yes", "--yes", "-y"), Param.flag("no_wait", "--no-wait"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            GroupCommands.requireYes(a);
            // deleting a link of a zone that does not exist succeeds, as ARM's DELETE answers 204
            String group = a.required("resource_group");
            s.group(group);
            ResourceId id = s.id(group, ResourceId.NETWORK, PrivateDnsZoneCommands.TYPE,
                    a.required("zone_name").toLowerCase(java.util.Locale.ROOT))
                    .child("virtualNetworkLinks", a.required("name"));
            Commands.deleteIfPresent(s.topology().state().get(PrivateDnsZoneLink.class, id),
                    () -> PrivateDnsZoneCommands.change(s, st -> ResourceManager.deletePrivateDnsZoneLink(st, id)));
            return null;
        }
    }
}
