package io.vnetlab.arm.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.DnsRecordSet;
import io.vnetlab.model.PrivateDnsZone;
import io.vnetlab.model.PrivateDnsZoneGroup;
import io.vnetlab.model.PrivateDnsZoneLink;
import io.vnetlab.model.ResourceId;

import java.util.List;

import static io.vnetlab.arm.json.ArmObjects.properties;
import static io.vnetlab.arm.json.ArmObjects.reference;
import static io.vnetlab.arm.json.ArmObjects.resource;

/**
 * Private DNS zones, their virtual network links and record sets, and private endpoints' DNS zone groups as the
 * private DNS and network APIs return them (docs/azure/private-dns.md#arm-and-cli-shapes).
 */
final class PrivateDnsJson {

    static final String ZONE = "Microsoft.Network/privateDnsZones";
    static final String LINK = ZONE + "/virtualNetworkLinks";
    static final String ZONE_GROUP = "Microsoft.Network/privateEndpoints/privateDnsZoneGroups";

    private PrivateDnsJson() {
    }

    /** The private DNS service's envelope: its etags are bare GUIDs, not the network provider's weak ones. */
    private static ObjectNode dnsResource(ResourceId id, String type, String location) {
        ObjectNode o = resource(id, type, location, false);
        o.put("etag", StableIds.guid("etag:" + id));
        return o;
    }

    static ObjectNode zone(TopologyState state, PrivateDnsZone zone) {
        ObjectNode o = dnsResource(zone.id(), ZONE, "global");
        ObjectNode p = properties(o);
        List<PrivateDnsZoneLink> links = state.all(PrivateDnsZoneLink.class).stream()
                .filter(l -> l.zoneId().equals(zone.id())).toList();
        p.put("internalId", StableIds.guid("privateDnsZone:" + zone.id()));
        p.put("maxNumberOfRecordSets", PrivateDnsZone.MAX_RECORD_SETS);
        p.put("maxNumberOfVirtualNetworkLinks", PrivateDnsZone.MAX_LINKS);
        p.put("maxNumberOfVirtualNetworkLinksWithRegistration", PrivateDnsZone.MAX_REGISTRATION_LINKS);
        // the SOA record set Azure makes with every zone counts
        p.put("numberOfRecordSets", 1 + ResourceManager.privateDnsRecordSets(state, zone.id()).size());
        p.put("numberOfVirtualNetworkLinks", links.size());
        p.put("numberOfVirtualNetworkLinksWithRegistration",
                links.stream().filter(PrivateDnsZoneLink::registrationEnabled).count());
        return o;
    }

    static ObjectNode link(PrivateDnsZoneLink link) {
        ObjectNode o = dnsResource(link.id(), LINK, "global");
        ObjectNode p = properties(o);
        p.put("registrationEnabled", link.registrationEnabled());
        p.put("resolutionPolicy", link.resolutionPolicy().name());
        p.set("virtualNetwork", reference(link.networkId()));
        p.put("virtualNetworkLinkState", "Completed");
        return o;
    }

    static ObjectNode recordSet(DnsRecordSet set) {
        ObjectNode o = dnsResource(set.id(), ZONE + "/" + set.type().name(), null);
        ObjectNode p = properties(o);
        p.remove("provisioningState");
        switch (set.type()) {
            case A -> {
                ArrayNode records = p.putArray("aRecords");
                set.values().forEach(v -> records.addObject().put("ipv4Address", v));
            }
            case AAAA -> {
                ArrayNode records = p.putArray("aaaaRecords");
                set.values().forEach(v -> records.addObject().put("ipv6Address", v));
            }
            case CNAME -> {
                if (!set.values().isEmpty()) {
                    p.putObject("cnameRecord").put("cname", set.values().get(0));
                }
            }
        }
        p.put("fqdn", set.fqdn() + ".");
        p.put("isAutoRegistered", set.origin() == DnsRecordSet.Origin.AUTO_REGISTERED);
        if (set.metadata() != null) {
            ObjectNode metadata = p.putObject("metadata");
            set.metadata().forEach(metadata::put);
        }
        p.put("ttl", set.ttl());
        return o;
    }

    /** The start-of-authority record set Azure makes with every zone, with Azure's values. */
    static ObjectNode soaRecordSet(PrivateDnsZone zone) {
        ObjectNode o = dnsResource(zone.id().child("SOA", "@"), ZONE + "/SOA", null);
        ObjectNode p = properties(o);
        p.remove("provisioningState");
        p.put("fqdn", zone.name() + ".");
        p.put("isAutoRegistered", false);
        ObjectNode soa = p.putObject("soaRecord");
        soa.put("email", "azureprivatedns-host.microsoft.com");
        soa.put("expireTime", 2419200);
        soa.put("host", "azureprivatedns.net");
        soa.put("minimumTtl", 10);
        soa.put("refreshTime", 3600);
        soa.put("retryTime", 300);
        soa.put("serialNumber", 1);
        p.put("ttl", 3600);
        return o;
    }

    /**
     * A zone group with, per zone, the record sets Azure keeps in it for the endpoint
     * (docs/azure/private-dns.md#zone-groups).
     */
    static ObjectNode zoneGroup(TopologyState state, PrivateDnsZoneGroup group) {
        ObjectNode o = resource(group.id(), ZONE_GROUP, null, true);
        ArrayNode configs = properties(o).putArray("privateDnsZoneConfigs");
        for (PrivateDnsZoneGroup.ZoneConfig config : group.zones()) {
            ObjectNode c = configs.addObject();
            c.put("etag", StableIds.etag(group.id().child("privateDnsZoneConfigs", config.name())));
            c.put("id", group.id().child("privateDnsZoneConfigs", config.name()).toString());
            c.put("name", config.name());
            ObjectNode cp = c.putObject("properties");
            cp.put("privateDnsZoneId", config.zoneId().toString());
            ArrayNode sets = cp.putArray("recordSets");
            ResourceManager.privateDnsRecordSets(state, config.zoneId()).stream()
                    .filter(r -> r.origin() == DnsRecordSet.Origin.ZONE_GROUP)
                    .filter(r -> recordOf(state, r, group))
                    .forEach(r -> {
                        ObjectNode set = sets.addObject();
                        set.put("fqdn", r.fqdn());
                        set.set("ipAddresses", ArmObjects.strings(r.values()));
                        set.put("provisioningState", "Succeeded");
                        set.put("recordSetName", r.name());
                        set.put("recordType", r.type().name());
                        set.put("ttl", r.ttl());
                    });
        }
        return o;
    }

    /** Whether a record Azure keeps for a zone group is the one of this group's endpoint (its address). */
    private static boolean recordOf(TopologyState state, DnsRecordSet record, PrivateDnsZoneGroup group) {
        return state.get(io.vnetlab.model.PrivateEndpoint.class, group.endpointId())
                .flatMap(e -> state.networkInterface(e.networkInterfaceId()))
                .map(nic -> record.values().contains(nic.privateIpAddress().toString())).orElse(false);
    }
}
