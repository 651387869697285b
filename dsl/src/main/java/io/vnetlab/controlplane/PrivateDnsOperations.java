package io.vnetlab.controlplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.model.AzureErrorCode;
import io.vnetlab.model.AzureException;
import io.vnetlab.model.DnsRecordSet;
import io.vnetlab.model.DnsRecordType;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PrivateDnsZone;
import io.vnetlab.model.PrivateDnsZoneGroup;
import io.vnetlab.model.PrivateDnsZoneLink;
import io.vnetlab.model.PrivateEndpoint;
import io.vnetlab.model.PrivateLinkDnsZones;
import io.vnetlab.model.ResourceGroup;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualMachine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Private DNS zones, their virtual network links and record sets, and private endpoints' DNS zone groups, validated as
 * Azure validates them (docs/azure/private-dns.md#rules).
 */
final class PrivateDnsOperations {

    /** A DNS label: letters, digits, hyphens and underscores, 1 to 63 of them, no hyphen at either end. */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");

    /** At most five zones in a private endpoint's DNS zone group (docs/azure/private-dns.md#zone-groups). */
    static final int MAX_ZONES_PER_GROUP = 5;

    private PrivateDnsOperations() {
    }

    // ---------------------------------------------------------------- zones

    static TopologyState putZone(TopologyState s, PrivateDnsZone zone, PutMode mode) {
        ResourceId id = zone.id();
        requireDnsName(zone.name(), id);
        ControlPlane.requireResourceGroup(s, id);
        if (mode == PutMode.CREATE && s.get(PrivateDnsZone.class, id).isPresent()) {
            throw ControlPlane.alreadyExists("Private DNS zone", id.name(), "resource group '" + id.resourceGroup()
                    + "'", id);
        }
        return s.with(PrivateDnsZone.class, id, s.get(PrivateDnsZone.class, id).orElse(zone));
    }

    /** A zone name is a DNS name of at least two labels (docs/azure/private-dns.md#rules). */
    private static void requireDnsName(String name, ResourceId id) {
        String[] labels = name.split("\\.", -1);
        boolean valid = name.length() <= 253 && labels.length >= 2;
        for (String label : labels) {
            valid &= LABEL.matcher(label).matches();
        }
        if (!valid) {
            throw new AzureException(AzureErrorCode.BadRequest, "The private DNS zone name '" + id.name()
                    + "' is not valid: a zone name has at least two labels separated by dots (contoso.internal),"
                    + " each of 1 to 63 letters, digits, hyphens or underscores, not beginning or ending with a"
                    + " hyphen, and 253 characters at most.", id);
        }
    }

    static PrivateDnsZone requireZone(TopologyState s, ResourceId zoneId) {
        return s.get(PrivateDnsZone.class, zoneId).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/privateDnsZones", zoneId.name(), zoneId));
    }

    /** Deletes a zone and its record sets; refused while virtual networks are linked to it. */
    static TopologyState deleteZone(TopologyState s, ResourceId zoneId) {
        PrivateDnsZone zone = requireZone(s, zoneId);
        List<PrivateDnsZoneLink> links = linksOf(s, zone.id());
        if (!links.isEmpty()) {
            throw new AzureException(AzureErrorCode.Conflict, "The private DNS zone '" + zone.name() + "' cannot be"
                    + " deleted while virtual networks are linked to it: delete its virtual network links ("
                    + String.join(", ", links.stream().map(PrivateDnsZoneLink::name).toList()) + ") first.",
                    zone.id());
        }
        TopologyState next = s;
        for (DnsRecordSet set : s.all(DnsRecordSet.class)) {
            if (set.zoneId().equals(zone.id())) {
                next = next.without(DnsRecordSet.class, set.id());
            }
        }
        return next.without(PrivateDnsZone.class, zone.id());
    }

    static List<PrivateDnsZoneLink> linksOf(TopologyState s, ResourceId zoneId) {
        return s.all(PrivateDnsZoneLink.class).stream().filter(l -> l.zoneId().equals(zoneId)).toList();
    }

    // ---------------------------------------------------------------- virtual network links

    static TopologyState putLink(TopologyState s, PrivateDnsZoneLink link, PutMode mode) {
        ResourceId id = link.id();
        Names.require(NamingRule.PRIVATE_DNS_ZONE_LINK, id.name(), id);
        PrivateDnsZone zone = s.get(PrivateDnsZone.class, link.zoneId()).orElseThrow(() -> parentNotFound(id,
                "Microsoft.Network/privateDnsZones", link.zoneId()));
        ResourceId networkId = NetworkOperations.requireNetwork(s, link.networkId()).id();
        Optional<PrivateDnsZoneLink> existing = s.get(PrivateDnsZoneLink.class, id);
        if (existing.isPresent() && mode == PutMode.CREATE) {
            throw ControlPlane.alreadyExists("Virtual network link", id.name(), "private DNS zone '" + zone.name()
                    + "'", id);
        }
        if (existing.isPresent() && !existing.get().networkId().equals(networkId)) {
            throw new AzureException(AzureErrorCode.BadRequest, "The virtual network of link '" + id.name()
                    + "' cannot be changed from " + existing.get().networkId() + " to " + networkId
                    + ": delete the link and create a new one.", id, networkId);
        }
        requireLinkLimits(s, zone, link, existing);
        for (PrivateDnsZoneLink other : s.all(PrivateDnsZoneLink.class)) {
            if (other.id().equals(id) || !other.networkId().equals(networkId)) {
                continue;
            }
            if (other.zoneId().equals(zone.id())) {
                throw new AzureException(AzureErrorCode.Conflict, "Virtual network " + networkId + " is already"
                        + " linked to private DNS zone '" + zone.name() + "' by link '" + other.name() + "'; a zone"
                        + " links a virtual network once.", id, other.id());
            }
            if (link.registrationEnabled() && other.registrationEnabled()) {
                throw new AzureException(AzureErrorCode.Conflict, "A virtual network can only be linked to 1"
                        + " Private DNS zone(s) with auto-registration enabled; conflicting Private DNS zone is '"
                        + other.zoneId().name() + "'.", id, other.id());
            }
        }
        return s.with(PrivateDnsZoneLink.class, id, new PrivateDnsZoneLink(id, networkId, link.registrationEnabled(),
                link.resolutionPolicy()));
    }

    /**
     * A zone has at most 1,000 links, 100 of them with registration; Azure answers more with {@code BadRequest}
     * ("... per private zone limit exceeded", as public reports quote it) (docs/azure/private-dns.md#rules).
     */
    private static void requireLinkLimits(TopologyState s, PrivateDnsZone zone, PrivateDnsZoneLink link,
                                          Optional<PrivateDnsZoneLink> existing) {
        List<PrivateDnsZoneLink> others = linksOf(s, zone.id()).stream().filter(l -> !l.id().equals(link.id()))
                .toList();
        if (existing.isEmpty() && others.size() >= PrivateDnsZone.MAX_LINKS) {
            throw new AzureException(AzureErrorCode.BadRequest, "Virtual network links per private zone limit"
                    + " exceeded: private DNS zone '" + zone.name() + "' has " + others.size() + " links, the most"
                    + " Azure allows.", link.id(), zone.id());
        }
        long registering = others.stream().filter(PrivateDnsZoneLink::registrationEnabled).count();
        if (link.registrationEnabled() && registering >= PrivateDnsZone.MAX_REGISTRATION_LINKS) {
            throw new AzureException(AzureErrorCode.BadRequest, "Registration virtual networks per private zone limit"
                    + " exceeded: private DNS zone '" + zone.name() + "' has " + registering + " links with"
                    + " auto-registration, the most Azure allows.", link.id(), zone.id());
        }
    }

    static TopologyState deleteLink(TopologyState s, ResourceId linkId) {
        PrivateDnsZoneLink link = s.get(PrivateDnsZoneLink.class, linkId).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/privateDnsZones/virtualNetworkLinks", linkId.name(), linkId));
        return s.without(PrivateDnsZoneLink.class, link.id());
    }

    // ---------------------------------------------------------------- record sets

    static TopologyState putRecordSet(TopologyState s, DnsRecordSet set, PutMode mode) {
        ResourceId id = set.id();
        PrivateDnsZone zone = s.get(PrivateDnsZone.class, set.zoneId()).orElseThrow(() -> parentNotFound(id,
                "Microsoft.Network/privateDnsZones", set.zoneId()));
        if (!set.name().equals("@")) {
            requireRelativeName(set.name(), id);
        }
        if (mode == PutMode.CREATE && s.get(DnsRecordSet.class, id).isPresent()) {
            throw ControlPlane.alreadyExists("Record set", set.type() + "/" + id.name(), "private DNS zone '"
                    + zone.name() + "'", id);
        }
        List<String> values = requireValues(set);
        for (DnsRecordSet other : recordSets(s, zone.id())) {
            boolean sameName = other.name().equals(set.name()) && !other.id().equals(id);
            if (sameName && (other.type() == DnsRecordType.CNAME || set.type() == DnsRecordType.CNAME)) {
                throw new AzureException(AzureErrorCode.BadRequest, "The record set '" + set.name() + "' of zone '"
                        + zone.name() + "' cannot be a " + set.type() + " record set: a " + other.type()
                        + " record set of that name exists, and a CNAME record set cannot share its name with"
                        + " another record set.", id, other.id());
            }
        }
        return s.with(DnsRecordSet.class, id, new DnsRecordSet(id, set.type(), set.ttl(), values,
                DnsRecordSet.Origin.USER, set.metadata()));
    }

    private static void requireRelativeName(String name, ResourceId id) {
        boolean valid = name.length() <= 253;
        for (String label : name.split("\\.", -1)) {
            valid &= label.equals("*") || LABEL.matcher(label).matches();
        }
        if (!valid) {
            throw new AzureException(AzureErrorCode.BadRequest, "The record set name '" + id.name() + "' is not a"
                    + " valid DNS name relative to its zone: labels of 1 to 63 letters, digits, hyphens or"
                    + " underscores, separated by dots, or '@' for the zone's own name.", id);
        }
    }

    /** The values, in their canonical text: addresses of the record type's family, or one alias. */
    private static List<String> requireValues(DnsRecordSet set) {
        if (set.type() == DnsRecordType.CNAME) {
            if (set.name().equals("@")) {
                throw new AzureException(AzureErrorCode.BadRequest, "A CNAME record set cannot be at the zone's own"
                        + " name ('@').", set.id());
            }
            if (set.values().size() > 1) {
                throw new AzureException(AzureErrorCode.BadRequest, "A CNAME record set holds one alias; '"
                        + set.name() + "' was given " + set.values().size() + ".", set.id());
            }
            return set.values();   // kept as written, as Azure shows it; resolution compares names ignoring case
        }
        return set.values().stream().map(v -> {
            Optional<IpAddress> address = IpAddress.tryParse(v);
            boolean ipv6Wanted = set.type() == DnsRecordType.AAAA;
            if (address.isEmpty() || address.get().isIPv6() != ipv6Wanted) {
                throw new AzureException(AzureErrorCode.BadRequest, "'" + v + "' is not an IPv"
                        + (ipv6Wanted ? "6" : "4") + " address: " + set.type() + " records hold IPv"
                        + (ipv6Wanted ? "6" : "4") + " addresses.", set.id());
            }
            return address.get().toString();
        }).distinct().toList();
    }

    static TopologyState deleteRecordSet(TopologyState s, ResourceId setId) {
        DnsRecordSet set = s.get(DnsRecordSet.class, setId).orElseThrow(() -> ControlPlane.notFound(
                "Microsoft.Network/privateDnsZones/" + typeOf(setId), setId.name(), setId));
        return s.without(DnsRecordSet.class, set.id());
    }

    private static String typeOf(ResourceId setId) {
        String type = setId.type();
        return type.substring(type.lastIndexOf('/') + 1);
    }

    /**
     * Every record set of a zone: those written by users, then those Azure keeps for the virtual machines of networks
     * linked with registration (docs/azure/private-dns.md#auto-registration) and for private endpoints whose DNS zone
     * group names the zone (docs/azure/private-dns.md#zone-groups). A user's record set of the same name and type
     * hides the one Azure would write ([a decision of ours](docs/azure/decisions.md#private-dns-derived-records)).
     */
    static List<DnsRecordSet> recordSets(TopologyState s, ResourceId zoneId) {
        List<DnsRecordSet> sets = new ArrayList<>();
        Set<ResourceId> taken = new HashSet<>();
        for (DnsRecordSet set : s.all(DnsRecordSet.class)) {
            if (set.zoneId().equals(zoneId)) {
                sets.add(set);
                taken.add(set.id());
            }
        }
        Optional<PrivateDnsZone> zone = s.get(PrivateDnsZone.class, zoneId);
        if (zone.isEmpty()) {
            return sets;
        }
        for (PrivateDnsZoneLink link : linksOf(s, zoneId)) {
            if (link.registrationEnabled()) {
                for (VirtualMachine vm : s.virtualMachines()) {
                    s.networkInterface(vm.primaryNetworkInterfaceId())
                            .filter(nic -> nic.networkId().equals(link.networkId()))
                            .ifPresent(nic -> add(sets, taken, zoneId, vm.name(), nic, DnsRecordSet.Origin.AUTO_REGISTERED));
                }
            }
        }
        for (PrivateDnsZoneGroup group : s.all(PrivateDnsZoneGroup.class)) {
            if (group.zones().stream().noneMatch(z -> z.zoneId().equals(zoneId))) {
                continue;
            }
            Optional<PrivateEndpoint> endpoint = s.get(PrivateEndpoint.class, group.endpointId());
            Optional<NetworkInterface> nic = endpoint.flatMap(e -> s.networkInterface(e.networkInterfaceId()));
            if (nic.isEmpty()) {
                continue;
            }
            for (PrivateLinkDnsZones.Name name : PrivateLinkDnsZones.names(endpoint.get())) {
                if (mostSpecificZoneOf(s, group, name.privateLinkName()).filter(zoneId::equals).isPresent()) {
                    String relative = name.privateLinkName().substring(0,
                            name.privateLinkName().length() - zone.get().name().length() - 1);
                    add(sets, taken, zoneId, relative, nic.get(), DnsRecordSet.Origin.ZONE_GROUP);
                }
            }
        }
        return List.copyOf(sets);
    }

    /**
     * The zone of the group an endpoint's privatelink name goes in: the most specific that holds it
     * ({@code app.scm.privatelink.azurewebsites.net} in {@code scm.privatelink.azurewebsites.net} when the group has
     * it, else in {@code privatelink.azurewebsites.net}); none when no zone of the group holds it
     * (docs/azure/private-dns.md#zone-groups).
     */
    private static Optional<ResourceId> mostSpecificZoneOf(TopologyState s, PrivateDnsZoneGroup group, String name) {
        ResourceId best = null;
        int bestLength = -1;
        for (PrivateDnsZoneGroup.ZoneConfig config : group.zones()) {
            Optional<PrivateDnsZone> zone = s.get(PrivateDnsZone.class, config.zoneId());
            if (zone.isPresent() && name.endsWith("." + zone.get().name()) && zone.get().name().length() > bestLength) {
                best = zone.get().id();
                bestLength = zone.get().name().length();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The time to live of the records Azure writes itself (docs/azure/private-dns.md#record-sets). */
    static final long AZURE_RECORD_TTL = 10;

    private static void add(List<DnsRecordSet> sets, Set<ResourceId> taken, ResourceId zoneId, String name,
                            NetworkInterface nic, DnsRecordSet.Origin origin) {
        ResourceId id = zoneId.child("A", name.toLowerCase(Locale.ROOT));
        if (taken.add(id)) {
            sets.add(new DnsRecordSet(id, DnsRecordType.A, AZURE_RECORD_TTL, List.of(nic.privateIpAddress().toString()),
                    origin));
        }
    }

    // ---------------------------------------------------------------- private endpoints' DNS zone groups

    static TopologyState putZoneGroup(TopologyState s, PrivateDnsZoneGroup group, PutMode mode) {
        ResourceId id = group.id();
        Names.require(NamingRule.PRIVATE_DNS_ZONE_GROUP, id.name(), id);
        PrivateEndpoint endpoint = s.get(PrivateEndpoint.class, group.endpointId()).orElseThrow(() ->
                parentNotFound(id, "Microsoft.Network/privateEndpoints", group.endpointId()));
        if (mode == PutMode.CREATE && s.get(PrivateDnsZoneGroup.class, id).isPresent()) {
            throw ControlPlane.alreadyExists("Private DNS zone group", id.name(), "private endpoint '"
                    + endpoint.name() + "'", id);
        }
        for (PrivateDnsZoneGroup other : s.all(PrivateDnsZoneGroup.class)) {
            if (other.endpointId().equals(endpoint.id()) && !other.id().equals(id)) {
                throw new AzureException(AzureErrorCode.BadRequest, "Private endpoint '" + endpoint.name()
                        + "' already has the private DNS zone group '" + other.name() + "'; an endpoint has one"
                        + " group, which holds up to " + MAX_ZONES_PER_GROUP + " zones.", id, other.id());
            }
        }
        if (group.zones().size() > MAX_ZONES_PER_GROUP) {
            throw new AzureException(AzureErrorCode.BadRequest, "Private DNS zone group '" + id.name() + "' has "
                    + group.zones().size() + " zone configurations; a group has at most " + MAX_ZONES_PER_GROUP
                    + ".", id);
        }
        Set<ResourceId> zones = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (PrivateDnsZoneGroup.ZoneConfig config : group.zones()) {
            requireZone(s, config.zoneId());
            if (!zones.add(config.zoneId()) || !names.add(config.name().toLowerCase(Locale.ROOT))) {
                throw new AzureException(AzureErrorCode.BadRequest, "Private DNS zone group '" + id.name()
                        + "' names zone configuration '" + config.name() + "' or zone '" + config.zoneId().name()
                        + "' twice.", id);
            }
        }
        return s.with(PrivateDnsZoneGroup.class, id, group);
    }

    static TopologyState deleteZoneGroup(TopologyState s, ResourceId groupId) {
        PrivateDnsZoneGroup group = s.get(PrivateDnsZoneGroup.class, groupId).orElseThrow(() ->
                ControlPlane.notFound("Microsoft.Network/privateEndpoints/privateDnsZoneGroups", groupId.name(), groupId));
        return s.without(PrivateDnsZoneGroup.class, group.id());
    }

    /** Deletes the zone groups of an endpoint that is being deleted. */
    static TopologyState deleteZoneGroupsOf(TopologyState s, ResourceId endpointId) {
        TopologyState next = s;
        for (PrivateDnsZoneGroup group : s.all(PrivateDnsZoneGroup.class)) {
            if (group.endpointId().equals(endpointId)) {
                next = next.without(PrivateDnsZoneGroup.class, group.id());
            }
        }
        return next;
    }

    /** Deletes the private DNS resources of a resource group being deleted, and zone groups left without endpoint. */
    static TopologyState deleteIn(TopologyState s, ResourceGroup group) {
        TopologyState next = s;
        for (PrivateDnsZoneGroup zoneGroup : s.all(PrivateDnsZoneGroup.class)) {
            if (next.get(PrivateEndpoint.class, zoneGroup.endpointId()).isEmpty()) {
                next = next.without(PrivateDnsZoneGroup.class, zoneGroup.id());
            }
        }
        for (DnsRecordSet set : s.all(DnsRecordSet.class)) {
            if (ControlPlane.inGroup(set.id(), group)) {
                next = next.without(DnsRecordSet.class, set.id());
            }
        }
        for (PrivateDnsZoneLink link : s.all(PrivateDnsZoneLink.class)) {
            if (ControlPlane.inGroup(link.id(), group)) {
                next = next.without(PrivateDnsZoneLink.class, link.id());
            }
        }
        for (PrivateDnsZone zone : s.all(PrivateDnsZone.class)) {
            if (ControlPlane.inGroup(zone.id(), group)) {
                next = next.without(PrivateDnsZone.class, zone.id());
            }
        }
        return next;
    }

    private static AzureException parentNotFound(ResourceId child, String parentType, ResourceId parent) {
        return new AzureException(AzureErrorCode.ParentResourceNotFound, "Can not perform requested operation on"
                + " nested resource. Parent resource '" + parent.name() + "' not found.", child, parent);
    }
}
