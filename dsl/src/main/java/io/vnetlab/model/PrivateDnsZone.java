package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A private DNS zone (docs/azure/private-dns.md#zones): a global resource holding the records that the virtual
 * networks linked to it resolve, such as {@code privatelink.blob.core.windows.net} or {@code contoso.internal}.
 *
 * <pre>{@code
 * PrivateDnsZone zone = topology.privateDnsZones().get("privatelink.blob.core.windows.net");
 * zone.name();   // privatelink.blob.core.windows.net
 * }</pre>
 *
 * @param id its id, {@code .../providers/Microsoft.Network/privateDnsZones/<zone name>}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PrivateDnsZone(ResourceId id) {

    /** Azure's limit of record sets in a zone, which a zone reports (docs/azure/private-dns.md#rules). */
    public static final int MAX_RECORD_SETS = 25_000;
    /** Azure's limit of virtual network links of a zone (docs/azure/private-dns.md#rules). */
    public static final int MAX_LINKS = 1_000;
    /** Azure's limit of links with auto-registration of a zone (docs/azure/private-dns.md#rules). */
    public static final int MAX_REGISTRATION_LINKS = 100;

    public PrivateDnsZone {
        Arguments.requireGiven(id, "private DNS zone id");
    }

    /** The zone's DNS name, in lower case (DNS names are compared ignoring case). */
    public String name() {
        return id.name().toLowerCase(java.util.Locale.ROOT);
    }

    public String resourceGroup() {
        return id.resourceGroup();
    }

    @Override
    public String toString() {
        return "private DNS zone '" + name() + "'";
    }
}
