package io.vnetlab.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.arm.json.ResourceJson;
import io.vnetlab.model.DnsRecordSet;
import io.vnetlab.model.DnsResolutionPolicy;
import io.vnetlab.model.DnsRecordType;
import io.vnetlab.model.PrivateDnsZone;
import io.vnetlab.model.PrivateDnsZoneGroup;
import io.vnetlab.model.PrivateDnsZoneLink;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The private DNS types (docs/azure/private-dns.md#arm-and-cli-shapes): {@code Microsoft.Network/privateDnsZones}
 * (global), its {@code virtualNetworkLinks} ({@code virtualNetwork.id}, {@code registrationEnabled},
 * {@code resolutionPolicy}), its record sets
 * {@code A}, {@code AAAA} and {@code CNAME} ({@code aRecords}, {@code aaaaRecords}, {@code cnameRecord}, {@code ttl}),
 * and {@code Microsoft.Network/privateEndpoints/privateDnsZoneGroups} ({@code privateDnsZoneConfigs[].properties
 * .privateDnsZoneId}). Other record types (TXT, MX, SRV, PTR, SOA) stay records, not simulated.
 */
final class PrivateDnsHandlers {

    private static final String ZONE = "Microsoft.Network/privateDnsZones";

    private PrivateDnsHandlers() {
    }

    static List<ResourceHandler> all() {
        return List.of(new Zone(), new Link(), new RecordSet(DnsRecordType.A), new RecordSet(DnsRecordType.AAAA),
                new RecordSet(DnsRecordType.CNAME), new ZoneGroup());
    }

    static final class Zone implements ResourceHandler {
        @Override
        public String type() {
            return ZONE;
        }

        @Override
        public boolean global() {
            return true;
        }

        @Override
        public ObjectNode deploy(ResourceContext r) {
            PrivateDnsZone zone = r.batch().putPrivateDnsZone(new PrivateDnsZone(r.id()));
            return ResourceJson.properties(ResourceJson.privateDnsZone(r.batch().state(), zone));
        }
    }

    static final class Link implements ResourceHandler {
        @Override
        public String type() {
            return ZONE + "/virtualNetworkLinks";
        }

        @Override
        public boolean global() {
            return true;
        }

        @Override
        public ObjectNode deploy(ResourceContext r) {
            JsonNode p = r.properties();
            ResourceId network = r.reference(p, "virtualNetwork").orElseThrow(() -> r.invalid("virtualNetwork",
                    "names no virtualNetwork.id; a link needs the virtual network it links"));
            DnsResolutionPolicy policy = r.text(p, "resolutionPolicy").map(text -> java.util.Arrays.stream(
                    DnsResolutionPolicy.values()).filter(v -> v.name().equalsIgnoreCase(text)).findFirst()
                    .orElseThrow(() -> r.invalid("resolutionPolicy", "is '" + text + "'; it is Default or"
                            + " NxDomainRedirect"))).orElse(DnsResolutionPolicy.Default);
            PrivateDnsZoneLink link = r.batch().putPrivateDnsZoneLink(new PrivateDnsZoneLink(r.id(), network,
                    r.flag(p, "registrationEnabled"), policy));
            return ResourceJson.properties(ResourceJson.privateDnsZoneLink(link));
        }
    }

    static final class RecordSet implements ResourceHandler {
        private final DnsRecordType recordType;

        RecordSet(DnsRecordType recordType) {
            this.recordType = recordType;
        }

        @Override
        public String type() {
            return ZONE + "/" + recordType.name();
        }

        @Override
        public boolean global() {
            return true;   // templates give record sets their zone's location, "global"
        }

        @Override
        public ObjectNode deploy(ResourceContext r) {
            JsonNode p = r.properties();
            List<String> values = new ArrayList<>();
            switch (recordType) {
                case A -> r.at(p, "aRecords").filter(JsonNode::isArray).ifPresent(a -> a.forEach(record ->
                        known(r, record, "ipv4Address").ifPresent(values::add)));
                case AAAA -> r.at(p, "aaaaRecords").filter(JsonNode::isArray).ifPresent(a -> a.forEach(record ->
                        known(r, record, "ipv6Address").ifPresent(values::add)));
                case CNAME -> known(r, p, "cnameRecord.cname").ifPresent(values::add);
            }
            long ttl = r.at(p, "ttl").filter(JsonNode::canConvertToLong).map(JsonNode::asLong).orElse(3600L);
            java.util.Map<String, String> metadata = r.at(p, "metadata").filter(JsonNode::isObject).map(m -> {
                java.util.Map<String, String> pairs = new java.util.LinkedHashMap<>();
                m.properties().forEach(e -> pairs.put(e.getKey(), e.getValue().asText()));
                return pairs;
            }).orElse(null);
            DnsRecordSet set = r.batch().putDnsRecordSet(new DnsRecordSet(r.id(), recordType, ttl, values,
                    DnsRecordSet.Origin.USER, metadata));
            return ResourceJson.properties(ResourceJson.dnsRecordSet(set));
        }

        /**
         * A record's value; one read from a resource vnetlab does not simulate (an API Management instance's address,
         * say) is left out of the record set, with a warning, rather than refuse the whole template.
         */
        private java.util.Optional<String> known(ResourceContext r, JsonNode from, String path) {
            java.util.Optional<JsonNode> value = r.at(from, path);
            if (value.isPresent() && value.get() instanceof Unknown unknown) {
                r.warn(recordType + " record set '" + r.id().name() + "': its " + path + " comes from "
                        + unknown.description() + ", which is not simulated; the record set holds no such record.");
                return java.util.Optional.empty();
            }
            return r.text(from, path);
        }
    }

    static final class ZoneGroup implements ResourceHandler {
        @Override
        public String type() {
            return "Microsoft.Network/privateEndpoints/privateDnsZoneGroups";
        }

        @Override
        public ObjectNode deploy(ResourceContext r) {
            JsonNode p = r.properties();
            List<PrivateDnsZoneGroup.ZoneConfig> zones = new ArrayList<>();
            JsonNode configs = r.at(p, "privateDnsZoneConfigs").filter(JsonNode::isArray)
                    .orElse(Values.NODES.arrayNode());
            for (int i = 0; i < configs.size(); i++) {
                JsonNode config = configs.get(i);
                ResourceId zone = r.text(config, "properties.privateDnsZoneId").filter(ResourceId::looksLikeId)
                        .map(ResourceId::parse).orElseThrow(() -> r.invalid("privateDnsZoneConfigs",
                                "has an entry without properties.privateDnsZoneId, the id of its private DNS zone"));
                String name = r.text(config, "name").orElse(zone.name().replace('.', '_').toLowerCase(Locale.ROOT));
                zones.add(new PrivateDnsZoneGroup.ZoneConfig(name, zone));
            }
            PrivateDnsZoneGroup group = r.batch().putPrivateDnsZoneGroup(new PrivateDnsZoneGroup(r.id(), zones));
            return ResourceJson.properties(ResourceJson.privateDnsZoneGroup(r.batch().state(), group));
        }
    }
}
