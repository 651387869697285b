package io.vnetlab.az;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.model.DnsRecordSet;
import io.vnetlab.model.DnsRecordType;
import io.vnetlab.model.PrivateDnsZone;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code az network private-dns record-set list} and {@code record-set a|aaaa|cname create|show|list|delete} with
 * {@code a|aaaa add-record|remove-record} and {@code cname set-record|remove-record}
 * (docs/azure/private-dns.md#record-sets). The record set is {@code --name -n} ({@code --record-set-name -n} for the
 * record verbs) relative to {@code --zone-name -z}; adding a record to a record set that does not exist creates it
 * with the CLI's TTL of 3600 seconds; removing the last record deletes the record set unless
 * {@code --keep-empty-record-set}; delete asks for confirmation ({@code --yes}).
 */
final class PrivateDnsRecordSetCommands {

    /** The CLI's TTL for a record set it creates (azure-cli privatedns custom.py). */
    private static final long DEFAULT_TTL = 3600;

    /** What the commands of one record type differ in: the group name and the record's option. */
    record Kind(DnsRecordType type, String valueDest, String... valueNames) {
        String group() {
            return "network private-dns record-set " + type.name().toLowerCase(Locale.ROOT);
        }

        Param valueParam() {
            return Param.value(valueDest, valueNames).mandatory();
        }
    }

    static final Kind A = new Kind(DnsRecordType.A, "ipv4_address", "--ipv4-address", "-a");
    static final Kind AAAA = new Kind(DnsRecordType.AAAA, "ipv6_address", "--ipv6-address", "-a");
    static final Kind CNAME = new Kind(DnsRecordType.CNAME, "cname", "--cname", "-c");

    private PrivateDnsRecordSetCommands() {
    }

    /** The commands of every record type. */
    static List<AzCommand> all() {
        List<AzCommand> commands = new ArrayList<>();
        commands.add(new ListAll());
        commands.add(new SoaShow());
        for (Kind kind : List.of(A, AAAA, CNAME)) {
            commands.addAll(List.of(new Create(kind), new Show(kind), new ListOfType(kind), new Update(kind),
                    new Delete(kind), new AddRecord(kind), new RemoveRecord(kind)));
        }
        return commands;
    }

    private static JsonNode shape(DnsRecordSet set) {
        return Shapes.cli(ResourceJson.dnsRecordSet(set));
    }

    private static PrivateDnsZone zone(Session s, Args a) {
        return PrivateDnsZoneCommands.zone(s, a.required("resource_group"), a.required("zone_name"));
    }

    private static ResourceId setId(PrivateDnsZone zone, Kind kind, String name) {
        return zone.id().child(kind.type().name(), name.toLowerCase(Locale.ROOT));
    }

    /** The record set as the zone answers it: a user's, or one Azure keeps (a registration, an endpoint's). */
    private static Optional<DnsRecordSet> find(Session s, ResourceId id) {
        return ResourceManager.privateDnsRecordSets(s.topology().state(), id.parent().orElseThrow()).stream()
                .filter(r -> r.id().equals(id)).findFirst();
    }

    private static DnsRecordSet put(Session s, DnsRecordSet set) {
        return Session.call(() -> s.topology().batch(b -> b.putDnsRecordSet(set)));
    }

    private static List<Param> setParams(Param name) {
        return List.of(Commands.groupParam(), PrivateDnsZoneCommands.zoneParam(), name);
    }

    private static Param recordSetNameParam() {
        return Param.value("name", "--record-set-name", "-n").mandatory();
    }

    static final class ListAll implements AzCommand {
        public String name() {
            return "network private-dns record-set list";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), PrivateDnsZoneCommands.zoneParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            PrivateDnsZone zone = zone(s, a);
            ArrayNode list = Json.array();
            list.add(Shapes.cli(ResourceJson.soaRecordSet(zone)));
            ResourceManager.privateDnsRecordSets(s.topology().state(), zone.id()).forEach(r -> list.add(shape(r)));
            return list;
        }
    }

    /** {@code record-set soa show}: the start-of-authority record set Azure makes with the zone. */
    static final class SoaShow implements AzCommand {
        public String name() {
            return "network private-dns record-set soa show";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), PrivateDnsZoneCommands.zoneParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            return Shapes.cli(ResourceJson.soaRecordSet(zone(s, a)));
        }
    }

    abstract static class TypedCommand implements AzCommand {
        final Kind kind;

        TypedCommand(Kind kind) {
            this.kind = kind;
        }
    }

    static final class Create extends TypedCommand {
        Create(Kind kind) {
            super(kind);
        }

        public String name() {
            return kind.group() + " create";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), PrivateDnsZoneCommands.zoneParam(), Commands.nameParam(),
                    Param.value("ttl", "--ttl"), Param.list("metadata", "--metadata").emptyMeansNone());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId id = setId(zone(s, a), kind, a.required("name"));
            if (find(s, id).isPresent()) {
                // the CLI creates with If-None-Match: * (azure-cli privatedns custom.py)
                throw PrivateDnsZoneCommands.existsAlready("Microsoft.Network/privateDnsZones/"
                        + id.parent().orElseThrow().name() + "/" + kind.type().name() + "/" + id.name(),
                        id.resourceGroup());
            }
            long ttl = a.value("ttl").map(t -> {
                try {
                    return Long.parseLong(t);
                } catch (NumberFormatException e) {
                    throw AzError.usage("argument --ttl: invalid int value: '" + t + "'");
                }
            }).orElse(DEFAULT_TTL);
            return shape(put(s, new DnsRecordSet(id, kind.type(), ttl, List.of(), DnsRecordSet.Origin.USER,
                    a.has("metadata") ? Tags.parse(a.list("metadata")) : null)));
        }
    }

    static final class Show extends TypedCommand {
        Show(Kind kind) {
            super(kind);
        }

        public String name() {
            return kind.group() + " show";
        }

        public List<Param> params() {
            return setParams(Commands.nameParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId id = setId(zone(s, a), kind, a.required("name"));
            return shape(find(s, id).orElseThrow(() -> PrivateDnsZoneCommands.childNotFound(id)));
        }
    }

    static final class ListOfType extends TypedCommand {
        ListOfType(Kind kind) {
            super(kind);
        }

        public String name() {
            return kind.group() + " list";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), PrivateDnsZoneCommands.zoneParam());
        }

        public boolean changesState() {
            return false;
        }

        public JsonNode run(Session s, Args a) {
            ArrayNode list = Json.array();
            ResourceManager.privateDnsRecordSets(s.topology().state(), zone(s, a).id()).stream()
                    .filter(r -> r.type() == kind.type()).forEach(r -> list.add(shape(r)));
            return list;
        }
    }

    /**
     * {@code update}: the record set's {@code --metadata} (replaced; {@code ""} clears it), as azure-cli's tests use
     * it, with {@code --if-match} checked against its etag.
     */
    static final class Update extends TypedCommand {
        Update(Kind kind) {
            super(kind);
        }

        public String name() {
            return kind.group() + " update";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), PrivateDnsZoneCommands.zoneParam(), Commands.nameParam(),
                    Param.list("metadata", "--metadata").emptyMeansNone(), Param.value("if_match", "--if-match"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId id = setId(zone(s, a), kind, a.required("name"));
            DnsRecordSet set = s.topology().state().get(DnsRecordSet.class, id)
                    .orElseThrow(() -> PrivateDnsZoneCommands.childNotFound(id));
            String etag = shape(set).path("etag").asText();
            if (a.value("if_match").filter(m -> !m.equals(etag)).isPresent()) {
                throw AzError.service("PreconditionFailed", "Precondition Failed: the etag of record set '"
                        + set.name() + "' is not the one --if-match names.", 412);
            }
            return shape(a.has("metadata") ? put(s, set.withMetadata(Tags.parse(a.list("metadata")))) : set);
        }
    }

    static final class Delete extends TypedCommand {
        Delete(Kind kind) {
            super(kind);
        }

        public String name() {
            return kind.group() + " delete";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), PrivateDnsZoneCommands.zoneParam(), Commands.nameParam(),
                    Param.flag("yes", "--yes", "-y"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            GroupCommands.requireYes(a);
            // deleting a record set of a zone that does not exist succeeds, as ARM's DELETE answers 204
            String group = a.required("resource_group");
            s.group(group);
            ResourceId id = s.id(group, ResourceId.NETWORK, PrivateDnsZoneCommands.TYPE,
                    a.required("zone_name").toLowerCase(Locale.ROOT))
                    .child(kind.type().name(), a.required("name").toLowerCase(Locale.ROOT));
            Commands.deleteIfPresent(s.topology().state().get(DnsRecordSet.class, id),
                    () -> PrivateDnsZoneCommands.change(s, st -> ResourceManager.deleteDnsRecordSet(st, id)));
            return null;
        }
    }

    /** {@code add-record} (A, AAAA) or {@code set-record} (CNAME: the one alias replaces the old). */
    static final class AddRecord extends TypedCommand {
        AddRecord(Kind kind) {
            super(kind);
        }

        public String name() {
            return kind.group() + (kind.type() == DnsRecordType.CNAME ? " set-record" : " add-record");
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), PrivateDnsZoneCommands.zoneParam(), recordSetNameParam(),
                    kind.valueParam());
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId id = setId(zone(s, a), kind, a.required("name"));
            Optional<DnsRecordSet> existing = s.topology().state().get(DnsRecordSet.class, id);
            String value = a.required(kind.valueDest());
            List<String> values = new ArrayList<>();
            if (kind.type() != DnsRecordType.CNAME) {
                existing.ifPresent(e -> values.addAll(e.values()));
            }
            values.add(value);
            long ttl = existing.map(DnsRecordSet::ttl).orElse(DEFAULT_TTL);
            return shape(put(s, new DnsRecordSet(id, kind.type(), ttl, values, DnsRecordSet.Origin.USER,
                    existing.map(DnsRecordSet::metadata).orElse(null))));
        }
    }

    static final class RemoveRecord extends TypedCommand {
        RemoveRecord(Kind kind) {
            super(kind);
        }

        public String name() {
            return kind.group() + " remove-record";
        }

        public List<Param> params() {
            return List.of(Commands.groupParam(), PrivateDnsZoneCommands.zoneParam(), recordSetNameParam(),
                    kind.valueParam(), Param.flag("keep_empty", "--keep-empty-record-set"));
        }

        public boolean changesState() {
            return true;
        }

        public JsonNode run(Session s, Args a) {
            ResourceId id = setId(zone(s, a), kind, a.required("name"));
            DnsRecordSet set = s.topology().state().get(DnsRecordSet.class, id)
                    .orElseThrow(() -> PrivateDnsZoneCommands.childNotFound(id));
            String removed = a.required(kind.valueDest());
            List<String> values = set.values().stream().filter(v -> !sameValue(v, removed)).toList();
            if (values.isEmpty() && !a.flag("keep_empty")) {
                PrivateDnsZoneCommands.change(s, st -> ResourceManager.deleteDnsRecordSet(st, id));
                return null;
            }
            return shape(put(s, new DnsRecordSet(id, kind.type(), set.ttl(), values, DnsRecordSet.Origin.USER,
                    set.metadata())));
        }

        private boolean sameValue(String stored, String given) {
            return kind.type() == DnsRecordType.CNAME
                    ? stored.equalsIgnoreCase(given.endsWith(".") ? given.substring(0, given.length() - 1) : given)
                    : io.vnetlab.address.IpAddress.tryParse(given).map(g -> g.toString().equals(stored)).orElse(false);
        }
    }
}
