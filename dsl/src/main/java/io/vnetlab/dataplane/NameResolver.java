package io.vnetlab.dataplane;

import io.vnetlab.address.IpAddress;
import io.vnetlab.controlplane.ResourceManager;
import io.vnetlab.controlplane.TopologyState;
import io.vnetlab.model.DnsRecordSet;
import io.vnetlab.model.DnsRecordType;
import io.vnetlab.model.DnsResolutionPolicy;
import io.vnetlab.model.NetworkInterface;
import io.vnetlab.model.PrivateDnsZone;
import io.vnetlab.model.PrivateDnsZoneLink;
import io.vnetlab.model.PrivateEndpoint;
import io.vnetlab.model.PrivateLinkDnsZones;
import io.vnetlab.model.ResourceId;
import io.vnetlab.model.VirtualMachine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Azure-provided DNS as a virtual machine sees it (docs/azure/private-dns.md#resolution): a name in a private zone
 * linked to the machine's network is answered from that zone (the most specific one when several hold it), and only
 * from it; a single-label name is a host name of the network; the public name of a private endpoint's target is, in
 * public DNS, an alias of its name in the privatelink zone; any other name is public DNS's, not simulated. A network
 * or an interface with custom DNS servers asks them, which is not simulated either.
 *
 * <pre>{@code
 * NameResolver.resolve(state, vm.id(), "data.blob.core.windows.net").addresses();   // [10.0.2.4]
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class NameResolver {

    /** More aliases than any real chain: what a resolver follows before it gives up. */
    private static final int MAX_ALIASES = 16;

    private NameResolver() {
    }

    /** How virtual machine {@code vmId} resolves {@code name}. */
    public static NameResolution resolve(TopologyState s, ResourceId vmId, String name) {
        VirtualMachine vm = s.virtualMachine(vmId).orElseThrow(() -> new IllegalArgumentException(
                "There is no virtual machine " + vmId + "."));
        NetworkInterface nic = s.networkInterface(vm.primaryNetworkInterfaceId()).orElseThrow();
        ResourceId networkId = nic.networkId();
        // custom DNS servers, the interface's own or its network's, answer instead of Azure-provided DNS
        if (!ResourceManager.interfaceDnsServers(s, nic.id()).isEmpty()
                || !ResourceManager.dnsServers(s, networkId).isEmpty()) {
            return new NameResolution(normalize(name), vm.id(), networkId, List.of(),
                    NameResolution.Answer.CUSTOM_DNS_NOT_SIMULATED, List.of(), null, null);
        }
        List<PrivateDnsZoneLink> links = s.all(PrivateDnsZoneLink.class).stream()
                .filter(l -> l.networkId().equals(networkId)).toList();
        String current = normalize(name);
        List<NameResolution.Alias> aliases = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (seen.add(current) && aliases.size() <= MAX_ALIASES) {
            Optional<Linked> linked = mostSpecificZone(s, links, current);
            if (linked.isPresent()) {
                PrivateDnsZone zone = linked.get().zone();
                String relative = current.equals(zone.name()) ? "@"
                        : current.substring(0, current.length() - zone.name().length() - 1);
                List<DnsRecordSet> sets = ResourceManager.privateDnsRecordSets(s, zone.id()).stream()
                        .filter(r -> r.name().equals(relative)).toList();
                Optional<DnsRecordSet> alias = sets.stream().filter(r -> r.type() == DnsRecordType.CNAME
                        && !r.values().isEmpty()).findFirst();
                if (alias.isPresent()) {
                    String target = normalize(alias.get().values().get(0));
                    aliases.add(new NameResolution.Alias(current, target, alias.get().id()));
                    current = target;
                    continue;
                }
                Optional<DnsRecordSet> addresses = sets.stream().filter(r -> r.type() != DnsRecordType.CNAME
                        && !r.values().isEmpty()).findFirst();
                if (addresses.isEmpty() && fallsBackToPublic(linked.get())) {
                    return new NameResolution(normalize(name), vm.id(), networkId, aliases,
                            NameResolution.Answer.PUBLIC_NOT_SIMULATED, List.of(), linked.get().link().id(), null);
                }
                return new NameResolution(normalize(name), vm.id(), networkId, aliases,
                        addresses.isPresent() ? NameResolution.Answer.PRIVATE_ZONE
                                : NameResolution.Answer.NON_EXISTENT_DOMAIN,
                        addresses(sets), linked.get().link().id(), addresses.map(DnsRecordSet::id).orElse(null));
            }
            if (!current.contains(".")) {
                return hostName(s, vm, networkId, normalize(name), aliases, current);
            }
            Optional<String> privateLink = privateLinkAlias(s, current);
            if (privateLink.isEmpty()) {
                return new NameResolution(normalize(name), vm.id(), networkId, aliases,
                        NameResolution.Answer.PUBLIC_NOT_SIMULATED, List.of(), null, null);
            }
            aliases.add(new NameResolution.Alias(current, privateLink.get(), null));
            current = privateLink.get();
        }
        return new NameResolution(normalize(name), vm.id(), networkId, aliases, NameResolution.Answer.ALIAS_LOOP,
                List.of(), null, null);
    }

    private record Linked(PrivateDnsZone zone, PrivateDnsZoneLink link) {
    }

    /**
     * Whether a name the zone does not hold goes to public DNS: a link with {@code NxDomainRedirect} to a privatelink
     * zone, the only zones the policy applies to (docs/azure/private-dns.md#virtual-network-links).
     */
    private static boolean fallsBackToPublic(Linked linked) {
        return linked.link().resolutionPolicy() == DnsResolutionPolicy.NxDomainRedirect
                && linked.zone().name().startsWith("privatelink.");
    }

    /** The linked zone whose name is the longest suffix of {@code name}, if any. */
    private static Optional<Linked> mostSpecificZone(TopologyState s, List<PrivateDnsZoneLink> links, String name) {
        Linked best = null;
        for (PrivateDnsZoneLink link : links) {
            Optional<PrivateDnsZone> zone = s.get(PrivateDnsZone.class, link.zoneId());
            if (zone.isPresent() && (name.equals(zone.get().name()) || name.endsWith("." + zone.get().name()))
                    && (best == null || zone.get().name().length() > best.zone().name().length())) {
                best = new Linked(zone.get(), link);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Addresses of all A and AAAA record sets of the name, A first. */
    private static List<IpAddress> addresses(List<DnsRecordSet> sets) {
        List<IpAddress> addresses = new ArrayList<>();
        for (DnsRecordType type : List.of(DnsRecordType.A, DnsRecordType.AAAA)) {
            sets.stream().filter(r -> r.type() == type).forEach(r -> r.values().forEach(v -> addresses.add(IpAddress.parse(v))));
        }
        return addresses;
    }

    /** A single-label name: the host name of a virtual machine of the same network (its primary interface's address). */
    private static NameResolution hostName(TopologyState s, VirtualMachine asking, ResourceId networkId, String asked,
                                           List<NameResolution.Alias> aliases, String host) {
        for (VirtualMachine vm : s.virtualMachines()) {
            Optional<NetworkInterface> nic = s.networkInterface(vm.primaryNetworkInterfaceId());
            // the host name Azure's internal DNS knows: the interface's internalDnsNameLabel when it names one, else
            // the machine's name (docs/azure/addressing.md#dns-servers)
            String name = nic.flatMap(n -> ResourceManager.internalDnsNameLabel(s, n.id()))
                    .filter(label -> !label.isEmpty()).orElse(vm.name());
            if (name.equalsIgnoreCase(host) && nic.isPresent() && nic.get().networkId().equals(networkId)) {
                return new NameResolution(asked, asking.id(), networkId, aliases,
                        NameResolution.Answer.VIRTUAL_NETWORK_HOST, List.of(nic.get().privateIpAddress()), null, null);
            }
        }
        return new NameResolution(asked, asking.id(), networkId, aliases, NameResolution.Answer.NON_EXISTENT_DOMAIN,
                List.of(), null, null);
    }

    /**
     * The privatelink name public DNS makes {@code name} an alias of: when {@code name} is the public name of the
     * target of a private endpoint (docs/azure/private-dns.md#privatelink-zones).
     */
    private static Optional<String> privateLinkAlias(TopologyState s, String name) {
        for (PrivateEndpoint endpoint : s.all(PrivateEndpoint.class)) {
            for (PrivateLinkDnsZones.Name n : PrivateLinkDnsZones.names(endpoint)) {
                if (n.publicName().equals(name)) {
                    return Optional.of(n.privateLinkName());
                }
            }
        }
        return Optional.empty();
    }

    private static String normalize(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
