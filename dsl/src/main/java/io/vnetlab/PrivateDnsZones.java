package io.vnetlab;

import io.vnetlab.controlplane.PutMode;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.Arguments;
import io.vnetlab.model.DnsRecordSet;
import io.vnetlab.model.DnsRecordType;
import io.vnetlab.model.DnsResolutionPolicy;
import io.vnetlab.model.PrivateDnsZone;
import io.vnetlab.model.PrivateDnsZoneLink;
import io.vnetlab.model.Region;
import io.vnetlab.model.ResourceId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The private DNS zones of a topology (docs/azure/private-dns.md): zones linked to virtual networks, whose virtual
 * machines then resolve the zones' records ({@link Topology#resolve(String, String)}), with the VMs of a network
 * linked with registration registering their names.
 *
 * <pre>{@code
 * topology.privateDnsZones().define("contoso.internal").withExistingResourceGroup("rg").create();
 * topology.privateDnsZones().linkNetwork("contoso.internal", "hub-link", "hub", true);
 * topology.privateDnsZones().addRecords("contoso.internal", DnsRecordType.A, "db", "10.0.2.5");
 * topology.resolve("app-vm", "db.contoso.internal").addresses();   // [10.0.2.5]
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PrivateDnsZones {

    /** The time to live of a record set a user writes without choosing one: the CLI's default. */
    static final long DEFAULT_TTL = 3600;

    private final Topology topology;

    PrivateDnsZones(Topology topology) {
        this.topology = topology;
    }

    /** A new private DNS zone of this DNS name. */
    public Definition define(String zoneName) {
        Arguments.requireText(zoneName, "private DNS zone name");
        return new Definition(topology, zoneName);
    }

    /** A zone by DNS name or id. */
    public PrivateDnsZone get(String nameOrId) {
        return Resolver.find(list(), nameOrId, PrivateDnsZone::id, PrivateDnsZone::name, "private DNS zone");
    }

    public List<PrivateDnsZone> list() {
        return new ArrayList<>(topology.state().all(PrivateDnsZone.class));
    }

    /** Deletes a zone and its records; refused ({@code Conflict}) while networks are linked to it. */
    public void delete(String nameOrId) {
        ResourceId id = get(nameOrId).id();
        topology.applyState(s -> ResourceManager.deletePrivateDnsZone(s, id));
    }

    /**
     * Links a virtual network to the zone: its VMs resolve the zone's names, and with {@code registration} the zone
     * holds an A record for each of them (docs/azure/private-dns.md#virtual-network-links).
     */
    public PrivateDnsZoneLink linkNetwork(String zone, String linkName, String networkNameOrId, boolean registration) {
        Arguments.requireText(linkName, "virtual network link name");
        ResourceId zoneId = get(zone).id();
        ResourceId networkId = topology.network(networkNameOrId).id();
        ResourceId id = zoneId.child("virtualNetworkLinks", linkName);
        return topology.apply(s -> {
            TopologyState next = ResourceManager.putPrivateDnsZoneLink(s, new PrivateDnsZoneLink(id, networkId,
                    registration), PutMode.CREATE);
            return new Operation.Result<>(next, next.get(PrivateDnsZoneLink.class, id).orElseThrow());
        });
    }

    /** The zone's virtual network link of this name. */
    public PrivateDnsZoneLink link(String zone, String linkName) {
        ResourceId id = get(zone).id().child("virtualNetworkLinks", linkName);
        return topology.state().get(PrivateDnsZoneLink.class, id).orElseThrow(() -> new IllegalArgumentException(
                "Private DNS zone '" + get(zone).name() + "' has no virtual network link '" + linkName + "'."));
    }

    /**
     * Sets what the link does with a name its privatelink zone does not hold: {@code NxDomainRedirect} asks public
     * DNS ("fallback to internet"), {@code Default} answers that the name does not exist
     * (docs/azure/private-dns.md#virtual-network-links).
     */
    public PrivateDnsZoneLink setResolutionPolicy(String zone, String linkName, DnsResolutionPolicy policy) {
        Arguments.requireGiven(policy, "resolution policy");
        PrivateDnsZoneLink link = link(zone, linkName);
        return topology.apply(s -> {
            TopologyState next = ResourceManager.putPrivateDnsZoneLink(s, new PrivateDnsZoneLink(link.id(),
                    link.networkId(), link.registrationEnabled(), policy), PutMode.CREATE_OR_UPDATE);
            return new Operation.Result<>(next, next.get(PrivateDnsZoneLink.class, link.id()).orElseThrow());
        });
    }

    public void unlinkNetwork(String zone, String linkName) {
        ResourceId id = link(zone, linkName).id();
        topology.applyState(s -> ResourceManager.deletePrivateDnsZoneLink(s, id));
    }

    /**
     * Writes a record set of the zone (replacing one of that name and type): A or AAAA with addresses, CNAME with one
     * alias; {@code @} names the zone itself.
     */
    public DnsRecordSet addRecords(String zone, DnsRecordType type, String relativeName, String... values) {
        Arguments.requireGiven(type, "record type");
        Arguments.requireText(relativeName, "record set name");
        ResourceId id = get(zone).id().child(type.name(), relativeName.toLowerCase(Locale.ROOT));
        return topology.apply(s -> {
            TopologyState next = ResourceManager.putDnsRecordSet(s, new DnsRecordSet(id, type, DEFAULT_TTL,
                    List.of(values), DnsRecordSet.Origin.USER), PutMode.CREATE_OR_UPDATE);
            return new Operation.Result<>(next, next.get(DnsRecordSet.class, id).orElseThrow());
        });
    }

    /** Every record set of the zone: the users', then those Azure writes (registrations, endpoints' zone groups). */
    public List<DnsRecordSet> recordSets(String zone) {
        return ResourceManager.privateDnsRecordSets(topology.state(), get(zone).id());
    }

    /** A new private DNS zone; single use. Zones are global: a region is needed only to make a new group. */
    public static final class Definition extends PlacedDefinition<Definition> {

        Definition(Topology topology, String name) {
            super(topology, name, "private DNS zone", "privateDnsZones()");
        }

        public PrivateDnsZone create() {
            return createOnce(this::put, PrivateDnsZone::id);
        }

        private PrivateDnsZone put() {
            return topology.apply(s -> {
                Region region = region();
                TopologyState withGroup = region == null ? s : group.ensure(s, topology, region);
                ResourceId id = ResourceId.resource(group.subscriptionId(topology), group.name(), ResourceId.NETWORK,
                        "privateDnsZones", name.toLowerCase(Locale.ROOT));
                TopologyState next = ResourceManager.putPrivateDnsZone(withGroup, new PrivateDnsZone(id),
                        PutMode.CREATE);
                return new Operation.Result<>(next, next.get(PrivateDnsZone.class, id).orElseThrow());
            });
        }
    }
}
