package io.vnetlab.model;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A virtual network link of a private DNS zone (docs/azure/private-dns.md#virtual-network-links): the virtual
 * machines of {@code networkId} resolve the zone's names, and with {@code registrationEnabled} the zone holds an
 * A record for each of them (docs/azure/private-dns.md#auto-registration).
 *
 * <pre>{@code
 * PrivateDnsZoneLink link = topology.privateDnsZones().link("contoso.internal", "hub-link");
 * link.registrationEnabled();   // true: the hub's VMs register their names
 * }</pre>
 *
 * @param id its id, {@code <zone id>/virtualNetworkLinks/<name>}
 * @param networkId the linked virtual network
 * @param registrationEnabled whether the network's virtual machines register their names in the zone
 * @param resolutionPolicy what the link does with a name its privatelink zone does not hold
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PrivateDnsZoneLink(ResourceId id, ResourceId networkId, boolean registrationEnabled,
                                 DnsResolutionPolicy resolutionPolicy) {

    public PrivateDnsZoneLink {
        Arguments.requireGiven(id, "virtual network link id");
        Arguments.requireGiven(networkId, "virtual network id");
        Arguments.requireGiven(resolutionPolicy, "resolution policy");
    }

    /** A link with the default resolution policy: a name the zone does not hold does not exist. */
    public PrivateDnsZoneLink(ResourceId id, ResourceId networkId, boolean registrationEnabled) {
        this(id, networkId, registrationEnabled, DnsResolutionPolicy.Default);
    }

    public String name() {
        return id.name();
    }

    /** The zone the link belongs to. */
    public ResourceId zoneId() {
        return id.parent().orElseThrow();
    }

    @Override
    public String toString() {
        return "virtual network link '" + name() + "'";
    }
}
