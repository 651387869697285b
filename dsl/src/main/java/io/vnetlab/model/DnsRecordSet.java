package io.vnetlab.model;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A record set of a private DNS zone (docs/azure/private-dns.md#record-sets): the records of one type under one name
 * relative to the zone ({@code @} for the zone's own name).
 *
 * <pre>{@code
 * DnsRecordSet set = topology.privateDnsZones().recordSets("contoso.internal").get(0);
 * set.name();      // db
 * set.values();    // [10.0.0.5]
 * }</pre>
 *
 * @param id its id, {@code <zone id>/<type>/<relative name>}
 * @param type A, AAAA or CNAME
 * @param ttl the time to live, in seconds
 * @param values the addresses (A, AAAA) or the one alias (CNAME)
 * @param origin who wrote it: a user, Azure's auto-registration, or a private endpoint's DNS zone group
 * @param metadata the user's key-value pairs on the record set, in order; {@code null} when none were ever given
 *                 (Azure then shows none, and an empty map once they are cleared)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DnsRecordSet(ResourceId id, DnsRecordType type, long ttl, List<String> values, Origin origin,
                           java.util.Map<String, String> metadata) {

    /** Who wrote a record set (docs/azure/private-dns.md#record-sets). */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Origin {
        /** Written by a user: a PUT of the record set. */
        USER,
        /** Written by Azure for a virtual machine of a network linked with registration. */
        AUTO_REGISTERED,
        /** Written by Azure for a private endpoint whose DNS zone group names the zone. */
        ZONE_GROUP
    }

    public DnsRecordSet {
        Arguments.requireGiven(id, "record set id");
        Arguments.requireGiven(type, "record type");
        values = Arguments.requireList(values, "record values");
        Arguments.requireGiven(origin, "record origin");
        metadata = metadata == null ? null
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    }

    /** A record set without metadata. */
    public DnsRecordSet(ResourceId id, DnsRecordType type, long ttl, List<String> values, Origin origin) {
        this(id, type, ttl, values, origin, null);
    }

    /** This record set with {@code newMetadata} instead of its metadata. */
    public DnsRecordSet withMetadata(java.util.Map<String, String> newMetadata) {
        return new DnsRecordSet(id, type, ttl, values, origin, newMetadata);
    }

    /** The name relative to the zone, in lower case ({@code @} for the zone's own name). */
    public String name() {
        return id.name().toLowerCase(Locale.ROOT);
    }

    /** The zone the record set belongs to. */
    public ResourceId zoneId() {
        return id.parent().orElseThrow();
    }

    /** The absolute name it answers for, without the final dot. */
    public String fqdn() {
        String zone = zoneId().name().toLowerCase(Locale.ROOT);
        return name().equals("@") ? zone : name() + "." + zone;
    }

    @Override
    public String toString() {
        return type + " record set '" + name() + "'";
    }
}
