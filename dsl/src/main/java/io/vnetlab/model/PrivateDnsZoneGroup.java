package io.vnetlab.model;

import java.util.List;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A private endpoint's DNS zone group (docs/azure/private-dns.md#zone-groups): the private DNS zones in which Azure
 * keeps an A record of the endpoint's address for each name of its target's sub-resources, for as long as the
 * endpoint and the group live.
 *
 * <pre>{@code
 * PrivateDnsZoneGroup group = topology.privateEndpoints().dnsZoneGroup("data-endpoint");
 * group.zones().get(0).zoneId();   // .../privateDnsZones/privatelink.blob.core.windows.net
 * }</pre>
 *
 * @param id its id, {@code <endpoint id>/privateDnsZoneGroups/<name>}
 * @param zones its zone configurations, one per zone
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PrivateDnsZoneGroup(ResourceId id, List<ZoneConfig> zones) {

    /**
     * One zone of a group.
     *
     * @param name the configuration's name
     * @param zoneId the private DNS zone
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record ZoneConfig(String name, ResourceId zoneId) {
        public ZoneConfig {
            Arguments.requireText(name, "zone configuration name");
            Arguments.requireGiven(zoneId, "private DNS zone id");
        }
    }

    public PrivateDnsZoneGroup {
        Arguments.requireGiven(id, "DNS zone group id");
        zones = Arguments.requireList(zones, "zone configurations");
    }

    public String name() {
        return id.name();
    }

    /** The private endpoint the group belongs to. */
    public ResourceId endpointId() {
        return id.parent().orElseThrow();
    }

    @Override
    public String toString() {
        return "private DNS zone group '" + name() + "'";
    }
}
